/**
 * entities/given-name-person: a name of two or three capitalised words that starts with a common
 * given name and ends in no institution, facility or place word ("Gladys Marsh", "Trevor
 * Bell") is a person, even where the tagger read an organisation or a place. A first word that
 * is also a known place ("Georgia", "Victoria") or a known name as a whole is left alone. So is
 * a two-word name that ends in a common Chinese or Korean family name ("Carrie Lam", "Lawrence Wong"):
 * English news writes Hong Kong and Singapore names with an English given name first.
 */
import type { Refiner } from '../../pipeline.js';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, MORE_GIVEN_NAMES } from '../../lexicon/people.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { PLACE_HEADS } from '../../lexicon/places.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { FACILITY } from './head-type.js';

const GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);
/** Family names that are not also English words ("Million Man", "Harvard Law", "Edmonton Sun" are no people). */
const ENGLISH_WORDS = new Set(['man', 'law', 'sun', 'park', 'song', 'so', 'he', 'ma', 'mo', 'fan', 'moon', 'chin', 'oh', 'lo', 'tang', 'woo', 'hon', 'tai', 'wan', 'lum', 'ko', 'yu', 'au', 'ho', 'kong', 'nam', 'hung', 'lee']);
const FAMILY = new Set(EAST_ASIAN_SURNAMES.filter((w) => !ENGLISH_WORDS.has(w)));
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
      // A given name first, or (two words) a Chinese or Korean family name last, as Hong Kong and
      // Singapore names are written in English news ("Carrie Lam", "Lawrence Wong").
      const shape = GIVEN.has(words[0]!.toLowerCase()) || (words.length === 2 && FAMILY.has(words[1]!.toLowerCase()));
      if (!shape || words.some((w) => HEADS.has(w.toLowerCase()))) return c;
      if (gazetteerCategories(words[0]!) & KNOWN || gazetteerCategories(text)) return c;
      return { ...c, type: 'person' as const };
    });
  },
};
