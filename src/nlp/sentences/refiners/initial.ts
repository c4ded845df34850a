/** A single capital and a period is an initial ("John F. Kennedy", "J. D. Vance"): no boundary before a name. */
import type { Refiner } from '../../pipeline.js';
import { SENTENCE_OPENERS } from '../abbreviations.js';
import { wordAt, wordBefore, type Boundary } from '../boundary.js';

export const initialRefiner: Refiner<Boundary> = {
  name: 'sentences/initial',
  refine(doc, boundaries) {
    const text = doc.text;
    return boundaries.filter((b) => {
      if (text[b.end - 1] !== '.') return true;
      const word = wordBefore(text, b.end - 1);
      if (!/^\p{Lu}$/u.test(word)) return true;
      // "Plan B. The talks…" still ends a sentence.
      return SENTENCE_OPENERS.has(wordAt(text, b.next).toLowerCase());
    });
  },
};
