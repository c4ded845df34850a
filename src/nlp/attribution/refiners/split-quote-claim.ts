/**
 * A quotation split by its attribution (`“…,” Ms. Berg said. “…”`) is one statement: the
 * pieces stay separate quotes (each is quoted words), and one reported claim spans the
 * whole statement with the speaker and the cue between the pieces.
 */
import type { Refiner } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';

const RULE = 'attribution/split-quote';

export const splitQuoteClaimRefiner: Refiner<AttributionCandidate> = {
  name: RULE,
  refine(doc, cs) {
    const out = [...cs];
    for (const c of cs) {
      if (c.kind !== 'quote' || !c.continues || c.continues.continues) continue;
      const first = c.continues;
      const gap = doc.text.slice(first.end, c.start);
      if (gap.length > 200 || gap.includes('\n')) continue;
      let last = c;
      for (const d of cs) if (d.continues === last && d.start - last.end < 200 && !doc.text.slice(last.end, d.start).includes('\n')) last = d;
      out.push(candidate({
        kind: 'claim', start: first.start, end: last.end, cue: first.cue, who: first.who, verb: first.verb,
        modality: 'reported', rule: RULE, confidence: first.confidence,
      }));
    }
    return out;
  },
};
