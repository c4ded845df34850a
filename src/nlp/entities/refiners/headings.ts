/**
 * entities/headings: a title-case heading ("The Geneva Negotiations", "What The Harbour
 * Deal Means For Shipping") capitalises every word, so the tagger's names there are weak
 * evidence. A candidate in a heading is kept only when the same name is also found outside
 * headings, or it is a known name (gazetteer). ALL-CAPS headlines and datelines are left to
 * the tagger, which learned them.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories } from '../gazetteer.js';
import { foldKey } from '../names.js';

export const headingsRefiner: Refiner<Candidate> = {
  name: 'entities/headings',
  refine(doc, candidates) {
    if (!candidates.some((c) => c.zone === 'heading')) return candidates;
    const elsewhere = new Set<string>();
    for (const c of candidates) if (c.zone !== 'heading') elsewhere.add(foldKey(doc.text.slice(c.start, c.end)));
    return candidates.filter((c) => {
      if (c.zone !== 'heading') return true;
      const text = doc.text.slice(c.start, c.end);
      const line = lineAround(doc.text, c.start);
      if (line === line.toUpperCase()) return true;
      return elsewhere.has(foldKey(text)) || gazetteerCategories(text) !== 0;
    });
  },
};

function lineAround(text: string, at: number): string {
  const s = text.lastIndexOf('\n', at) + 1;
  const e = text.indexOf('\n', at);
  return text.slice(s, e < 0 ? text.length : e);
}
