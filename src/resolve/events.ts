/**
 * Events across reports. A newly told event joins a known one when it is the same kind of
 * happening with overlapping participants at a compatible date, or when it is told in the
 * same sentence (a re-publication). Its corroboration is the number of independent
 * publishers that tell it (a re-publication by the same outlet is not a second source); when
 * reports disagree on the date or the place, every version is kept with its reports and the
 * event is flagged `contradicted`.
 */
import type { EventStatus, EventType } from '../model/annotations.js';
import { summarise } from '../model/event-summary.js';
import { timexRange, type DayRange } from '../model/timex-range.js';
import { foldName } from './names.js';

/** Dates this many days apart can still be the same event told with a different date (a contradiction). */
export const CONTRADICTION_WINDOW_DAYS = 7;
/** An undated mention looks this far back from its report's publication for the event it tells of. */
export const UNDATED_LOOKBACK_DAYS = 31;

export interface EventMentionInput {
  report: string;
  publisher: string | null;
  published: string | null;
  event: string;
  type: EventType;
  /** As the report tells it: happened, planned or hypothetical. */
  status: EventStatus;
  date: string | null;
  participants: readonly string[];
  location: string | null;
  sentence: string;
  /** The trigger's span in its report: the passage a reader jumps to. */
  trigger: { start: number; end: number };
  summary: string;
}

export interface KbEventMention extends EventMentionInput {
  range: DayRange | null;
  sentenceKey: string;
  /** The publisher folded (or the report id when unknown): what counts as one source. */
  publisherKey: string;
}

export interface KbEvent {
  id: string;
  type: EventType;
  mentions: KbEventMention[];
  /** Union of the participants and of the dated mentions' days: quick filters before a full view. */
  participants: Set<string>;
  range: DayRange | null;
  /** Distinct dates (value → days) and locations the mentions give. */
  dates: Map<string, DayRange>;
  locations: Set<string>;
}

/** One version of a field the reports disagree on: a date value, a place (actor id), or a cast (actor ids, comma-separated). */
export interface EventVersion { field: 'date' | 'location' | 'participants'; value: string | null; reports: string[] }

/** What the event view needs to know about actors: which place lies in which, who is a person, and merges. */
export interface ActorFacts extends PlaceRelation {
  isPerson(id: string): boolean;
  canonical(id: string): string;
  /** The actor's name, for the event's summary line. */
  name(id: string): string;
}

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

/** Whether two place actors can name the event's one place (the same, or one within the other). */
export interface PlaceRelation {
  compatible(a: string, b: string): boolean;
  within(inner: string, outer: string): boolean;
}

const SAME_PLACE_ONLY: PlaceRelation = { compatible: (a, b) => a === b, within: () => false };
const NO_FACTS: ActorFacts = { ...SAME_PLACE_ONLY, isPerson: () => false, canonical: (id) => id, name: (id) => id };

export class EventIndex {
  readonly events = new Map<string, KbEvent>();
  readonly places: PlaceRelation;

  constructor(places: PlaceRelation = SAME_PLACE_ONLY) {
    this.places = places;
  }

  #bySentence = new Map<string, string>();
  #byParticipant = new Map<string, Set<string>>();
  /** participant|type|week → events: candidates for a new mention are the events of its weeks ± the window. */
  #buckets = new Map<string, Set<string>>();
  #next = 1;

  add(input: EventMentionInput): { event: string; created: boolean } {
    const mention: KbEventMention = {
      ...input, range: timexRange(input.date), sentenceKey: sentenceKey(input.sentence),
      publisherKey: input.publisher ? foldName(input.publisher) : `report:${input.report}`,
    };
    const target = this.#match(mention);
    let ev: KbEvent;
    if (target) {
      ev = target;
    } else {
      ev = { id: `ev${this.#next++}`, type: input.type, mentions: [], participants: new Set(), range: null, dates: new Map(), locations: new Set() };
      this.events.set(ev.id, ev);
    }
    this.#attach(ev, mention);
    // An event told undated by earlier reports ("by then Yermak had resigned") is this one when
    // those reports came out within the lookback after this date.
    if (!target && mention.range) this.#absorbUndated(ev, mention);
    return { event: ev.id, created: !target };
  }

