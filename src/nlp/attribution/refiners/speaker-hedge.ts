/**
 * A hedge or a "probably" inside a direct quotation — or inside reported speech ("Trump said
 * the deal would probably collapse") — is the speaker's, not the author's: the claim becomes
 * the speaker's hedged statement, limited to the quotation or the reported content. Inside quotation
 * marks that no one is said to have spoken (a scare quote, a title) the word qualifies nothing
 * the author says, and the candidate is dropped.
 */
import type { Span } from '../../../model/annotations.js';
import type { Refiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';
import { pieceAt, quotePieces } from '../quote-marks.js';

/** The shortest reported claim whose content holds the span. */
function innermost(claims: readonly AttributionCandidate[], span: Span): AttributionCandidate | null {
  let best: AttributionCandidate | null = null;
  for (const h of claims) if (h.start <= span.start && span.end <= h.end && (!best || h.end - h.start < best.end - best.start)) best = h;
  return best;
}

export const speakerHedgeRefiner: Refiner<AttributionCandidate> = {
  name: 'attribution/speaker-hedge',
  refine(doc, cs) {
    const pieces = quotePieces(doc);
    const quotes = new Map<number, AttributionCandidate>();
    for (const c of cs) if (c.kind === 'quote') quotes.set(c.start, c);
    const reported = cs.filter((c) => c.kind === 'claim' && c.who !== null && c.modality === 'reported');
    const out: AttributionCandidate[] = [];
    for (const c of cs) {
      const qualifier = c.rule === 'attribution/hedge' || c.rule === 'attribution/speculation';
      const pi = qualifier && c.cue ? pieceAt(pieces, c.cue.start) : -1;
      if (pi < 0) {
        // "Trump said the deal would probably collapse": the word is in the reported content, so it is Trump's
        const host = qualifier && c.cue ? innermost(reported, c.cue) : null;
        if (host) {
          c.modality = 'hedged';
          c.who = host.who;
          c.verb = host.verb;
          c.start = Math.max(c.start, host.start);
          c.end = Math.min(c.end, host.end);
          if (c.end > c.start) out.push(c);
          continue;
        }
        out.push(c);
        continue;
      }
      const piece = pieces[pi]!;
      const quote = quotes.get(piece.start);
      if (!quote) continue;
      c.modality = 'hedged';
      c.who = quote.who;
      c.verb = quote.verb;
      c.start = Math.max(c.start, piece.start);
      c.end = Math.min(c.end, piece.end);
      if (c.end > c.start) out.push(c);
    }
    return out;
  },
};
