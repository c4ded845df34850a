/**
 * The events stage: what the report tells of — meetings, calls, visits, statements,
 * publications, agreements, legislation, decrees, searches, arrests, resignations,
 * appointments, foundings, elections, attacks — with date, participants, place, status and the
 * claim it rests on.
 *
 * extractors — one trigger family each (triggers/*.ts), and ordinal-anaphor ("In the second,"
 *   after "the first conversation"); their order does not matter, the overlap refiner settles
 *   collisions.
 * refiners (order matters)
 *   1. prose-only    — drop triggers in headings and inline references: they name, not tell
 *   2. inside-name   — drop trigger words that belong to a name ("Central Election Commission")
 *   3. negated       — drop "did not meet", "has not been charged"
 *   4. overlap       — one trigger per stretch of text, in document order. Filters come first so
 *                      a rejected long reading cannot hide a good short one
 *   5. status        — happened / planned / hypothetical from the modal before the trigger; before
 *                      the date, because only happened events may take the sentence's frame date
 *   6. date          — the governing timex (direct, then frame); may turn a future event planned.
 *                      Needs the final trigger list, since triggers block each other's dates
 *   7. location      — the place after "in"/"at"; before participants, which must exclude it
 *   8. participants  — the actors of the clause, list after a colon included
 *   9. role-anaphora — "the envoys" stands for the people the report gave that role; after
 *                      participants (it adds after the named ones), before inheriting (an
 *                      event it fills needs no neighbour's actors)
 *  10. inherit-participants — an event whose clause names no actor takes those of its
 *                      sentence, else of the previous one; after participants (it fills only
 *                      what they left empty)
 *  11. definite-anaphor — "the meeting" right after a dated meeting is that meeting: its
 *                      participants join it and it is dropped; after participants and
 *                      inheriting (it moves their result), before delegation (a composition
 *                      sentence whose only event was the anaphor then adds its people too)
 *  12. delegation    — "The Ukrainian delegation was led by …": the people of a side join the
 *                      meeting the sentences before told; after inheriting, which must not
 *                      mistake the members for a whole cast
 *  13. claim         — the claim covering the trigger
 *  14. merge         — one event per clause and type, once every field is known
 *  15. summary       — last: it reads the final fields
 */
import type { EventMention } from '../../model/annotations.js';
import { defineStage, type Stage } from '../pipeline.js';
import type { EventCandidate } from './candidate.js';
import { claim } from './refiners/claim.js';
import { date } from './refiners/date.js';
import { definiteAnaphor } from './refiners/definite-anaphor.js';
import { delegation } from './refiners/delegation.js';
import { inheritParticipants } from './refiners/inherit-participants.js';
import { insideName } from './refiners/inside-name.js';
import { location } from './refiners/location.js';
import { merge } from './refiners/merge.js';
import { negated } from './refiners/negated.js';
import { overlap } from './refiners/overlap.js';
import { participants } from './refiners/participants.js';
import { proseOnly } from './refiners/prose-only.js';
import { roleAnaphora } from './refiners/role-anaphora.js';
import { status } from './refiners/status.js';
import { summary } from './refiners/summary.js';
import { agreementTrigger } from './triggers/agreement.js';
import { appointmentTrigger } from './triggers/appointment.js';
import { arrestTrigger } from './triggers/arrest.js';
import { attackTrigger } from './triggers/attack.js';
import { callTrigger } from './triggers/call.js';
import { decreeTrigger } from './triggers/decree.js';
import { electionTrigger } from './triggers/election.js';
import { foundingTrigger } from './triggers/founding.js';
import { legislationTrigger } from './triggers/legislation.js';
import { meetingTrigger } from './triggers/meeting.js';
import { ordinalAnaphorTrigger } from './triggers/ordinal-anaphor.js';
import { publicationTrigger } from './triggers/publication.js';
import { raidTrigger } from './triggers/raid.js';
import { resignationTrigger } from './triggers/resignation.js';
import { statementTrigger } from './triggers/statement.js';
import { visitTrigger } from './triggers/visit.js';

export const EVENT_TRIGGERS = [
  meetingTrigger, callTrigger, visitTrigger, statementTrigger, publicationTrigger, agreementTrigger,
  legislationTrigger, decreeTrigger, raidTrigger, arrestTrigger, resignationTrigger, appointmentTrigger,
  foundingTrigger, electionTrigger, attackTrigger, ordinalAnaphorTrigger,
] as const;

export const EVENT_REFINERS = [proseOnly, insideName, negated, overlap, status, date, location, participants, roleAnaphora, inheritParticipants, definiteAnaphor, delegation, claim, merge, summary] as const;

export const eventsStage: Stage = defineStage<EventCandidate>({
  name: 'events',
  extractors: EVENT_TRIGGERS,
  refiners: EVENT_REFINERS,
  commit(doc, results) {
    doc.layers.events = results.map((c, i): EventMention => ({
      id: `v${i + 1}`,
      start: c.start, end: c.end, rule: c.rule,
      confidence: c.dateBy === 'frame' || c.dateBy === 'relative' ? Math.min(c.confidence, 0.6) : c.confidence,
      type: c.type, date: c.date, timex: c.timex, participants: c.participants, parties: c.parties, location: c.location,
      status: c.status, claim: c.claim, summary: c.summary,
    }));
  },
});
