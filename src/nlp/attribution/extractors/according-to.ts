/**
 * "According to X, …", "…, according to X." and "… according to X" (also "as X reported, …",
 * "citing X"): the source is the noun phrase after the cue. A source that names nobody
 * ("according to some", "according to reports") makes the claim hedged instead of reported.
 */
import type { Extractor } from '../../pipeline.js';
import { UNNAMED_SOURCE_RE } from '../../lexicon/hedges.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { contentEnd, nounPhraseAfter } from '../phrase.js';
import { bodySentences, wordCount } from '../scope.js';

const RULE = 'attribution/according-to';
const CUE_RE = /\b(?:according\s+to|as\s+(?:reported|stated|noted|revealed)\s+by|in\s+the\s+(?:view|words|opinion)\s+of|citing)\b/giu;

export const accordingToExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const out: AttributionCandidate[] = [];
    for (const sent of bodySentences(doc)) {
      const slice = text.slice(sent.start, sent.end);
      CUE_RE.lastIndex = 0;
      for (let m = CUE_RE.exec(slice); m !== null; m = CUE_RE.exec(slice)) {
        const cs = sent.start + m.index;
        const ce = cs + m[0].length;
        let who = nounPhraseAfter(text, ce, sent.end);
        if (!who) continue;
        // "according to research by X (FFI)": keep the bracketed acronym in the phrase
        const paren = /^\s*\([^()]{1,40}\)/.exec(text.slice(who.end, sent.end));
        if (paren) who = { start: who.start, end: who.end + paren[0].length };
        let start: number;
        let end: number;
        const rest = text.slice(who.end, sent.end);
        if (/^\s*,/.test(rest) && wordCount(text, who.end, sent.end) >= 3) {
          // cue first ("According to X, …"): the content follows the source phrase
          start = who.end;
          while (start < sent.end && /[\s,:)]/.test(text[start]!)) start++;
          end = contentEnd(text, start, sent.end);
        } else {
          // cue last ("…, according to X."): the content precedes it
          start = sent.start;
          while (start < cs && /[\s"“«„]/.test(text[start]!)) start++;
          end = contentEnd(text, start, cs);
        }
        if (wordCount(text, start, end) < 2) continue;
        const unnamed = UNNAMED_SOURCE_RE.test(text.slice(who.start, who.end).trim());
        out.push(candidate({
          kind: 'claim', start, end, cue: { start: cs, end: ce }, who,
          modality: unnamed ? 'hedged' : 'reported', rule: RULE, confidence: 0.9,
        }));
      }
    }
    return out;
  },
};
