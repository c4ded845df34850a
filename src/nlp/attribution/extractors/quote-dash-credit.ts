/**
 * A quotation credited after a dash, as in collected reactions and epigraphs:
 * `“Maybe we can build a wall around him.” ― Jane Doe.` The speaker is the name after the dash.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { quotePieces } from '../quote-marks.js';

const RULE = 'attribution/quote-dash-credit';
const CREDIT_RE = /^[ \t]*([―—–]|--)[ \t]*((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|de|von|van|der|al|bin|del|la)){0,5})/u;

export const quoteDashCreditExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const out: AttributionCandidate[] = [];
    for (const q of quotePieces(doc)) {
      const m = CREDIT_RE.exec(text.slice(q.close, q.close + 120));
      if (!m || m[1] === undefined || m[2] === undefined) continue;
      const dash = q.close + m[0].indexOf(m[1]);
      const nameStart = q.close + m[0].length - m[2].length;
      const nameEnd = q.close + m[0].length - (m[2].endsWith('.') ? 1 : 0);
      out.push(candidate({
        kind: 'quote', start: q.start, end: q.end, cue: { start: dash, end: dash + m[1].length },
        who: { start: nameStart, end: nameEnd }, modality: 'reported', rule: RULE, confidence: 0.85,
      }));
    }
    return out;
  },
};
