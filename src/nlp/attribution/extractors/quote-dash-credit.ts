/**
 * A quotation credited with a dash, as in collected reactions and epigraphs:
 * `“Peace cannot be bought with territory.” ― Jane Doe.` or `Jane Doe ― “…”` at the start of
 * a paragraph. The speaker is the name beside the dash.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { quotePieces } from '../quote-marks.js';

const RULE = 'attribution/quote-dash-credit';
const CREDIT_RE = /^[ \t]*([―—–]|--)[ \t]*((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|de|von|van|der|al|bin|del|la)){0,5})/u;

const LEADING_CREDIT_RE = /^((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|de|von|van|der|al|bin|del|la)){0,5})[ \t]*([―—–]|--)[ \t]*["“«„]$/u;

export const quoteDashCreditExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const out: AttributionCandidate[] = [];
    const paras = doc.layers.paragraphs;
    for (const q of quotePieces(doc)) {
      const p = paras[q.paragraph]!;
      const lead = LEADING_CREDIT_RE.exec(text.slice(p.start, q.open + 1));
      if (lead && lead[1] !== undefined && lead[2] !== undefined && p.start + lead[0].length === q.open + 1) {
        const dash = p.start + lead[0].indexOf(lead[2], lead[1].length);
        out.push(candidate({
          kind: 'quote', start: q.start, end: q.end, cue: { start: dash, end: dash + lead[2].length },
          who: { start: p.start, end: p.start + lead[1].length }, modality: 'reported', rule: RULE, confidence: 0.85,
        }));
        continue;
      }
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
