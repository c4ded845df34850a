/**
 * A quotation inside reported speech is the speaker's words: `The minister said the allies
 * must “stand together until a settlement is signed.”` gets the claim's speaker. Fragments of
 * fewer than four words stay scare quotes (the speaker's word for something, not a quote).
 */
import type { Refiner } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { quotePieces } from '../quote-marks.js';
import { wordCount } from '../scope.js';

const RULE = 'attribution/quote-in-claim';

export const quoteInClaimRefiner: Refiner<AttributionCandidate> = {
  name: RULE,
  refine(doc, cs) {
    const quoted = new Set<number>();
    for (const c of cs) if (c.kind === 'quote') quoted.add(c.start);
    const claims = cs.filter((c) => c.kind === 'claim' && c.who !== null && c.modality === 'reported');
    const out = [...cs];
    for (const q of quotePieces(doc)) {
      if (quoted.has(q.start) || wordCount(doc.text, q.start, q.end) < 4) continue;
      const host = claims.find((c) => c.start <= q.open && q.end <= c.end);
      if (!host) continue;
      quoted.add(q.start);
      out.push(candidate({
        kind: 'quote', start: q.start, end: q.end, cue: host.cue, who: host.who, verb: host.verb,
        modality: 'reported', rule: RULE, confidence: host.confidence * 0.9,
      }));
    }
    return out;
  },
};
