/**
 * entities/gazetteer: known names from the word lists (lexicon/) wherever they stand
 * capitalised: countries, cities, regions, international bodies, outlets, public figures.
 * Multi-word entries ("Coalition of the Willing", "Odessa Oblast") are found whole even where
 * the tagger breaks them up; the overlaps refiner decides between the two. A one-word entry at
 * the start of a sentence is left to the tagger ("Who said ..." is no health organisation) when
 * the report also writes it in lower case.
 */
import type { EntityType } from '../../../model/annotations.js';
import type { Extractor } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { GAZ, matchSpans } from '../gazetteer.js';
import { sentenceWords } from '../words.js';

/** The type a gazetteer category gives, in priority order. */
export const GAZ_TYPES: readonly [number, EntityType][] = [
  [GAZ.figure, 'person'], [GAZ.body, 'organization'], [GAZ.outlet, 'organization'],
  [GAZ.country, 'place'], [GAZ.region, 'place'], [GAZ.city, 'place'],
];

export function gazetteerType(cats: number): EntityType | null {
  for (const [cat, type] of GAZ_TYPES) if (cats & (1 << cat)) return type;
  return null;
}

/** Whether the text holds `word` in lower case as a whole word. */
function writtenLower(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let i = text.indexOf(lower); i >= 0; i = text.indexOf(lower, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + lower.length] ?? ' ')) return true;
  }
  return false;
}

export const gazetteerExtractor: Extractor<Candidate> = {
  name: 'entities/gazetteer',
  extract(doc) {
    const out: Candidate[] = [];
    for (const s of sentenceWords(doc)) {
      for (const m of matchSpans(s.words)) {
        const type = gazetteerType(m.cats);
        if (!type) continue;
        // A one-word entry opening a sentence may be an ordinary word ("Who", "Time"): the tagger
        // decides, unless the report never writes the word in lower case ("Politico has learned").
        const word = s.words[m.from]!;
        if (m.from === 0 && m.to === 0 && word !== word.toUpperCase() && writtenLower(doc.text, word)) continue;
        out.push(candidate({ start: s.starts[m.from]!, end: s.ends[m.to]!, type, rule: 'entities/gazetteer', confidence: 0.9, zone: s.zone }));
      }
    }
    return out;
  },
};
