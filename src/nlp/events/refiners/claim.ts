/**
 * The claim an event rests on: the narrowest claim of `doc.layers.claims` whose content covers
 * the trigger ("according to the Financial Times, the envoy reportedly told …").
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { narrowestCover } from '../../text/cover.js';

export const claim: Refiner<EventCandidate> = {
  name: 'events/claim',
  refine(doc, cs) {
    const claims = doc.layers.claims;
    if (claims.length === 0) return cs;
    const indexOf = new Map(claims.map((cl, i) => [cl, i]));
    const cover = narrowestCover(claims);
    return cs.map((c) => {
      const best = cover(c.start, c.end);
      return best === undefined ? c : { ...c, claim: indexOf.get(best)! };
    });
  },
};
