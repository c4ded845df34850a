/**
 * entities/person-join: two person names separated by one space and nothing else ("Trygve" +
 * "Johannes Smidt") are one person's name the tagger cut in two: English never writes two
 * people side by side without a comma or "and". Not across a line break, not into a name of
 * another type.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';

export const personJoinRefiner: Refiner<Candidate> = {
  name: 'entities/person-join',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (prev && prev.type === 'person' && c.type === 'person' && c.start === prev.end + 1 && doc.text[prev.end] === ' ') {
        out[out.length - 1] = { ...prev, end: c.end, rule: 'entities/person-join', roles: [...prev.roles, ...c.roles] };
        continue;
      }
      out.push(c);
    }
    return out;
  },
};
