/**
 * entities/person-left: a one-word person name ("Lloris") written right after a capitalised
 * word inside a sentence ("saved by Hugo Lloris") takes that word as its given name when the
 * tagger left it out: the word is in no other name, opens no sentence and is no title, role,
 * nationality, month, weekday, function word or known place or body ("President Putin",
 * "German Klinsmann", "Monday Smith" stay as they are). Title-case headings, where every word is
 * capitalised ("Leaked Call Shows Witkoff ..."), are left alone.
 */
import type { Refiner } from '../../pipeline.js';
import { ENGLISH_MONTHS } from '../../lexicon/months.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import { ROLE_MODIFIERS, isRoleHead } from '../../lexicon/titles.js';
import type { Candidate } from '../candidate.js';
import { GAZ, gazetteerCategories } from '../gazetteer.js';
import { tokensBefore } from '../span-tokens.js';

/** Known names and words that are no given name: places, bodies, outlets, roles, nationalities, heads. */
const NOT_A_NAME = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region) | (1 << GAZ.body) | (1 << GAZ.outlet)
  | (1 << GAZ.role) | (1 << GAZ.nationality) | (1 << GAZ.orgHead) | (1 << GAZ.placeHead);
const WORD = /^\p{Lu}\p{Ll}+$/u;
const MODIFIERS = new Set(ROLE_MODIFIERS);
const NOT_GIVEN = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'the', 'a', 'an', 'and', 'but', 'or',
  'if', 'when', 'while', 'as', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'of', 'after', 'before', 'since',
  'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'it', 'his', 'her', 'their', 'our', 'its',
]);

export const personLeftRefiner: Refiner<Candidate> = {
  name: 'entities/person-left',
  refine(doc, candidates) {
    return candidates.map((c, i) => {
      if (c.type !== 'person' || c.zone === 'heading' || doc.text.slice(c.start, c.end).includes(' ')) return c;
      const [before, prev] = tokensBefore(doc, c.start, 2);
      if (!prev || !before || prev.end !== c.start - 1 || doc.text[prev.end] !== ' ' || !WORD.test(prev.text)) return c;
      // inside a sentence: a word or a comma before it, on the same line
      if (!/^[\p{L}\p{N},;]/u.test(before.text) || /[\n\r]/.test(doc.text.slice(before.end, prev.start))) return c;
      const other = candidates[i - 1];
      if (other && other.end > prev.start) return c;
      const w = prev.text.toLowerCase();
      if (NOT_GIVEN.has(w) || ENGLISH_MONTHS.has(w) || isRoleHead(w) || MODIFIERS.has(w) || isNationalityWord(prev.text) || gazetteerCategories(w) & NOT_A_NAME) return c;
      return { ...c, start: prev.start, rule: 'entities/person-left' };
    });
  },
};
