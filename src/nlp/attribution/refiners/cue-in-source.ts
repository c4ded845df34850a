/**
 * A reporting verb inside the source phrase of an "according to" describes that source, it
 * reports nothing of its own: in "according to two people who saw the new text", "saw" tells
 * who the people are. Such a claim is dropped; the claim the phrase is the source of stays.
 * Only "according to" phrases count: their extent is certain (the phrase after the cue), while
 * a subject read backwards from a verb may run too far.
 */
import type { Refiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';

export const cueInSourceRefiner: Refiner<AttributionCandidate> = {
  name: 'attribution/cue-in-source',
  refine(_doc, cs) {
    const sources = cs.filter((c) => c.who !== null && c.rule === 'attribution/according-to').map((c) => c.who!).sort((a, b) => a.start - b.start);
    if (sources.length === 0) return cs;
    return cs.filter((c) => {
      if (c.kind !== 'claim' || c.cue === null) return true;
      const cue = c.cue;
      // the last few sources starting before the cue (binary search: no scan per claim)
      let lo = 0;
      let hi = sources.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sources[mid]!.start <= cue.start) lo = mid + 1; else hi = mid;
      }
      for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) {
        const s = sources[i]!;
        if (s.start < cue.start && cue.end <= s.end) return false;
      }
      return true;
    });
  },
};
