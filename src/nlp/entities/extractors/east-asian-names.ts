/**
 * entities/east-asian-names: a known Chinese or Korean family name followed by a hyphenated
 * two-syllable given name ("Chan Siu-ming", "Lee Min-ho", "Park Ji-Sung") is a person's name.
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
      if (start + m[0].indexOf('-') !== h || !SURNAMES.has(m[1]!.toLowerCase())) continue;
      // A character cut off before the window may continue the first word.
      if (from > 0 && start === from && /[\p{L}\p{M}'’-]/u.test(text[from - 1]!)) continue;
      out.push(candidate({ start, end: start + m[0].length, type: 'person', rule: 'entities/east-asian-names', confidence: 0.8, zone: zoneAt(doc, start) }));
    }
    return out;
  },
};
