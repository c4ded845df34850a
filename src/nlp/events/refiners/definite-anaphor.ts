/**
 * A definite, undated noun trigger right after an event of its type names that event again:
 * "Witkoff and Kushner met Putin at the Kremlin on Tuesday. On the Russian side, the meeting
 * was attended by Ushakov and Dmitriev." — "the meeting" is Tuesday's, not a second one. Its
 * participants join the earlier event (after those it has) and the anaphor is dropped. The
 * earlier event must be dated, told as happened, in the two sentences before, in the same
 * paragraph or the one before, with no heading between; "the next meeting", "the first call"
 * and a trigger with a date of its own are events of their own.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';

const LOOKBACK_SENTENCES = 2;
/** "the meeting", "that call", "the talks": a determiner right before the noun, nothing between. */
const DEFINITE_RE = /\b(?:the|that|this)\s+$/i;
const NOUN_RE = /^(?:meeting|talks|call|conversation|visit|trip|session|encounter)s?$/i;

function near(doc: Document, from: number, to: number): boolean {
  const a = doc.layers.sentences[from]!;
  const b = doc.layers.sentences[to]!;
  return b.paragraph - a.paragraph <= 1 && !doc.layers.paragraphs[b.paragraph]?.heading;
}

export const definiteAnaphor: Refiner<EventCandidate> = {
  name: 'events/definite-anaphor',
  refine(doc, cs) {
    const out: EventCandidate[] = [];
    for (const c of cs) {
      const anaphor = c.date === null && c.status === 'happened' &&
        NOUN_RE.test(doc.text.slice(c.start, c.end)) && DEFINITE_RE.test(doc.text.slice(Math.max(0, c.start - 6), c.start));
      if (anaphor) {
        // the nearest earlier kept event (candidates are in document order)
        let k = out.length - 1;
        while (k >= 0 && out[k]!.type !== c.type && c.sentence - out[k]!.sentence <= LOOKBACK_SENTENCES) k--;
        const ante = k >= 0 ? out[k]! : undefined;
        if (ante && ante.type === c.type && ante.date !== null && ante.status === 'happened' && ante.sentence < c.sentence &&
          c.sentence - ante.sentence <= LOOKBACK_SENTENCES && near(doc, ante.sentence, c.sentence)) {
          const joined = [...ante.participants, ...c.participants.filter((p) => !ante.participants.includes(p) && p !== ante.location)];
          const parties = [...ante.parties, ...c.parties.filter((p) => !ante.parties.some((q) => q.country === p.country))];
          out[k] = { ...ante, participants: joined, parties };
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
