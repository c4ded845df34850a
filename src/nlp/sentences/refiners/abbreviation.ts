/** A period that closes an abbreviation ("Gen.", "No. 10", "Lt. Col.") is not a sentence end. */
import type { Refiner } from '../../pipeline.js';
import { AMBIGUOUS_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../abbreviations.js';
import { wordAt, wordBefore, type Boundary } from '../boundary.js';

export const abbreviationRefiner: Refiner<Boundary> = {
  name: 'sentences/abbreviation',
  refine(doc, boundaries) {
    const text = doc.text;
    return boundaries.filter((b) => {
      if (text[b.end - 1] !== '.') return true;
      const word = wordBefore(text, b.end - 1);
      const key = word.toLowerCase();
      if (key.length === 0) return true;
      const nextWord = wordAt(text, b.next);
      if (TITLE_ABBREVIATIONS.has(key)) {
        // "in Jan. The …" is rare; "Gen. Smith", "No. 10" are common: keep the sentence going
        // unless a clear sentence opener follows a month or a weekday.
        return /^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(key) && SENTENCE_OPENERS.has(nextWord.toLowerCase());
      }
      if (AMBIGUOUS_ABBREVIATIONS.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}(?:-\p{Lu})*(?:\.\p{Lu})+$/u.test(word)) {
        return SENTENCE_OPENERS.has(nextWord.toLowerCase());
      }
      return true;
    });
  },
};
