/**
 * One candidate per passage, kind and modality: when two rules propose the same span, the
 * first in rule order (the more specific one) wins; a speaker's hedge on the same words as
 * the report of them stays beside it. Candidates are then sorted by position.
 */
import type { Refiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';

export const dedupeRefiner: Refiner<AttributionCandidate> = {
  name: 'attribution/dedupe',
  refine(_doc, cs) {
    const seen = new Set<string>();
    const out: AttributionCandidate[] = [];
    for (const c of cs) {
      const key = `${c.kind}:${c.modality}:${c.start}:${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind === b.kind ? 0 : a.kind === 'quote' ? -1 : 1));
  },
};
