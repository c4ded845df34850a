/**
 * entities/person-join: two person names separated by one space and nothing else ("Trygve" +
 * "Johannes Smidt") are one person's name the tagger cut in two: English never writes two
 * people side by side without a comma or "and". Not across a line break, not into a name of
 * another type, not when either part holds a title or credit word ("Translation James Whitford").
 */
import type { Refiner } from '../../pipeline.js';
import { ROLE_WORDS, SPLITTING_TITLES } from '../../lexicon/titles.js';
import type { Candidate } from '../candidate.js';

/** A title or credit word read as a name ("Translation" + "James Whitford") joins nobody. */
const titled = (text: string): boolean => text.split(' ').some((w) => SPLITTING_TITLES.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()));

export const personJoinRefiner: Refiner<Candidate> = {
  name: 'entities/person-join',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (prev && prev.type === 'person' && c.type === 'person' && c.start === prev.end + 1 && doc.text[prev.end] === ' '
        && !titled(doc.text.slice(prev.start, prev.end)) && !titled(doc.text.slice(c.start, c.end))) {
        out[out.length - 1] = { ...prev, end: c.end, rule: 'entities/person-join', roles: [...prev.roles, ...c.roles] };
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
