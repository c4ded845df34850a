/**
 * A definite, undated noun trigger soon after an event of its type names that event again:
 * "Witkoff and Kushner met Putin at the Kremlin on Tuesday. On the Russian side, the meeting
 * was attended by Ushakov and Dmitriev." — "the meeting" is Tuesday's, not a second one. Its
 * participants join the earlier event (after those it has) and the anaphor is dropped. The
 * earlier event must be dated and told as happened: for a meeting or a call, in the two
 * sentences before, in its paragraph or the one before; for a resignation, a search or an
 * arrest, in the four sentences before and at most two paragraph breaks back ("Yermak resigned
 * on Friday. … Zelensky announced the resignation"), and the anaphor adds nobody to it. "The
 * next meeting", "the first call" and a trigger with a date of its own are events of their own.
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { nearSentences } from '../clause.js';

/** How far back the antecedent may be: a meeting two sentences in its paragraph or the one
 *  before; a resignation, a search or an arrest (rarer, and named again after a heading) four
 *  sentences and two paragraph breaks. */
const REACH = { meeting: { sentences: 2, paragraphs: 1 }, other: { sentences: 4, paragraphs: 2 } } as const;
const ONE_OFF_RE = /^(?:resignation|dismissal|search|raid|arrest)s?$/i;
/** "the meeting", "that call", "the talks": a determiner right before the noun, nothing between. */
const DEFINITE_RE = /\b(?:the|that|this)\s+$/i;
const NOUN_RE = /^(?:meeting|talks|call|conversation|visit|trip|session|encounter|resignation|dismissal|search|raid|arrest)s?$/i;

export const definiteAnaphor: Refiner<EventCandidate> = {
  name: 'events/definite-anaphor',
  refine(doc, cs) {
    const out: EventCandidate[] = [];
    for (const c of cs) {
      const anaphor = c.date === null && c.status === 'happened' &&
        NOUN_RE.test(doc.text.slice(c.start, c.end)) && DEFINITE_RE.test(doc.text.slice(Math.max(0, c.start - 6), c.start));
      if (anaphor) {
        const oneOff = ONE_OFF_RE.test(doc.text.slice(c.start, c.end));
        const reach = oneOff ? REACH.other : REACH.meeting;
        // the nearest earlier kept event (candidates are in document order)
        let k = out.length - 1;
        while (k >= 0 && out[k]!.type !== c.type && c.sentence - out[k]!.sentence <= reach.sentences) k--;
        const ante = k >= 0 ? out[k]! : undefined;
        if (ante && ante.type === c.type && ante.date !== null && ante.status === 'happened' && ante.sentence < c.sentence &&
          c.sentence - ante.sentence <= reach.sentences && nearSentences(doc, ante.sentence, c.sentence, reach.paragraphs)) {
          // who resigned was named with the resignation; "announced the resignation" adds nobody
          if (!oneOff) {
            const joined = [...ante.participants, ...c.participants.filter((p) => !ante.participants.includes(p) && p !== ante.location)];
            const parties = [...ante.parties, ...c.parties.filter((p) => !ante.parties.some((q) => q.country === p.country))];
            out[k] = { ...ante, participants: joined, parties };
          }
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
