/**
 * Quotations that carry on an attributed one take its speaker: the second half of a split
 * quote (`“…,” she continued. “…”`, with no other verb of saying between the halves), the later paragraphs of a statement introduced once,
 * and a paragraph that opens with a quotation right after a paragraph that ended with the
 * same speaker's quotation.
 */
import type { Refiner } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { quotePieces } from '../quote-marks.js';
import { wordCount } from '../scope.js';
import { cuesIn } from '../cues.js';

const RULE = 'attribution/quote-continuation';

export const quoteContinuationRefiner: Refiner<AttributionCandidate> = {
  name: RULE,
  refine(doc, cs) {
    const text = doc.text;
    const pieces = quotePieces(doc);
    const byStart = new Map<number, AttributionCandidate>();
    for (const c of cs) if (c.kind === 'quote') byStart.set(c.start, c);
    const paras = doc.layers.paragraphs;
    const out = [...cs];
    for (let i = 1; i < pieces.length; i++) {
      const q = pieces[i]!;
      if (byStart.has(q.start)) continue;
      const prev = pieces[i - 1]!;
      const pc = byStart.get(prev.start);
      if (!pc || !pc.who) continue;
      let ok = false;
      if (q.continued) ok = true;
      // (not when another verb of saying comes between: `…," he said on Monday. He said Witkoff had
      // to "sell this …"` quotes a phrase of a new statement)
      else if (prev.paragraph === q.paragraph) ok = pc.cue !== null && pc.cue.start >= prev.close && pc.cue.end <= q.open && cuesIn(doc, pc.cue.end, q.open).length === 0;
      else if (prev.paragraph === q.paragraph - 1 && q.open === paras[q.paragraph]!.start) {
        ok = wordCount(text, prev.close, paras[prev.paragraph]!.end) <= 8;
      }
      if (!ok) continue;
      const c = candidate({
        kind: 'quote', start: q.start, end: q.end, cue: pc.cue, who: pc.who, verb: pc.verb,
        modality: 'reported', rule: RULE, confidence: pc.confidence * 0.9,
      });
      c.continues = pc;
      byStart.set(q.start, c);
      out.push(c);
    }
    return out;
  },
};
