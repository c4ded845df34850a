/**
 * A quotation followed by its attribution: `“…,” he said.`, `“…?” asked a senator.`,
 * `"…," said Anna Berg, head of the delegation.` The reporting verb must come within a
 * few words of the closing mark, with nothing but its subject (or, inverted, nothing)
 * between them.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { cuesIn } from '../cues.js';
import { nounPhraseAfter, skipAdjuncts, subjectBefore } from '../phrase.js';
import { quotePieces } from '../quote-marks.js';
import { wordCount } from '../scope.js';

const RULE = 'attribution/quote-trailing-cue';
const ABBREVIATION_RE = /\b(Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Jr|Sr|Prof|\p{Lu})\./gu;

export const quoteTrailingCueExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const pieces = quotePieces(doc);
    const paras = doc.layers.paragraphs;
    const out: AttributionCandidate[] = [];
    pieces.forEach((q, i) => {
      // “….” closes a sentence: what follows is a new one, not the quote's attribution
      const last = text.slice(q.start, q.end).trimEnd().slice(-1);
      if (last === '.' || last === '…' || last === ':') return;
      const next = pieces[i + 1];
      const limit = Math.min(paras[q.paragraph]!.end, next ? next.open : Infinity, q.close + 320);
      const cue = cuesIn(doc, q.close, limit).find((c) => !c.participle && c.cls !== 'intention');
      if (!cue) return;
      // party labels and abbreviations carry periods that end nothing: "Sen. Anna Berg (D-Ore.) said"
      const between = text.slice(q.close, cue.start).replace(/\([^()]{0,30}\)/g, '()').replace(ABBREVIATION_RE, '$1');
      // a long apposition is fine after a name: `''…,'' Anna E. Berg, director of …, said.`
      const maxWords = /^[\s,]*\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*(?:\s*\([^()]{1,30}\))?\s*,/u.test(between) ? 30 : 8;
      if (/[!?;:“”"«»]|\.(?!\s*\p{Ll})/u.test(between) || wordCount(text, q.close, cue.start) > maxWords) return;
      // `"…should be fired", while Senator Graham said …`: a new clause with its own speaker, not this quote's cue
      if (/^[\s,]*(?:while|whereas|but|and|although|though|as|when|after|before|because)\b/i.test(between)) return;
      let who;
      if ((last === '?' || last === '!') && /^\s*\p{Lu}/u.test(between) && !/^[\s,]*$/.test(between) && !/^\s*(?:He|She|They|I|We)\b/u.test(between) && wordCount(text, q.close, cue.start) > 3) return;
      if (/^[\s,]*$/.test(between)) who = nounPhraseAfter(text, skipAdjuncts(text, cue.end, limit), limit);
      else who = subjectBefore(text, cue.start, q.close);
      if (!who) return;
      out.push(candidate({
        kind: 'quote', start: q.start, end: q.end, cue: { start: cue.start, end: cue.end }, who, verb: cue.base,
        modality: 'reported', rule: RULE, confidence: 0.9,
      }));
    });
    return out;
  },
};
