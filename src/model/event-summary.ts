/**
 * The one-line plain summary of an event: "Meeting between Marco Rubio and Andriy Yermak in
 * Geneva on 2025-11-24.", "Planned visit by Emmanuel Macron to Paris in 2025-12.",
 * "Resignation of Andriy Yermak on 2025-11-28.", "Possible election." The preposition says how
 * the named actors take part (those who meet or call are "between" or "with", those who act are
 * "by", those it happens to are "of"); a day takes "on", a longer period "in". The events stage
 * writes a report's lines with it; the knowledge base writes an event's line over every report
 * that tells it, in the actors' resolved names.
 */
import type { EventStatus, EventType } from './annotations.js';

const LABEL: Record<EventType, string> = {
  meeting: 'meeting', call: 'call', visit: 'visit', statement: 'statement', publication: 'publication',
  agreement: 'agreement', legislation: 'legislative act', decree: 'decree', raid: 'search', arrest: 'arrest',
  resignation: 'resignation', appointment: 'appointment', founding: 'founding', election: 'election',
  attack: 'attack', other: 'event',
};

/** Who an event of each type is "of" (it happens to them) rather than "by" (they do it). */
const OF_TYPES: ReadonlySet<EventType> = new Set(['resignation', 'arrest', 'raid', 'appointment', 'election', 'other']);
/** Types whose actors face each other: "between" two or more, "with" one. */
const MUTUAL_TYPES: ReadonlySet<EventType> = new Set(['meeting', 'call', 'agreement']);

function preposition(type: EventType, count: number): string {
  if (MUTUAL_TYPES.has(type)) return count > 1 ? 'between' : 'with';
  return OF_TYPES.has(type) ? 'of' : 'by';
}

/** "on 2025-11-24", "on 2025-11-24TEV", "in 2025-11", "in 2025-W48", "from A to B". */
function when(date: string): string {
  if (date.includes('/')) return `from ${date.replace('/', ' to ')}`;
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? `on ${date}` : `in ${date}`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} others`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** Place names written with "the": "in the Kremlin", "to the United States". */
const WITH_THE_RE = /^(?:United\s|European\s|Kremlin$|White House$|Pentagon$|Élysée|Elysee|Vatican$|Hague$|Capitol$|Bundestag$|Netherlands$|Philippines$|Czech Republic$|Gaza Strip$|West Bank$|Donbas$|Crimean Peninsula$|Black Sea$|Baltic Sea$|Balkans$|Middle East$|Caucasus$)/u;

function placeName(name: string): string {
  return WITH_THE_RE.test(name) ? `the ${name}` : name;
}

/** The summary line of an event from its fields, names already looked up. */
export function summarise(e: { type: EventType; status: EventStatus; participants: readonly string[]; location: string | null | undefined; date: string | null }): string {
  const label = LABEL[e.type];
  let s = e.status === 'planned' ? `Planned ${label}` : e.status === 'hypothetical' ? `Possible ${label}` : label[0]!.toUpperCase() + label.slice(1);
  const who = listNames(e.participants);
  if (who) s += ` ${preposition(e.type, e.participants.length)} ${who}`;
  if (e.location) s += ` ${e.type === 'visit' ? 'to' : 'in'} ${placeName(e.location)}`;
  if (e.date) s += ` ${when(e.date)}`;
  return `${s}.`;
}

