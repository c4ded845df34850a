/**
 * Hearsay without a named source: "she has reportedly left the country", "the minister is believed
 * to have resigned", "it is said that". The claim is the clause the hedge qualifies — the sentence, or
 * what follows an opening "it is said that" — with a null source and `hedged` modality. An
 * adverb inside the clause stays inside the content: the clause reads as one statement.
 */
import type { Extractor } from '../../pipeline.js';
import type { Document } from '../../../model/document.js';
import { HEDGE_PATTERNS } from '../../lexicon/hedges.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { contentEnd } from '../phrase.js';
import { bodySentences, wordCount } from '../scope.js';
import type { Modality } from '../../../model/annotations.js';

export function qualifierExtractor(rule: string, patterns: readonly RegExp[], modality: Modality): Extractor<AttributionCandidate> {
  return {
    name: rule,
    extract(doc: Document) {
      const text = doc.text;
      const out: AttributionCandidate[] = [];
      for (const sent of bodySentences(doc)) {
        const slice = text.slice(sent.start, sent.end);
        for (const re of patterns) {
          re.lastIndex = 0;
          for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
            const cs = sent.start + m.index;
            const ce = cs + m[0].length;
            // the clause is the sentence; a cue that opens it ("Reportedly, …", "It is said that …") is left out
            let start = sent.start;
            const lead = text.slice(sent.start, cs).trim();
            if (lead === '' || (/that$/i.test(m[0]) && /^(?:\S+\s*,?)?$/u.test(lead))) start = ce;
            while (start < sent.end && /[\s,"“«„]/.test(text[start]!)) start++;
            const end = contentEnd(text, start, sent.end);
            if (end <= ce && start < cs) continue;
            if (wordCount(text, start, end) < 3) continue;
            out.push(candidate({ kind: 'claim', start, end, cue: { start: cs, end: ce }, who: null, modality, rule, confidence: 0.7 }));
          }
        }
      }
      return out;
    },
  };
}

export const hedgeExtractor = qualifierExtractor('attribution/hedge', HEDGE_PATTERNS, 'hedged');
