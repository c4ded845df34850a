/**
 * A hedge or a "probably" inside a direct quotation is the speaker's, not the author's: the
 * claim becomes the speaker's hedged statement, limited to the quotation. Inside quotation
 * marks that no one is said to have spoken (a scare quote, a title) the word qualifies nothing
 * the author says, and the candidate is dropped.
 */
import type { Refiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';
import { pieceAt, quotePieces } from '../quote-marks.js';

export const speakerHedgeRefiner: Refiner<AttributionCandidate> = {
  name: 'attribution/speaker-hedge',
  refine(doc, cs) {
    const pieces = quotePieces(doc);
    const quotes = new Map<number, AttributionCandidate>();
    for (const c of cs) if (c.kind === 'quote') quotes.set(c.start, c);
    const out: AttributionCandidate[] = [];
    for (const c of cs) {
      const qualifier = c.rule === 'attribution/hedge' || c.rule === 'attribution/speculation';
      const pi = qualifier && c.cue ? pieceAt(pieces, c.cue.start) : -1;
      if (pi < 0) { out.push(c); continue; }
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
