/**
 * Keep one reading per stretch of text: where candidates overlap, the longest wins ("the end
 * of June" over "June", "a year earlier" over "a year"), then the more confident, then the
 * earlier rule in the extractor list. Output is in document order.
 */
import type { Refiner } from '../../pipeline.js';
import type { TimexCandidate } from '../candidate.js';

export const overlap: Refiner<TimexCandidate> = {
  name: 'time/overlap',
  refine(doc, candidates) {
    if (candidates.length < 2) return candidates;
    const order = candidates.map((c, i) => ({ c, i }));
    order.sort((a, b) => (b.c.end - b.c.start) - (a.c.end - a.c.start) || b.c.confidence - a.c.confidence || a.i - b.i);
    const taken = new Uint8Array(doc.text.length + 1);
    const kept: TimexCandidate[] = [];
    for (const { c } of order) {
      let free = true;
      for (let k = c.start; k < c.end; k++) if (taken[k]) { free = false; break; }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
