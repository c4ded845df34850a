/**
 * A quotation introduced by a clause ending in a colon: `X said: “…”`, `In it, he wrote:`
 * followed by the quoted paragraph, `It reads:` after "issued a joint statement", `The
 * unelected president immediately replied: «…»`. The speaker is the subject of the last
 * reporting verb of the introducing clause; a later paragraph of the same statement is
 * picked up by the continuation refiner.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { cuesIn } from '../cues.js';
import { subjectBefore } from '../phrase.js';
import { quotePieces } from '../quote-marks.js';

const RULE = 'attribution/quote-colon';

export const quoteColonExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const out: AttributionCandidate[] = [];
    for (const q of quotePieces(doc)) {
      if (q.continued) continue;
      let k = q.open - 1;
      while (k >= 0 && /\s/.test(text[k]!)) k--;
      if (k < 0 || text[k] !== ':') continue;
      const si = doc.sentenceAt(k);
      const from = si >= 0 ? doc.layers.sentences[si]!.start : Math.max(0, k - 200);
      const cues = cuesIn(doc, from, k).filter((c) => !c.participle && (c.cls === 'speech' || c.cls === 'evidence'));
      const cue = cues[cues.length - 1];
      if (!cue) continue;
      const who = subjectBefore(text, cue.start, from);
      if (!who) continue;
      out.push(candidate({
        kind: 'quote', start: q.start, end: q.end, cue: { start: cue.start, end: cue.end }, who, verb: cue.base,
        modality: 'reported', rule: RULE, confidence: 0.9,
      }));
    }
    return out;
  },
};
