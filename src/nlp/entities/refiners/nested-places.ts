/**
 * entities/nested-places: news names a state's institutions after the state, and a university
 * or a municipality after the place it serves; the place inside the organisation's name is a
 * mention of that place too (as GUM reads it):
 *   - a country opening the name of one of its state bodies: "US National Science Foundation",
 *     "United Kingdom Home Office", "U.S. Department of Energy" → "US", "United Kingdom", "U.S.";
 *   - the name after "of (the)" in a university's, a government's, a municipality's or a
 *     society's, corps' or association's name: "University of North Carolina", "Government of
 *     Chile", "Comic Society of Canada" → the place, when it is a known place
 *     (or a compass word + one: "Southern Indiana"); "Municipality of Camogli", "University of
 *     Leeds" → any name (not a discipline: "University of Applied Sciences").
 *   - a known place opening the name of a school or a newspaper that serves it ("Moscow Institute
 *     of Physics and Technology", "Chicago Tribune" → "Moscow", "Chicago").
 * The outer name stays; the place is added as one more candidate inside it. Flat annotation
 * (CoNLL, MEANTIME) does not nest names: companies, parties, banks, outlets and teams named
 * after a place ("Bank of Canada", "China Daily", "Singapore Airlines") are left alone, and so
 * are places inside place names ("State of Texas" is Texas).
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';

const KNOWN_PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);
/** Words that end the name of a state's own institution ("US State Department", "UK Home Office"). */
const STATE_BODY = new Set([
  'department', 'ministry', 'office', 'agency', 'service', 'council', 'commission', 'foundation', 'government',
  'navy', 'army', 'force', 'forces', 'guard', 'police', 'senate', 'parliament', 'congress', 'court', 'embassy',
  'consulate', 'bureau', 'administration', 'authority', 'cabinet', 'directorate', 'institute',
]);
/** The word after a place's name in the name of a school or a newspaper that serves it. */
const SERVES_PLACE = new Set(['university', 'institute', 'college', 'herald', 'star', 'tribune', 'gazette', 'chronicle', 'courier']);
/** Institution words whose "of" is followed by the place they serve ("University of Texas"). */
const OF_PLACE = new Set(['university', 'municipality', 'government', 'prefecture', 'diocese', 'archdiocese', 'governorate', 'society', 'corps', 'association', 'federation']);
/** First words of what a university may be named for instead of a place ("University of the Arts"). */
const DISCIPLINE = new Set([
  'arts', 'art', 'science', 'sciences', 'technology', 'music', 'medicine', 'medical', 'law', 'economics', 'applied',
  'health', 'business', 'engineering', 'management', 'education', 'agriculture', 'agricultural', 'humanities',
  'social', 'political', 'fine', 'performing', 'foreign', 'international', 'life', 'natural', 'physical', 'peace',
  'veterinary', 'theology', 'finance', 'commerce', 'defence', 'defense', 'national', 'technical',
]);
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater)$/i;

const isPlace = (words: readonly string[], cats: number): boolean => {
  if (words.length === 0) return false;
  if (gazetteerCategories(words.join(' ')) & cats) return true;
  return words.length >= 2 && COMPASS.test(words[0]!) && (gazetteerCategories(words.slice(1).join(' ')) & cats) !== 0;
};
const isName = (w: string): boolean => /^\p{Lu}[\p{L}.'’-]*$/u.test(w);

/** The nested place of one name, as [start, end) offsets, or null. */
export function nestedPlace(text: string, start: number): [number, number] | null {
  const words = text.split(' ');
  if (words.length < 2 || words.some((w) => w === '')) return null;
  const offsetOf = (i: number): number => start + words.slice(0, i).reduce((n, w) => n + w.length + 1, 0);
  const ofAt = words.lastIndexOf('of');
  if (ofAt > 0) {
    const from = words[ofAt + 1]?.toLowerCase() === 'the' ? ofAt + 2 : ofAt + 1;
    const tail = words.slice(from);
    const before = words[ofAt - 1]!.toLowerCase();
    if (OF_PLACE.has(before) && tail.length > 0 && tail.length <= 3 && tail.every(isName)) {
      // "University of Texas": a known place; "Municipality of Camogli", "University of Leeds": any
      // name (but "University of Applied Sciences" is named for what it teaches)
      if (before === 'municipality' || (before === 'university' && !DISCIPLINE.has(tail[0]!.toLowerCase())) || isPlace(tail, KNOWN_PLACE)) return [offsetOf(from), start + text.length];
    }
  }
  // The first words name a place when what follows makes the name an institution of it.
  const opening = (institution: (k: number) => boolean, cats: number): number => {
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) if (institution(k) && words.slice(0, k).every(isName) && isPlace(words.slice(0, k), cats)) return k;
    return 0;
  };
  // "US National Science Foundation": a country opening one of its state bodies.
  let k = opening((i) => words.slice(i).some((w) => STATE_BODY.has(w.toLowerCase())), 1 << GAZ.country);
  // "Moscow Institute of Physics and Technology", "Chicago Tribune": a known place opening the name
  // of a school or a newspaper that serves it.
  if (k === 0) k = opening((i) => SERVES_PLACE.has(words[i]!.toLowerCase()), KNOWN_PLACE);
  return k > 0 ? [start, offsetOf(k) - 1] : null;
}

export const nestedPlacesRefiner: Refiner<Candidate> = {
  name: 'entities/nested-places',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      out.push(c);
      if (c.type !== 'organization') continue;
      const text = doc.text.slice(c.start, c.end);
      if (!text.includes(' ')) continue;
      const span = nestedPlace(text, c.start);
      if (span) out.push({ ...c, start: span[0], end: span[1], type: 'place', rule: 'entities/nested-places', cluster: -1, roles: [], merges: [] });
    }
    return out;
  },
};
