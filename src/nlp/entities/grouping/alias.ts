/**
 * grouping/alias: the text says two names are one actor: "X (alias Y)", "X, alias Y",
 * "X, also known as Y", "X (also known as Y)", "X (born Y)", "X, aka Y".
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { join } from './clusters.js';

const CUE = /^\s*[,(]\s*(?:alias|a\.?k\.?a\.?|also known as|also called|born|née|known as)\s+$/i;

export const aliasGrouping: Refiner<Candidate> = {
  name: 'grouping/alias',
  refine(doc, candidates) {
    for (let i = 0; i + 1 < candidates.length; i++) {
      const a = candidates[i]!;
      const b = candidates[i + 1]!;
      if (a.type === 'other' || b.type === 'other' || b.start - a.end > 24) continue;
      const between = doc.text.slice(a.end, b.start);
      if (!CUE.test(between)) continue;
      // The alias runs to the closing bracket or comma when the tagger stopped short ("(alias Leon Trotsky)").
      const rest = /^(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*)+(?=\s*[),])/u.exec(doc.text.slice(b.end, b.end + 60));
      if (rest && !candidates.some((c) => c !== b && c.start >= b.end && c.start < b.end + rest[0].length)) b.end += rest[0].length;
      b.type = a.type;
      join(doc, candidates, b, a, 'grouping/alias', `explicit alias: "${between.trim()}"`, 0.95);
    }
    return candidates;
  },
};
