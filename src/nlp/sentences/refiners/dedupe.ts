/** Sort by position and keep one boundary per place (line breaks and punctuation can agree). */
import type { Refiner } from '../../pipeline.js';
import type { Boundary } from '../boundary.js';

export const dedupeRefiner: Refiner<Boundary> = {
  name: 'sentences/dedupe',
  refine(_doc, boundaries) {
    const sorted = [...boundaries].sort((a, b) => a.end - b.end);
    const out: Boundary[] = [];
    for (const b of sorted) {
      const last = out[out.length - 1];
      if (last && b.end <= last.next) continue;
      out.push(b);
    }
    return out;
  },
};
