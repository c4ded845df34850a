/**
 * Events across reports. A newly told event joins a known one when it is the same kind of
 * happening with overlapping participants at a compatible date, or when it is told in the
 * same sentence (a re-publication). Its corroboration is the number of independent
 * publishers that tell it (a re-publication by the same outlet is not a second source); when
 * reports disagree on the date or the place, every version is kept with its reports and the
 * event is flagged `contradicted`.
 */
import type { EventType } from '../model/annotations.js';
import { timexRange, type DayRange } from '../store/timex-range.js';
import { foldName } from './names.js';

/** Dates this many days apart can still be the same event told with a different date (a contradiction). */
export const CONTRADICTION_WINDOW_DAYS = 7;

export interface EventMentionInput {
  report: string;
  publisher: string | null;
  published: string | null;
  event: string;
  type: EventType;
  date: string | null;
  participants: readonly string[];
  location: string | null;
  sentence: string;
  summary: string;
}

export interface KbEventMention extends EventMentionInput {
  range: DayRange | null;
  sentenceKey: string;
}

export interface KbEvent {
  id: string;
  type: EventType;
  mentions: KbEventMention[];
}

export interface EventVersion { field: 'date' | 'location'; value: string | null; reports: string[] }

export interface EventView {
  id: string;
  type: EventType;
  /** The date most publishers give (ties: the most precise). */
  date: string | null;
  range: DayRange | null;
  participants: string[];
  location: string | null;
  corroboration: number;
  publishers: string[];
  contradicted: boolean;
  versions: EventVersion[];
  mentions: KbEventMention[];
  summary: string;
}

const DAY = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY;
}

function gapDays(a: DayRange, b: DayRange): number {
  if (a.end < b.start) return dayNumber(b.start) - dayNumber(a.end);
  if (b.end < a.start) return dayNumber(a.start) - dayNumber(b.end);
  return 0;
}

export function sentenceKey(sentence: string): string {
  return foldName(sentence).replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();
}

export class EventIndex {
  readonly events = new Map<string, KbEvent>();
  #bySentence = new Map<string, string>();
  #byParticipant = new Map<string, Set<string>>();
  #next = 1;

  add(input: EventMentionInput): { event: string; created: boolean } {
    const mention: KbEventMention = { ...input, range: timexRange(input.date), sentenceKey: sentenceKey(input.sentence) };
    const target = this.#match(mention);
    let ev: KbEvent;
    if (target) {
      ev = target;
    } else {
      ev = { id: `ev${this.#next++}`, type: input.type, mentions: [] };
      this.events.set(ev.id, ev);
    }
    ev.mentions.push(mention);
    if (mention.sentenceKey.length > 20) this.#bySentence.set(`${ev.type}:${mention.sentenceKey}`, ev.id);
    for (const p of mention.participants) {
      let set = this.#byParticipant.get(p);
      if (!set) this.#byParticipant.set(p, (set = new Set()));
      set.add(ev.id);
    }
    return { event: ev.id, created: !target };
  }

  #match(m: KbEventMention): KbEvent | null {
    const same = this.#bySentence.get(`${m.type}:${m.sentenceKey}`);
    if (same && this.events.has(same)) return this.events.get(same)!;
    const candidates = new Set<string>();
    for (const p of m.participants) for (const id of this.#byParticipant.get(p) ?? []) candidates.add(id);
    let best: { ev: KbEvent; score: number } | null = null;
    for (const id of candidates) {
      const ev = this.events.get(id)!;
      if (ev.type !== m.type) continue;
      const theirs = new Set(ev.mentions.flatMap((x) => x.participants));
      const shared = m.participants.filter((p) => theirs.has(p)).length;
      const overlap = shared / Math.min(m.participants.length, theirs.size);
      if (shared === 0 || (overlap < 0.5 && shared < 2)) continue;
      const ranges = ev.mentions.map((x) => x.range).filter((r): r is DayRange => r !== null);
      const locations = new Set(ev.mentions.map((x) => x.location).filter((l): l is string => l !== null));
      const otherPlace = m.location !== null && locations.size > 0 && !locations.has(m.location);
      let dateScore: number;
      if (!m.range || ranges.length === 0) dateScore = 0.5;
      else {
        const gap = Math.min(...ranges.map((r) => gapDays(r, m.range!)));
        if (gap > CONTRADICTION_WINDOW_DAYS) continue;
        // A different date is a contradiction only for the very same cast at the very same place;
        // otherwise it is another event.
        const sameCast = shared === m.participants.length && shared === theirs.size;
        if (gap > 0 && (!sameCast || otherPlace)) continue;
        dateScore = gap === 0 ? 1 : 0.3;
      }
      if (otherPlace && dateScore < 1) continue;
      const score = overlap + dateScore - (otherPlace ? 0.5 : 0);
      if (!best || score > best.score) best = { ev, score };
    }
    return best?.ev ?? null;
  }
}

/** The event as the reports published up to `asOf` (inclusive) tell it, or null when none of them does. */
export function viewEvent(ev: KbEvent, asOf?: string): EventView | null {
  const mentions = asOf ? ev.mentions.filter((m) => m.published !== null && m.published <= asOf) : ev.mentions;
  if (mentions.length === 0) return null;
  const publishers = [...new Set(mentions.map((m) => (m.publisher ? foldName(m.publisher) : `report:${m.report}`)))];
  const versions: EventVersion[] = [];
  for (const field of ['date', 'location'] as const) {
    const byValue = new Map<string, string[]>();
    for (const m of mentions) {
      const v = m[field];
      if (v === null) continue;
      const list = byValue.get(v) ?? [];
      list.push(m.report);
      byValue.set(v, list);
    }
    for (const [value, reports] of byValue) versions.push({ field, value, reports });
  }
  const dated = mentions.filter((m) => m.range !== null);
  let dateConflict = false;
  for (let i = 0; i < dated.length && !dateConflict; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      if (gapDays(dated[i]!.range!, dated[j]!.range!) > 0) { dateConflict = true; break; }
    }
  }
  const locations = new Set(mentions.map((m) => m.location).filter((l): l is string => l !== null));
  const contradicted = dateConflict || locations.size > 1;
  const date = pickDate(mentions);
  const participants = [...new Set(mentions.flatMap((m) => m.participants))];
  return {
    id: ev.id, type: ev.type, date, range: timexRange(date), participants,
    location: [...locations][0] ?? null,
    corroboration: publishers.length,
    publishers,
    contradicted,
    versions: versions.filter((v) => versions.filter((w) => w.field === v.field).length > 1),
    mentions,
    summary: mentions[0]!.summary,
  };
}

/** The date most independent publishers give; ties go to the most precise (shortest range). */
function pickDate(mentions: readonly KbEventMention[]): string | null {
  const votes = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.date === null || m.range === null) continue;
    const set = votes.get(m.date) ?? new Set<string>();
    set.add(m.publisher ? foldName(m.publisher) : m.report);
    votes.set(m.date, set);
  }
  let best: string | null = null;
  let bestVotes = -1;
  let bestLen = Infinity;
  for (const [date, pubs] of votes) {
    const r = timexRange(date)!;
    const len = dayNumber(r.end) - dayNumber(r.start);
    if (pubs.size > bestVotes || (pubs.size === bestVotes && len < bestLen)) {
      best = date; bestVotes = pubs.size; bestLen = len;
    }
  }
  return best;
}
