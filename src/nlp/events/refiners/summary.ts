/**
 * A one-line plain summary from the event's fields: "Meeting of Marco Rubio and Andriy Yermak
 * in Geneva on 2025-11-24.", "Planned visit of Emmanuel Macron in Paris on 2025-12-01.",
 * "Possible election." Names are the entities' canonical names.
 */
import type { EventType } from '../../../model/annotations.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';

const LABEL: Record<EventType, string> = {
  meeting: 'meeting', call: 'call', visit: 'visit', statement: 'statement', publication: 'publication',
  agreement: 'agreement', legislation: 'legislative act', decree: 'decree', raid: 'search', arrest: 'arrest',
  resignation: 'resignation', appointment: 'appointment', founding: 'founding', election: 'election',
  attack: 'attack', other: 'event',
};

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} others`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

export const summary: Refiner<EventCandidate> = {
  name: 'events/summary',
  refine(doc, cs) {
    const names = new Map(doc.layers.entities.map((e) => [e.id, e.name]));
    return cs.map((c) => {
      const label = LABEL[c.type];
      const head = c.status === 'planned' ? `Planned ${label}` : c.status === 'hypothetical' ? `Possible ${label}` : label[0]!.toUpperCase() + label.slice(1);
      const who = listNames(c.participants.map((id) => names.get(id) ?? id));
      const where = c.location ? names.get(c.location) : undefined;
      let s = head;
      if (who) s += ` of ${who}`;
      if (where) s += ` in ${where}`;
      if (c.date) s += c.date.includes('/') ? ` from ${c.date.replace('/', ' to ')}` : ` on ${c.date}`;
      return { ...c, summary: `${s}.` };
    });
  },
};