  /** The id an event id now stands for (an undated event absorbed later redirects to its dated one). */
  canonical(id: string): string {
    let cur = id;
    for (let i = 0; i < 100 && this.#redirects.has(cur); i++) cur = this.#redirects.get(cur)!;
    return cur;
  }

  #redirects = new Map<string, string>();

  #attach(ev: KbEvent, mention: KbEventMention): void {
    ev.mentions.push(mention);
    if (mention.range) {
      ev.range = ev.range ? union(ev.range, mention.range) : mention.range;
      ev.dates.set(mention.date!, mention.range);
    }
    if (mention.location !== null) ev.locations.add(mention.location);
    if (mention.sentenceKey.length > 20) this.#bySentence.set(`${ev.type}:${mention.sentenceKey}`, ev.id);
    for (const p of mention.participants) {
      ev.participants.add(p);
      addTo(this.#byParticipant, p, ev.id);
      for (const w of weeks(mention.range, 0)) addTo(this.#buckets, `${p}|${ev.type}|${w}`, ev.id);
    }
  }

  #absorbUndated(ev: KbEvent, mention: KbEventMention): void {
    const range = mention.range!;
    const until = new Date(Date.parse(`${range.end}T00:00:00Z`) + UNDATED_LOOKBACK_DAYS * DAY).toISOString().slice(0, 10);
    const seen = new Set<string>();
    for (const p of mention.participants) {
      for (const id of this.#buckets.get(`${p}|${ev.type}|-`) ?? EMPTY) {
        if (seen.has(id) || id === ev.id) continue;
        seen.add(id);
        const other = this.events.get(this.canonical(id));
        if (!other || other.id === ev.id || other.range !== null) continue;
        const shared = [...other.participants].filter((x) => ev.participants.has(x)).length;
        if (shared < undatedQuorum(other.participants.size, ev.participants.size)) continue;
        if (!other.mentions.every((m) => m.published !== null && m.published >= range.start && m.published <= until)) continue;
        for (const m of other.mentions) this.#attach(ev, m);
        this.events.delete(other.id);
        this.#redirects.set(other.id, ev.id);
      }
    }
  }

  /** Ids of the events an actor takes part in. */
  eventsOf(actor: string): Set<string> {
    const out = new Set<string>();
    for (const id of this.#byParticipant.get(actor) ?? EMPTY) out.add(this.canonical(id));
    return out;
  }

  #match(m: KbEventMention): KbEvent | null {
    // The same sentence in another report (a re-published passage) tells the same event; two
    // events of one kind in one sentence of one report ("the call took place on October 14, four
    // days before Putin spoke to Trump by phone") are two.
    const same = this.#bySentence.get(`${m.type}:${m.sentenceKey}`);
    const sameEvent = same !== undefined ? this.events.get(this.canonical(same)) : undefined;
    if (sameEvent && !sameEvent.mentions.some((x) => x.report === m.report)) return sameEvent;
    const candidates = new Set<string>();
    const around = weeks(m.range, CONTRADICTION_WINDOW_DAYS);
    for (const p of m.participants) {
      for (const w of around) for (const id of this.#buckets.get(`${p}|${m.type}|${w}`) ?? EMPTY) candidates.add(id);
    }
    // An undated mention ("Yermak had led the delegation in Geneva") is the latest matching
    // event of the month before the report was published — never an older one, however it was
    // found (an event another undated telling joined is in the undated bucket too).
    const since = !m.range && m.published ? new Date(Date.parse(`${m.published}T00:00:00Z`) - UNDATED_LOOKBACK_DAYS * DAY).toISOString().slice(0, 10) : null;
    if (since !== null && m.published) {
      for (const p of m.participants) {
        for (const id of this.#byParticipant.get(p) ?? EMPTY) {
          const ev = this.events.get(this.canonical(id));
          if (ev?.range && ev.range.end >= since && ev.range.start <= m.published) candidates.add(ev.id);
        }
      }
    }
    let best: { ev: KbEvent; score: number } | null = null;
    for (const id of candidates) {
      const ev = this.events.get(this.canonical(id));
      if (!ev) continue;
      if (since !== null && ev.range && ev.range.end < since) continue;
      const theirs = ev.participants;
      const shared = m.participants.filter((p) => theirs.has(p)).length;
      const overlap = shared / Math.min(m.participants.length, theirs.size);
      if (ev.type !== m.type || shared === 0 || (overlap < 0.5 && shared < 2)) continue;
      // With no date to go by, the cast must agree more: two shared when both name two or more.
      if ((!m.range || !ev.range) && shared < undatedQuorum(m.participants.length, theirs.size)) continue;
      const ranges = [...ev.dates.values()];
      const otherPlace = m.location !== null && ev.locations.size > 0 && ![...ev.locations].some((l) => this.places.compatible(l, m.location!));
      let dateScore: number;
      if (!m.range || ranges.length === 0) dateScore = ev.range ? 0.5 + dayNumber(ev.range.end) / 1e7 : 0.5; // undated: the latest wins
      else {
        const gap = Math.min(...ranges.map((r) => gapDays(r, m.range!)));
        if (gap > CONTRADICTION_WINDOW_DAYS) continue;
        // A different date is a contradiction only for much the same cast (two shared at least,
        // Jaccard ≥ 0.6) at no other place; otherwise it is another event.
        const jaccardCast = shared / (m.participants.length + theirs.size - shared);
        if (gap > 0 && (shared < 2 || jaccardCast < 0.6 || otherPlace)) continue;
        // One report that dates two of them differently ("spoke by phone on March 18 … spoke
        // again on March 19") tells two events, not a contradiction.
        if (gap > 0 && ev.mentions.some((x) => x.report === m.report && x.range !== null)) continue;
        dateScore = gap === 0 ? 1 : 0.3;
      }
      if (otherPlace && dateScore < 1) continue;
      const score = overlap + dateScore - (otherPlace ? 0.5 : 0);
      if (!best || score > best.score) best = { ev, score };
    }
    return best?.ev ?? null;
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** Participants an undated telling must share with an event: 2 when both sides name two or more, else 1. */
function undatedQuorum(a: number, b: number): number {
  return Math.min(2, a, b);
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(id);
}

/** Week numbers a range covers, widened by `pad` days on each side (at most a year's worth); '-' when undated. */
function weeks(range: DayRange | null, pad: number): (number | '-')[] {
  if (!range) return ['-'];
  const from = Math.floor((dayNumber(range.start) - pad) / 7);
  const to = Math.min(Math.floor((dayNumber(range.end) + pad) / 7), from + 60);
  const out: number[] = [];
  for (let w = from; w <= to; w++) out.push(w);
  return out;
}

function union(a: DayRange, b: DayRange): DayRange {
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/**
 * The event as the reports published up to `asOf` (inclusive) tell it, or null when none of them
 * does. Places that contain one another are one place told more or less precisely (the most
 * precise is shown); others are versions that contradict.
 */
export function viewEvent(ev: KbEvent, asOf?: string, places: ActorFacts = NO_FACTS): EventView | null {
  const mentions = asOf ? ev.mentions.filter((m) => m.published !== null && m.published <= asOf) : ev.mentions;
  if (mentions.length === 0) return null;
  const publishers = [...new Set(mentions.map((m) => m.publisherKey))];
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
  const locations = [...new Set(mentions.map((m) => m.location).filter((l): l is string => l !== null))];
  const placeConflict = locations.some((a, i) => locations.slice(i + 1).some((b) => !places.compatible(a, b)));
  const casts = castVersions(mentions, places);
  const contradicted = dateConflict || placeConflict || casts.length > 0;
  // The most precise place: one no other place told lies within.
  const location = locations.find((l) => !locations.some((o) => o !== l && places.within(o, l))) ?? locations[0] ?? null;
  const date = pickDate(mentions);
  const participants = [...new Set(mentions.flatMap((m) => m.participants))];
  return {
    id: ev.id, type: ev.type, date, range: timexRange(date), participants,
    location,
    corroboration: publishers.length,
    publishers,
    contradicted,
    versions: [...versions.filter((v) => versions.filter((w) => w.field === v.field).length > 1 && (v.field === 'date' || placeConflict)), ...casts],
    mentions,
    // One line over what the reports agree on, in the actors' resolved names: happened when any
    // report tells it as happened, else planned when any plans it.
    summary: summarise({
      type: ev.type,
      status: mentions.some((m) => m.status === 'happened') ? 'happened' : mentions.some((m) => m.status === 'planned') ? 'planned' : 'hypothetical',
      participants: [...new Set(participants.map((p) => places.canonical(p)))].map((p) => places.name(p)),
      location: location !== null ? places.name(location) : null,
      date,
    }),
  };
}

/**
 * Who took part, where independent publishers disagree: two tellings that each name at least
 * two people, and each a person the other leaves out ("Putin met Witkoff and Kushner" against
 * "Putin met Witkoff and Rubio"). A telling that names fewer people than another is a partial
 * cast, not a disagreement. Each distinct cast is a version with its reports; none when they agree.
 */
function castVersions(mentions: readonly KbEventMention[], facts: ActorFacts): EventVersion[] {
  const casts = mentions.map((m) => ({
    m, people: [...new Set(m.participants.filter((p) => facts.isPerson(p)).map((p) => facts.canonical(p)))].sort(),
  })).filter((c) => c.people.length >= 2);
  let conflict = false;
  for (let i = 0; i < casts.length && !conflict; i++) {
    for (let j = i + 1; j < casts.length; j++) {
      const a = casts[i]!;
      const b = casts[j]!;
      if (a.m.publisherKey === b.m.publisherKey) continue;
      if (a.people.some((p) => !b.people.includes(p)) && b.people.some((p) => !a.people.includes(p))) { conflict = true; break; }
    }
  }
  if (!conflict) return [];
  const byCast = new Map<string, string[]>();
  for (const c of casts) {
    const key = c.people.join(',');
    const list = byCast.get(key) ?? [];
    if (!list.includes(c.m.report)) list.push(c.m.report);
    byCast.set(key, list);
  }
  // A cast inside another (a partial telling) is no version of its own.
  const keys = [...byCast.keys()].map((k) => k.split(','));
  return [...byCast].filter(([key]) => {
    const people = key.split(',');
    return !keys.some((other) => other.length > people.length && people.every((p) => other.includes(p)));
  }).map(([value, reports]) => ({ field: 'participants' as const, value, reports }));
}

/** The date most independent publishers give; ties go to the most precise (shortest range). */
function pickDate(mentions: readonly KbEventMention[]): string | null {
  const votes = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.date === null || m.range === null) continue;
    const set = votes.get(m.date) ?? new Set<string>();
    set.add(m.publisherKey);
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
