/**
 * entities/person-names: a full name (two words or more) the tagger read as a person once is a
 * person wherever it stands in the report ("Andy Warhol" before "'s Polaroids" as well as in
 * prose). Single words are left alone: "Washington" may be a person and a place in one report.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { foldKey } from '../names.js';

export const personNamesRefiner: Refiner<Candidate> = {
  name: 'entities/person-names',
  refine(doc, candidates) {
    const people = new Set<string>();
    const key = (c: Candidate): string => foldKey(doc.text.slice(c.start, c.end));
    for (const c of candidates) if (c.type === 'person' && doc.text.slice(c.start, c.end).includes(' ')) people.add(key(c));
    return candidates.map((c) => (c.type !== 'person' && c.type !== 'other' && people.has(key(c)) ? { ...c, type: 'person' } : c));
  },
};
