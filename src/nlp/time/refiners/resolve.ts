/**
 * Give every candidate its value, walking the report in document order. Deictic expressions
 * count from the publication date; anaphoric ones from the narrative time, the last explicit
 * date the story moved to. A date does not move the story when it stands inside a quotation
 * or after "since"/"until"/"before" (a bound, not where the story is), nor when it lies after
 * the publication date (a plan, not something the story tells). Candidates that
 * resolve to nothing are dropped.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import { compareDays, parseValue, type Point } from '../calendar.js';
import type { ResolveContext, TimexCandidate } from '../candidate.js';
import { tenseAt } from './tense.js';

const BOUND_BEFORE = /\b(?:since|until|till|through|before|after|by|from|as\s+of|ended|ending|ends|end)\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?$/i;

export const resolve: Refiner<TimexCandidate> = {
  name: 'time/resolve',
  refine(doc, candidates) {
    const published = doc.meta.published ? parseValue(doc.meta.published) : null;
    let narrative: Point | null = published;
    let narrativeDay: Point | null = published;
    let quarter: Point | null = null;
    const out: TimexCandidate[] = [];
    for (const c of candidates) {
      let tense: ResolveContext['tense'] | undefined;
      const ctx: ResolveContext = {
        published, narrative, narrativeDay, quarter,
        // Only year-less dates and weekdays ask for the tense: compute it on first use.
        get tense() { return (tense ??= tenseAt(doc, c.start, c.end)); },
      };
      const r = c.resolve(ctx);
      if (!r) continue;
      out.push({ ...c, resolved: r });
      const p = r.point;
      if (!p) continue;
      if (p.gran === 'quarter') quarter = p;
      if (published && p.gran === 'day' && compareDays(p, published) > 0) continue;
      if (insideQuotation(doc, c.start)) continue;
      // A bound ("since 2014") is not where the story stands, but a later "three years later"
      // can only count from it: it moves the coarse narrative time, never the narrative day.
      const bound = BOUND_BEFORE.test(doc.text.slice(Math.max(0, c.start - 24), c.start));
      if (!bound || p.gran !== 'day') narrative = p;
      if (!bound && p.gran === 'day') narrativeDay = p;
    }
    return out;
  },
};

/** An odd number of quotation marks between the start of the sentence and the offset. */
function insideQuotation(doc: Document, offset: number): boolean {
  const si = doc.sentenceAt(offset);
  const from = si >= 0 ? doc.layers.sentences[si]!.start : Math.max(0, offset - 300);
  let open = 0;
  let straight = 0;
  for (let i = from; i < offset; i++) {
    const ch = doc.text.charCodeAt(i);
    if (ch === 0x201c || ch === 0xab) open++;
    else if (ch === 0x201d || ch === 0xbb) open--;
    else if (ch === 0x22) straight++;
  }
  return open > 0 || straight % 2 === 1;
}
