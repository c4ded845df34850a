/**
 * entities/given-name-person: a name of two or three capitalised words that starts with a common
 * given name and ends in no institution, facility or place word ("Gladys Marsh", "Trevor
 * Bell") is a person, even where the tagger read an organisation or a place. A first word that
 * is also a known place ("Georgia", "Victoria") or a known name as a whole is left alone.
 */
import type { Refiner } from '../../pipeline.js';
import { GIVEN_NAMES, MORE_GIVEN_NAMES } from '../../lexicon/people.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { PLACE_HEADS } from '../../lexicon/places.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { FACILITY } from './head-type.js';

const GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);
/** Place words beyond the shared heads that end the names of places called after people ("Victoria Falls"). */
const MORE_PLACE = ['falls', 'hills', 'heights', 'springs', 'beach', 'harbour', 'harbor', 'creek', 'road', 'lane', 'drive', 'gardens', 'village', 'town', 'land'];
const HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...FACILITY, ...MORE_PLACE]);
/** A first word that is also a known place or body keeps the tagger's type ("Georgia Brown" may be a person, "Victoria Falls" is not). */
const KNOWN = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region) | (1 << GAZ.body) | (1 << GAZ.outlet);
const WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;

export const givenNamePersonRefiner: Refiner<Candidate> = {
  name: 'entities/given-name-person',
  refine(doc, candidates) {
    return candidates.map((c) => {
      if (c.type !== 'organization' && c.type !== 'place') return c;
      const text = doc.text.slice(c.start, c.end);
      const words = text.split(' ');
      if (words.length < 2 || words.length > 3 || !words.every((w) => WORD.test(w))) return c;
      if (!GIVEN.has(words[0]!.toLowerCase()) || words.some((w) => HEADS.has(w.toLowerCase()))) return c;
      if (gazetteerCategories(words[0]!) & KNOWN || gazetteerCategories(text)) return c;
      return { ...c, type: 'person' as const };
    });
  },
};
