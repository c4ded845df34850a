/**
 * The events stage's last refiner: each event's one-line summary (model/event-summary.ts), in
 * the report's canonical entity names.
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { summarise } from '../../../model/event-summary.js';

export const summary: Refiner<EventCandidate> = {
  name: 'events/summary',
  refine(doc, cs) {
    const names = new Map(doc.layers.entities.map((e) => [e.id, e.name]));
    return cs.map((c) => ({
      ...c,
      summary: summarise({ type: c.type, status: c.status, participants: c.participants.map((id) => names.get(id) ?? id), location: c.location ? names.get(c.location) : null, date: c.date }),
    }));
  },
};
