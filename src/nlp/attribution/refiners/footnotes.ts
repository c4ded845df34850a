/**
 * Each claim carries the footnote markers of the sentences it lies in, so a reader can go
 * from the claim to the cited article (`[5]` closing a sentence sourced to the WSJ).
 */
import type { Refiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';

export const footnotesRefiner: Refiner<AttributionCandidate> = {
  name: 'attribution/footnotes',
  refine(doc, cs) {
    const bySentence = new Map<number, string[]>();
    for (const m of doc.layers.markers) {
      if (m.sentence === null) continue;
      let list = bySentence.get(m.sentence);
      if (!list) bySentence.set(m.sentence, (list = []));
      if (!list.includes(m.marker)) list.push(m.marker);
    }
    if (bySentence.size === 0) return cs;
    for (const c of cs) {
      if (c.kind !== 'claim') continue;
      const a = doc.sentenceAt(c.start);
      const b = doc.sentenceAt(Math.max(c.start, c.end - 1));
      if (a < 0) continue;
      const found: string[] = [];
      for (let s = a; s <= Math.max(a, b); s++) for (const m of bySentence.get(s) ?? []) if (!found.includes(m)) found.push(m);
      c.citations = found;
    }
    return cs;
  },
};
