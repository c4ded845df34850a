/**
 * entities/east-asian-names: a known Chinese or Korean family name followed by a hyphenated
 * two-syllable given name ("Chan Siu-ming", "Lee Min-ho", "Park Ji-Sung") is a person's name, and
 * so is any family name when all three parts read as romanised syllables ("Moon Jae-in").
 * The tagger often keeps only the family name; the overlaps refiner lets this whole name replace
 * the piece it contains.
 */
import type { Extractor } from '../../pipeline.js';
import { EAST_ASIAN_SURNAMES } from '../../lexicon/people.js';
import { candidate, type Candidate } from '../candidate.js';
import { zoneAt } from '../words.js';

const SURNAMES = new Set(EAST_ASIAN_SURNAMES);
/** Matched around each hyphen only (hyphens are rare; a scan of the whole text is slow). */
const NAME = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{0,6}) \p{Lu}\p{Ll}{1,6}-\p{L}\p{Ll}{1,6}(?![\p{L}\p{M}-])/u;

/** One romanised Chinese or Korean syllable: an initial, a vowel group and a final ("kwok", "chun", "ching"). */
const SYLLABLE = /^(?:[bcdfghjklmnpqrstwxyz]{0,3})(?:[aeiou]{1,3}|y[aeiou]{0,2})(?:ng|n|m|k|p|t|h|r|l)?$/i;
/** Words that open English phrases before a hyphenated word ("New Year-end", "The Sino-Soviet"). */
const NOT_SURNAME = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'and', 'but', 'or', 'as', 'if', 'so', 'to', 'of', 'new', 'old', 'big', 'all', 'top', 'mid', 'pre', 'non', 'anti', 'pro', 'co', 'ex', 'her', 'his', 'its', 'our', 'my', 'no', 'one', 'two', 'ten', 'who', 'how', 'why', 'now', 'then', 'too', 'yet', 'say', 'see', 'per', 'via']);

/**
 * A family name the lists do not know still makes a name when all three parts read as romanised
 * syllables and the given name's second syllable is in lower case ("Tsai Ing-wen", "Moon Jae-in"):
 * the shape of Cantonese, Mandarin and Korean names in English news.
 */
function romanised(name: string): boolean {
  const [family, given] = name.split(' ') as [string, string];
  const [first, second] = given.split('-') as [string, string];
  if (NOT_SURNAME.has(family.toLowerCase()) || !/^\p{Ll}/u.test(second)) return false;
  return SYLLABLE.test(family) && SYLLABLE.test(first) && SYLLABLE.test(second);
}

export const eastAsianNamesExtractor: Extractor<Candidate> = {
  name: 'entities/east-asian-names',
  extract(doc) {
    const out: Candidate[] = [];
    const text = doc.text;
    for (let h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
      const code = text.charCodeAt(h - 1);
      if (!(code >= 97 && code <= 122) && code < 128) continue; // the hyphen follows a lower-case letter
      const from = Math.max(0, h - 17);
      const m = NAME.exec(text.slice(from, h + 10));
      if (!m) continue;
      const start = from + m.index;
      if (start + m[0].indexOf('-') !== h || !(SURNAMES.has(m[1]!.toLowerCase()) || romanised(m[0]))) continue;
      // A character cut off before the window may continue the first word.
      if (from > 0 && start === from && /[\p{L}\p{M}'’-]/u.test(text[from - 1]!)) continue;
      out.push(candidate({ start, end: start + m[0].length, type: 'person', rule: 'entities/east-asian-names', confidence: 0.8, zone: zoneAt(doc, start) }));
    }
    return out;
  },
};
