/**
 * The claim an event rests on: the narrowest claim of `doc.layers.claims` whose content covers
 * the trigger ("according to the Wall Street Journal, Witkoff reportedly informed …").
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';

export const claim: Refiner<EventCandidate> = {
  name: 'events/claim',
  refine(doc, cs) {
    const claims = doc.layers.claims;
    if (claims.length === 0) return cs;
    return cs.map((c) => {
      let best: number | null = null;
      claims.forEach((cl, i) => {
        if (cl.start <= c.start && c.end <= cl.end) {
          const cur = best === null ? null : claims[best]!;
          if (!cur || cl.end - cl.start < cur.end - cur.start) best = i;
        }
      });
      return best === null ? c : { ...c, claim: best };
    });
  },
};
