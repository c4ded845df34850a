/**
 * One event per clause and type: "the meeting … was co-chaired by", "held talks … the talks"
 * name one meeting — unless their dates differ or a subordinate clause separates them. The first trigger stays; the date comes from the first dated one, the
 * participants are the union, the confidence the highest. Candidates are in document order.
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf, SUBORDINATORS } from '../clause.js';

const SUBORDINATOR_RE = new RegExp(`\\b(?:${SUBORDINATORS.join('|')})\\b`, 'i');

/** Two values for one moment: equal, or one a refinement of the other ("2025-12-02" and "2025-12-02TEV"). */
export function sameWhen(a: string, b: string): boolean {
  return a === b || a.startsWith(b) || b.startsWith(a);
}

export const merge: Refiner<EventCandidate> = {
  name: 'events/merge',
  refine(doc, cs) {
    const out: EventCandidate[] = [];
    const keyOf = new Map<EventCandidate, string>();
    const byKey = new Map<string, number>();
    for (const c of cs) {
      const clause = clauseOf(doc, c.sentence, c.start);
      const key = `${clause.start}:${c.type}`;
      keyOf.set(c, key);
      const at = byKey.get(key);
      const prev = at === undefined ? undefined : out[at];
      if (at === undefined || !prev) {
        byKey.set(key, out.length);
        out.push(c);
        continue;
      }
      // Two dated triggers with different dates are two events ("called on Monday, and again on
      // Friday"); so are two a subordinate clause separates ("the declaration they signed … once a
      // ceasefire is agreed").
      if ((prev.date !== null && c.date !== null && !sameWhen(prev.date, c.date)) ||
        SUBORDINATOR_RE.test(doc.text.slice(prev.end, c.start))) {
        byKey.set(key, out.length);
        out.push(c);
        continue;
      }
      // The date (and the status that goes with it) from the first dated trigger, else the first's.
      const dated = prev.date !== null ? prev : c.date !== null ? c : prev;
      out[at] = {
        ...prev,
        date: dated.date, timex: dated.timex, dateBy: dated.dateBy,
        status: dated.status,
        participants: [...new Set([...prev.participants, ...c.participants])],
        parties: [...prev.parties, ...c.parties.filter((p) => !prev.parties.some((q) => q.country === p.country))],
        location: prev.location ?? c.location,
        claim: prev.claim ?? c.claim,
        confidence: Math.max(prev.confidence, c.confidence),
      };
    }
    return out;
  },
};
