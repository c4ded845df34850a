/**
 * Two clock times joined into a range share the day written after the second one: in "from
 * 8:30 a.m. to 2:00 p.m. on March 14" the first time is on March 14 too, not on the day
 * the story stood on before; so does a time restated in brackets with its day ("at 5 in the
 * morning (5 a.m. GMT Friday)"). Runs after resolve, on the resolved values.
 */
import type { Refiner } from '../../pipeline.js';
import type { TimexCandidate } from '../candidate.js';

const JOIN = /^\s*(?:to|until|till|through|and|-|–|—|\()\s*$/i;

export const sharedDate: Refiner<TimexCandidate> = {
  name: 'time/shared-date',
  refine(doc, candidates) {
    return candidates.map((c, i) => {
      const next = candidates[i + 1];
      if (!next || c.type !== 'time' || next.type !== 'time' || !c.resolved || !next.resolved?.point) return c;
      if (c.resolved.point || !JOIN.test(doc.text.slice(c.end, next.start))) return c;
      const day = /^[\dX]{4}-[\dX]{2}-[\dX]{2}/.exec(next.resolved.value)?.[0];
      if (!day) return c;
      return { ...c, resolved: { ...c.resolved, value: c.resolved.value.replace(/^[\dX]{4}-[\dX]{2}-[\dX]{2}/, day), anchor: next.resolved.anchor } };
    });
  },
};
