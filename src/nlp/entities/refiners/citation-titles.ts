/**
 * entities/citation-titles: the title of a reference entry ("The Long Road to ... Reform and the
 * Price of Delay") is set in title case, so capitalised words there are not names by themselves.
 * A candidate inside an entry's title is kept only when it is a known name (gazetteer) or the
 * same name is found outside titles. Authors, translators and outlets of the entry stay.
 */
import type { Span } from '../../../model/annotations.js';
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories } from '../gazetteer.js';
import { foldKey } from '../names.js';

export const citationTitlesRefiner: Refiner<Candidate> = {
  name: 'entities/citation-titles',
  refine(doc, candidates) {
    const titles: Span[] = [];
    for (const c of doc.layers.citations) {
      if (!c.title) continue;
      const at = doc.text.indexOf(c.title, c.start);
      if (at >= 0 && at < c.end) titles.push({ start: at, end: at + c.title.length });
    }
    if (!titles.length) return candidates;
    const inTitle = (c: Candidate): boolean => titles.some((t) => t.start <= c.start && c.end <= t.end);
    const elsewhere = new Set<string>();
    for (const c of candidates) if (!inTitle(c)) elsewhere.add(foldKey(doc.text.slice(c.start, c.end)));
    return candidates.filter((c) => {
      if (!inTitle(c)) return true;
      const text = doc.text.slice(c.start, c.end);
      return elsewhere.has(foldKey(text)) || gazetteerCategories(text) !== 0;
    });
  },
};
