/**
 * The narrowest of a set of spans that covers a given stretch of text (ties: the first given), found without trying
 * every span (several stages ask it once per annotation: which claim an event rests on, which
 * reported claim encloses another). Spans are sorted by start once; a query looks back from the
 * last span starting at or before the stretch, no further than the longest span reaches.
 */
import type { Span } from '../../model/annotations.js';

export function narrowestCover<T extends Span>(spans: readonly T[]): (start: number, end: number, skip?: T) => T | undefined {
  const order = new Map(spans.map((s, i) => [s, i]));
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  return (start, end, skip) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    let best: T | undefined;
    for (let i = lo - 1; i >= 0 && sorted[i]!.start >= start - longest; i--) {
      const s = sorted[i]!;
      if (s === skip || s.end < end) continue;
      const len = s.end - s.start;
      const bestLen = best ? best.end - best.start : Infinity;
      // Equal lengths: the earlier in the given order, as a plain first-best scan would pick.
      if (len < bestLen || (len === bestLen && order.get(s)! < order.get(best!)!)) best = s;
    }
    return best;
  };
}
