/**
 * A quotation right after its reporting verb, without a colon: `He said, “…”`, `Putin told
 * reporters “…”`, `Dmitriev called it “fake”`. Between the verb and the opening mark only
 * adjuncts, a short addressee and a comma may stand. Naming verbs ("called the …", "known
 * as") open a quotation only with a pronoun object: otherwise the marks are a name or a title.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { coordinatedSubject, cuesIn, openingSubject } from '../cues.js';
import { skipAdjuncts, subjectBefore } from '../phrase.js';
import { quotePieces } from '../quote-marks.js';

const RULE = 'attribution/quote-leading-cue';
const GAP_RE = /^\s*(?:(?:to\s+|of\s+|about\s+)?(?:reporters|journalists|the\s+press|the\s+audience|lawmakers|supporters|him|her|them|us|me|\p{Lu}[\p{L}.\-]*)\s*)?,?\s*(?:that\s+)?$/u;
/** A short adjunct set off by a comma: `said in any case, “…”`, `said in response, “…”`. */
const ADJUNCT_GAP_RE = /^\s*(?:[\p{L}'’\-]+\s+){0,4}[\p{L}'’\-]+\s*,\s*$/u;
const NAMING_GAP_RE = /^\s*(?:it|this|that|them|him|her|these|those)\s*,?\s*$/iu;

export const quoteLeadingCueExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const out: AttributionCandidate[] = [];
    for (const q of quotePieces(doc)) {
      if (q.continued) continue;
      const si = doc.sentenceAt(q.open);
      if (si < 0) continue;
      const from = doc.layers.sentences[si]!.start;
      const cues = cuesIn(doc, from, q.open);
      const cue = cues[cues.length - 1];
      if (!cue || cue.cls === 'intention') continue;
      // "continue" reports only as "she continued, “…”" (past, a comma or colon before the quote):
      // "talks would continue “at every level”" goes on, it says nothing
      if (cue.base === 'continue' && !(/^continued$/i.test(text.slice(cue.start, cue.end)) && /^\s*[,:]/.test(text.slice(cue.end, q.open)))) continue;
      const gap = text.slice(skipAdjuncts(text, cue.end, q.open), q.open);
      const naming = cue.base === 'call' || cue.base === 'describe' || cue.cls === 'cognition';
      if (naming ? !NAMING_GAP_RE.test(gap) : !GAP_RE.test(gap) && !ADJUNCT_GAP_RE.test(gap)) continue;
      const who = cue.participle ? coordinatedSubject(text, from, cue.start) ?? openingSubject(text, from, cue.start) : subjectBefore(text, cue.start, from);
      if (!who) continue;
      out.push(candidate({
        kind: 'quote', start: q.start, end: q.end, cue: { start: cue.start, end: cue.end }, who, verb: cue.base,
        modality: 'reported', rule: RULE, confidence: 0.85,
      }));
    }
    return out;
  },
};
