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
const PATTERN = /(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}{0,6}) \p{Lu}\p{Ll}{1,6}-\p{L}\p{Ll}{1,6}(?![\p{L}\p{M}-])/gu;

export const eastAsianNamesExtractor: Extractor<Candidate> = {
  name: 'entities/east-asian-names',
  extract(doc) {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(doc.text); m; m = PATTERN.exec(doc.text)) {
      if (!SURNAMES.has(m[1]!.toLowerCase())) continue;
      out.push(candidate({ start: m.index, end: m.index + m[0].length, type: 'person', rule: 'entities/east-asian-names', confidence: 0.8, zone: zoneAt(doc, m.index) }));
    }
    return out;
  },
};
