/**
 * One reading per stretch of text: of overlapping triggers ("phone call" and "call",
 * "declarations of intent" and "declaration"), the longest wins, then the more confident.
 * Also sorts the candidates into document order, which the later refiners rely on.
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';

export const overlap: Refiner<EventCandidate> = {
  name: 'events/overlap',
  refine(_doc, cs) {
    const ranked = [...cs].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.confidence - a.confidence || a.start - b.start);
    // Kept triggers never overlap one another, so in start order their ends ascend too: a new
    // one overlaps a kept one only if it overlaps a neighbour where it would be inserted.
    const kept: EventCandidate[] = [];
    for (const c of ranked) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid]!.start < c.start) lo = mid + 1;
        else hi = mid;
      }
      const before = kept[lo - 1];
      const after = kept[lo];
      if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
      kept.splice(lo, 0, c);
    }
    return kept;
  },
};
