/**
 * entities/person-place: "Anna Berg of Sweden", "Holyfield in Atlanta" — the tagger runs a
 * person's name over "of" or "in" into a known place. A person span whose part after " of " or
 * " in " is exactly a known country, city or region is the person and the place. Must not fire
 * on titles of nobility and office, whose "of" belongs to the name ("Prince of Wales", "Duke of
 * York", "Queen of England"), or when the part after is no known place ("Catherine of Aragon").
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';

const SPLIT = /^(.+?) (?:of|in) (?:the )?(\p{Lu}.*)$/u;
const KNOWN_PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);
/** Titles whose "of" is part of the name. */
const TITLED = new Set([
  'prince', 'princess', 'duke', 'duchess', 'king', 'queen', 'earl', 'count', 'countess', 'baron', 'baroness', 'lord',
  'lady', 'emperor', 'empress', 'sultan', 'emir', 'archbishop', 'bishop', 'patriarch', 'marquess', 'marquis', 'viscount',
  'grand', 'crown', 'saint', 'st', 'st.', 'pope', 'tsar', 'czar', 'shah', 'maharaja', 'dauphin', 'infanta',
]);

export const personPlaceRefiner: Refiner<Candidate> = {
  name: 'entities/person-place',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const m = c.type === 'person' ? SPLIT.exec(doc.text.slice(c.start, c.end)) : null;
      if (!m || TITLED.has(m[1]!.split(' ')[0]!.toLowerCase()) || !(gazetteerCategories(m[2]!) & KNOWN_PLACE)) {
        out.push(c);
        continue;
      }
      out.push({ ...c, end: c.start + m[1]!.length, rule: 'entities/person-place', roles: [], merges: [] });
      out.push({ ...c, start: c.end - m[2]!.length, type: 'place', rule: 'entities/person-place', roles: [], merges: [] });
    }
    return out;
  },
};
