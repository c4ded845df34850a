/**
 * entities/type-vote: one name, one type within a report. When the same name (folded) was
 * given different types in different sentences, every mention takes the type most of them
 * have (ties keep their own). Names of type `other` do not vote.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { foldKey } from '../names.js';

export const typeVoteRefiner: Refiner<Candidate> = {
  name: 'entities/type-vote',
  refine(doc, candidates) {
    const votes = new Map<string, Map<Candidate['type'], number>>();
    const keyOf = (c: Candidate): string => foldKey(doc.text.slice(c.start, c.end)).replace(/^the /, '');
    for (const c of candidates) {
      if (c.type === 'other') continue;
      const k = keyOf(c);
      let v = votes.get(k);
      if (!v) votes.set(k, (v = new Map()));
      v.set(c.type, (v.get(c.type) ?? 0) + c.confidence);
    }
    return candidates.map((c) => {
      if (c.type === 'other') return c;
      const v = votes.get(keyOf(c));
      if (!v) return c;
      if (v.size < 2) return c;
      let best: Candidate['type'] = c.type;
      for (const [t, n] of v) if (n > (v.get(best) ?? 0)) best = t;
      return best === c.type ? c : { ...c, type: best };
    });
  },
};
