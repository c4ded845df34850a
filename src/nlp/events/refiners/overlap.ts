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
    const kept: EventCandidate[] = [];
    for (const c of ranked) {
      if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
