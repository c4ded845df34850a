/**
 * No boundary when what follows cannot open a sentence: a lower-case word ("“We will win!” he
 * said"), a comma or a closing bracket, or a number after an abbreviation-like token.
 */
import type { Refiner } from '../../pipeline.js';
import type { Boundary } from '../boundary.js';

export const continuationRefiner: Refiner<Boundary> = {
  name: 'sentences/continuation',
  refine(doc, boundaries) {
    const text = doc.text;
    return boundaries.filter((b) => {
      const c = text[b.next] ?? '';
      if (/[\p{Ll},;:)\]}»”’]/u.test(c)) {
        // Lists and quotations can open with a lower-case letter after a line break only.
        return false;
      }
      if (c === '.' || c === '…') return false;
      return true;
    });
  },
};
