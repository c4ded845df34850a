/**
 * entities/possessive-split: a name run over a possessive into a person's name ("Green Party's
 * Mary Tate", "the Council's Tom Hale At the ...") is the owner and the person: two or three
 * capitalised words after "'s", none an institution, facility or place word, starting with a known
 * given name or ending in a surname the report gives a person elsewhere, are a person, and a
 * capitalised name after a preposition that follows them ("In the Lake District") is its own
 * name. "Istanbul's Blue Mosque" and "Norway's Coastal Administration" stay whole.
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { PLACE_HEADS } from '../../lexicon/places.js';
import type { Candidate } from '../candidate.js';
import { foldKey, personSurnames } from '../names.js';
import { FIRST_NAMES } from './coordination.js';
import { FACILITY } from './head-type.js';

const HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...FACILITY]);
const POSSESSIVE = /\s?['’]s /u;
const WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const STOPS = new Set(['In', 'At', 'On', 'From', 'With', 'For', 'Into', 'During', 'Of']);

export const possessiveSplitRefiner: Refiner<Candidate> = {
  name: 'entities/possessive-split',
  refine(doc, candidates) {
    const surnames = personSurnames(doc, candidates);
    const out: Candidate[] = [];
    for (const c of candidates) {
      const text = doc.text.slice(c.start, c.end);
      const m = c.type === 'person' || c.type === 'other' ? null : POSSESSIVE.exec(text);
      if (!m || m.index === 0) {
        out.push(c);
        continue;
      }
      const restAt = m.index + m[0].length;
      const rest = text.slice(restAt).split(' ');
      const stop = rest.findIndex((w) => STOPS.has(w));
      const person = stop < 0 ? rest : rest.slice(0, stop);
      const named = FIRST_NAMES.has(person[0]?.toLowerCase() ?? '') || surnames.has(foldKey(person.at(-1) ?? ''));
      if (person.length < 2 || person.length > 3 || !named || !person.every((w) => WORD.test(w) && !HEADS.has(w.toLowerCase()))) {
        out.push(c);
        continue;
      }
      out.push({ ...c, end: c.start + m.index, rule: 'entities/possessive-split' });
      const personStart = c.start + restAt;
      const personEnd = personStart + person.join(' ').length;
      out.push({ ...c, start: personStart, end: personEnd, type: 'person', rule: 'entities/possessive-split', roles: [], merges: [] });
      if (stop >= 0) {
        let tail = rest.slice(stop + 1);
        if (tail[0]?.toLowerCase() === 'the') tail = tail.slice(1);
        if (tail.length > 0 && /^\p{Lu}/u.test(tail[0]!)) {
          const tailText = tail.join(' ');
          out.push({ ...c, start: c.end - tailText.length, end: c.end, rule: 'entities/possessive-split', roles: [], merges: [] });
        }
      }
    }
    return out;
  },
};
