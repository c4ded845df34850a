/** Footnote markers after the final punctuation belong to that sentence: "…Kushner. [1] Next" ends after "[1]". */
import type { Refiner } from '../../pipeline.js';
import { skipSpace, type Boundary } from '../boundary.js';

const MARKER_RE = /^\[\d{1,3}\]/;

export const footnoteMarkerRefiner: Refiner<Boundary> = {
  name: 'sentences/footnote-marker',
  refine(doc, boundaries) {
    const text = doc.text;
    return boundaries.map((b) => {
      let end = b.end;
      let next = b.next;
      let moved = false;
      for (let m = MARKER_RE.exec(text.slice(next, next + 8)); m !== null; m = MARKER_RE.exec(text.slice(next, next + 8))) {
        end = next + m[0].length;
        next = skipSpace(text, end);
        moved = true;
      }
      return moved ? { end, next, rule: 'sentences/footnote-marker' } : b;
    }).filter((b) => b.next < text.length);
  },
};
