/**
 * No sentence ends inside a wire dateline: "PALM BEACH, Fla. (GCT) —" is one sentence, whatever
 * the abbreviation's period suggested to the punctuation rule.
 */
import type { Refiner } from '../../pipeline.js';
import type { Boundary } from '../boundary.js';
import { datelineEnd } from '../extractors/dateline.js';

export const datelineRefiner: Refiner<Boundary> = {
  name: 'sentences/dateline',
  refine(doc, boundaries) {
    const inside: [number, number][] = [];
    for (const p of doc.layers.paragraphs) {
      if (p.heading || p.start >= doc.bodyEnd) continue;
      const end = datelineEnd(doc.text, p);
      if (end >= 0) inside.push([p.start, end]);
    }
    if (inside.length === 0) return boundaries;
    return boundaries.filter((b) => !inside.some(([s, e]) => b.end > s && b.end < e));
  },
};
