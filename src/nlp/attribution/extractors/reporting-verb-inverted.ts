/**
 * Reported content before its source: "The talks will resume in January, a diplomat said."
 * and "…, said the mayor." The verb (with its subject) closes the sentence; the content runs
 * from the sentence start to the comma before the source. Direct quotations in this shape
 * are left to the quote rules.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { cuesIn } from '../cues.js';
import { contentEnd, nounPhraseAfter, skipAdjuncts, subjectBefore } from '../phrase.js';
import { pieceAt, quotePieces } from '../quote-marks.js';
import { bodySentences, wordCount } from '../scope.js';

const RULE = 'attribution/reporting-verb-inverted';
/** Verbs that close a sentence after their content ("…, he said." / "…, said the mayor."). */
const INVERTIBLE = new Set([
  'say', 'add', 'ask', 'write', 'note', 'explain', 'continue', 'reply', 'respond', 'insist', 'argue', 'warn', 'declare',
  'announce', 'recall', 'conclude', 'observe', 'remark', 'comment', 'claim', 'state', 'report', 'tell', 'acknowledge',
  'admit', 'concede', 'predict', 'suggest', 'contend', 'maintain', 'believe', 'think', 'estimate', 'tweet', 'confirm', 'complain',
]);
const CLOSE_RE = /^\s*(?:\[[^\]\n]{1,6}\]\s*)*(?:[.!?]|,\s*(?:adding|saying|citing|noting|according)\b|$)/iu;

export const reportingVerbInvertedExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const pieces = quotePieces(doc);
    const out: AttributionCandidate[] = [];
    for (const sent of bodySentences(doc)) {
      for (const cue of cuesIn(doc, sent.start, sent.end)) {
        if (cue.participle || !INVERTIBLE.has(cue.base)) continue;
        let who = null;
        let comma = -1;
        const after = skipAdjuncts(text, cue.end, sent.end);
        const before = text.slice(sent.start, cue.start);
        if (/,\s*$/.test(before)) {
          // "…, said the mayor."
          const np = nounPhraseAfter(text, after, sent.end);
          if (!np || !CLOSE_RE.test(text.slice(np.end, sent.end))) continue;
          who = np;
          comma = sent.start + before.lastIndexOf(',');
        } else {
          // "…, a diplomat said."
          if (!CLOSE_RE.test(text.slice(after, sent.end))) continue;
          const subj = subjectBefore(text, cue.start, sent.start);
          if (!subj) continue;
          const lead = text.slice(sent.start, subj.start);
          const c = lead.search(/,\s*$/);
          if (c < 0) continue;
          who = subj;
          comma = sent.start + c;
        }
        let from = sent.start;
        while (from < comma && /[\s"“«„]/.test(text[from]!)) from++;
        const end = contentEnd(text, from, comma);
        if (wordCount(text, from, end) < 3) continue;
        const qi = pieceAt(pieces, from);
        if (qi >= 0 || pieceAt(pieces, end - 1) >= 0) continue; // a direct quotation
        out.push(candidate({
          kind: 'claim', start: from, end, cue: { start: cue.start, end: cue.end }, who, verb: cue.base,
          modality: 'reported', rule: RULE, confidence: 0.75,
        }));
      }
    }
    return out;
  },
};
