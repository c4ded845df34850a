/**
 * entities/crossing: a tagger name that runs into the first words of a known multi-word name
 * ("Laura Chen of The Globe" against the known "Globe and Mail") ends before it: the known
 * name is whole, and what the tagger read before it is cut at the last name word ("Laura
 * Chen"). Runs before overlaps, which then sees two names side by side instead of two that cross.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';

const GAZ = 'entities/gazetteer';
/** Words that join the parts of a name but never end one. */
const TRAILING = /(?:[\s,;:'’-]+|\s+(?:of|the|The|and|&|for|at|in|on|de|du|des|von|van)(?=\s|$))+$/u;

export const crossingRefiner: Refiner<Candidate> = {
  name: 'entities/crossing',
  refine(doc, candidates) {
    const known = candidates.filter((c) => c.rule === GAZ && doc.text.slice(c.start, c.end).includes(' '))
      .sort((a, b) => a.start - b.start);
    if (known.length === 0) return candidates;
    /** The first known name starting after `c` starts and inside it that runs past its end (binary search: no scan of every name). */
    const crossing = (c: Candidate): Candidate | undefined => {
      let lo = 0;
      let hi = known.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (known[mid]!.start <= c.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < known.length && known[i]!.start < c.end; i++) if (c.end < known[i]!.end) return known[i];
      return undefined;
    };
    return candidates.flatMap((c) => {
      if (c.rule === GAZ) return [c];
      const k = crossing(c);
      if (!k) return [c];
      const head = doc.text.slice(c.start, k.start).replace(TRAILING, '');
      if (!/\p{Lu}/u.test(head)) return [];
      return [{ ...c, end: c.start + head.length }];
    });
  },
};
