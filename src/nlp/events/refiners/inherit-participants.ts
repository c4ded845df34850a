/**
 * An event whose clause names no actor takes them from its surroundings, nearest first:
 *   1. the rest of its sentence — "In the call, which took place on October 14, Witkoff
 *      suggests …": the trigger sits in an opening phrase and the actors in the main clause;
 *   2. for a meeting, call or agreement, the sentence before it in the same paragraph — "Ankara wanted a joint text
 *      with Athens. Talks took place in Istanbul on May 16 and 17."
 * An event inside a quotation whose speaker does not speak in the first person takes nobody
 * from outside it. Neither takes a clause of time after the trigger (", a day after X met Y"), nor
 * towns for a visit or an attack, nor towns from the sentence before. The event's confidence
 * drops (0.6, then 0.5). A resignation told by its noun ("announced the
 * resignation") takes nobody: who resigns is named after "of" or as its possessor, or not at all.
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { actorsIn, thirdPersonQuotation, withoutTowns } from './participants.js';
import { AMOUNT_RELATION, sourceOpeningEnd } from '../clause.js';

const SUBORDINATE_AFTER_RE = new RegExp(String.raw`,\s+(?:${AMOUNT_RELATION}|after|before|when|while|until|since|because|although|though|whereas)\b`);

/** Events between counterparts, whose actors a previous sentence introduces ("X asked Y for talks. Talks were held …"). */
const COUNTERPARTS = new Set<EventCandidate['type']>(['meeting', 'call', 'agreement']);

export const inheritParticipants: Refiner<EventCandidate> = {
  name: 'events/inherit-participants',
  refine(doc, cs) {
    const triggerStarts = new Set(cs.map((o) => o.start));
    return cs.map((c) => {
      if (c.participants.length > 0) return c;
      // "announced the resignation": the noun names who resigns itself or nobody; the sentence's
      // people are not the ones resigning
      if (c.type === 'resignation' && /^(?:resignation|dismissal)$/i.test(doc.text.slice(c.start, c.end))) return c;
      const s = doc.layers.sentences[c.sentence];
      if (!s) return c;
      // An event told in someone else's quotation: the one quoted is not its party.
      if (thirdPersonQuotation(doc, c)) return c;
      // Not from the sentence's opening source phrase ("According to a statement by the White House, both sides agreed …").
      const opening = sourceOpeningEnd(doc, c.sentence);
      // Nor from a clause of time or cause after the trigger (", a day after US and Ukrainian
      // negotiators ended talks"): it tells another event.
      const sub = SUBORDINATE_AFTER_RE.exec(doc.text.slice(c.end, s.end));
      // Nor across a colon or a semicolon ("Whoever leaked the calls, the effect is clear: Kyiv …").
      const stop = /[:;]/.exec(doc.text.slice(c.end, s.end));
      const from = Math.max(s.start, doc.text.lastIndexOf(';', c.start) + 1, doc.text.lastIndexOf(':', c.start) + 1);
      const until = Math.min(sub ? c.end + sub.index : s.end, stop ? c.end + stop.index : s.end);
      const own = withoutTowns(doc, actorsIn(doc, opening >= 0 && c.start > opening ? opening + 1 : from, until, c.location, triggerStarts), c.type);
      if (own.length > 0) return { ...c, participants: own, confidence: Math.min(c.confidence, 0.6) };
      const prev = doc.layers.sentences[c.sentence - 1];
      if (!prev || prev.paragraph !== s.paragraph || !COUNTERPARTS.has(c.type)) return c;
      // (towns in the sentence before are where things happen, not counterparts)
      const ids = withoutTowns(doc, actorsIn(doc, prev.start, prev.end, c.location, triggerStarts));
      // Not for what someone else says in this sentence ("A diplomat said a deal looked unlikely"):
      // its parties are whoever that speaker meant, unless the speaker is among the names before
      // ("Rubio met them. He called it the best day of talks").
      const host = doc.layers.claims.find((cl) => cl.cue !== null && cl.cue.end <= c.start && cl.start <= c.start && c.end <= cl.end && doc.sentenceAt(cl.cue.start) === c.sentence);
      if (host && !ids.some((id) => id === host.source || id === host.speaker)) return c;
      return ids.length > 0 ? { ...c, participants: ids, confidence: Math.min(c.confidence, 0.5) } : c;
    });
  },
};
