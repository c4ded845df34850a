/**
 * grouping/same-name: the same name of the same type is one actor within a report. Names are
 * compared with case, diacritics, ø/æ/ß, apostrophes and a leading "the" folded, so
 * "Gerhard Schröder" and "Gerhard Schroder" join (with merge evidence), while "Trump" and
 * "Donald Trump" are left to the surname rule. Every candidate leaves with a cluster id.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { surface } from '../names.js';
import { nameKey } from './clusters.js';

export const sameNameGrouping: Refiner<Candidate> = {
  name: 'grouping/same-name',
  refine(doc, candidates) {
    const first = new Map<string, Candidate>();
    let next = 0;
    for (const c of candidates) {
      if (c.type === 'other') {
        c.cluster = next++;
        continue;
      }
      const key = `${c.type}|${nameKey(doc, c)}`;
      const head = first.get(key);
      if (!head) {
        c.cluster = next++;
        first.set(key, c);
        continue;
      }
      c.cluster = head.cluster;
      const a = surface(doc, c);
      const b = surface(doc, head);
      if (a !== b && a.toLowerCase() !== b.toLowerCase() && !head.merges.some((m) => m.from === a)) {
        head.merges.push({ rule: 'grouping/same-name', from: a, into: b, evidence: 'same name with diacritics or spelling folded', score: 0.95 });
      }
    }
    return candidates;
  },
};
