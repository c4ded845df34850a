/**
 * An attribution set inside its content: "The plan, a diplomat said, rewards the
 * aggressor." The content is the sentence around the parenthetical (one
 * span: it holds the cue, which the claim's cue span marks); the source is the subject
 * between the commas.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { cuesIn } from '../cues.js';
import { contentEnd, subjectBefore } from '../phrase.js';
import { pieceAt, quotePieces } from '../quote-marks.js';
import { bodySentences, wordCount } from '../scope.js';

const RULE = 'attribution/reporting-verb-parenthetical';
const SAY_LIKE = new Set(['say', 'add', 'argue', 'note', 'explain', 'insist', 'claim', 'suggest', 'believe', 'think', 'write', 'warn', 'contend', 'predict', 'estimate', 'report']);

export const reportingVerbParentheticalExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const pieces = quotePieces(doc);
    const out: AttributionCandidate[] = [];
    for (const sent of bodySentences(doc)) {
      for (const cue of cuesIn(doc, sent.start, sent.end)) {
        if (cue.participle || !SAY_LIKE.has(cue.base) || pieceAt(pieces, cue.start) >= 0) continue;
        if (!/^\s*,/.test(text.slice(cue.end, sent.end))) continue;
        const who = subjectBefore(text, cue.start, sent.start);
        if (!who || !/,\s*$/.test(text.slice(sent.start, who.start))) continue;
        if (wordCount(text, sent.start, who.start) < 1 || wordCount(text, cue.end, sent.end) < 2) continue;
        let start = sent.start;
        while (start < who.start && /[\s"“«„]/.test(text[start]!)) start++;
        if (pieceAt(pieces, start) >= 0) continue; // a split direct quotation
        const end = contentEnd(text, cue.end + 1, sent.end);
        out.push(candidate({
          kind: 'claim', start, end, cue: { start: cue.start, end: cue.end }, who, verb: cue.base,
          modality: 'reported', rule: RULE, confidence: 0.75,
        }));
      }
    }
    return out;
  },
};
