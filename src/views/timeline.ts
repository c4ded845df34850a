/**
 * Timeline rows: events from reports (until issue 6's `/api/timeline` exists, from the `events`
 * of each stored report), filtered and sorted precision-aware, plus the layout of the axis
 * (which lane each span goes in). Pure.
 */
import { compareSpans, dayMs, overlaps, timexSpan, type DateSpan } from './dates.js';
import { entityIndex, spanText, type ReportData, type Span } from './extraction.js';

export interface TimelineEvent {
  readonly key: string;
  readonly reportId: string;
  readonly eventId: string;
  /** Position in the report's `events` array (the reader's anchor `event-<index>`). */
  readonly index: number;
  readonly type: string;
  readonly status: string;
  readonly date: string | null;
  readonly span: DateSpan | null;
  readonly participants: readonly { readonly id: string; readonly name: string; readonly type?: string | undefined }[];
  readonly location: string | null;
  readonly summary: string;
  readonly trigger: Span;
  readonly triggerText: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly title: string;
  readonly corroboration?: number | undefined;
  readonly contradicted?: boolean | undefined;
  /** Merged events (GET /api/timeline): every report that tells it, and the versions that disagree. */
  readonly mentions?: readonly EventMentionRef[] | undefined;
  readonly versions?: readonly { readonly field: string; readonly value: string | null; readonly reports: readonly string[] }[] | undefined;
}

export interface EventMentionRef {
  readonly reportId: string;
  readonly eventId: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string | null;
  readonly date: string | null;
}

export function timelineEvents(reports: readonly ReportData[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const r of reports) {
    const ents = entityIndex(r);
    r.events.forEach((e, index) => {
      out.push({
        key: `${r.id}/${e.id}`,
        reportId: r.id,
        eventId: e.id,
        index,
        type: e.type,
        status: e.status,
        date: e.date,
        span: timexSpan(e.date),
        participants: e.participants.map((id) => ({ id, name: ents.get(id)?.name ?? id })),
        location: e.location ? ents.get(e.location)?.name ?? e.location : null,
        summary: e.summary,
        trigger: e.trigger,
        triggerText: spanText(r, e.trigger),
        outlet: r.publisher ?? '',
        published: r.published,
        title: r.title ?? r.id,
        corroboration: e.corroboration,
        contradicted: e.contradicted,
      });
    });
  }
  return out;
}

export interface TimelineFilters {
  /** Substring of a participant's (or the location's) name, accent- and case-insensitive. */
  readonly actor?: string | undefined;
  /** Event types to keep; empty or absent keeps all. */
  readonly types?: ReadonlySet<string> | undefined;
  readonly outlet?: string | undefined;
  /** YYYY-MM-DD bounds: keep events whose span overlaps [from, to]. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** YYYY-MM-DD: keep only events told by reports published on or before it (undated reports are kept out). */
  readonly asOf?: string | undefined;
  /** Keep undated events (they have no place on the axis but stay in the list). */
  readonly undated?: boolean | undefined;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export function filterEvents(events: readonly TimelineEvent[], f: TimelineFilters): TimelineEvent[] {
  const actor = f.actor?.trim() ? fold(f.actor.trim()) : null;
  const outlet = f.outlet?.trim() ? fold(f.outlet.trim()) : null;
  const from = dayMs(f.from ?? null);
  const toDay = dayMs(f.to ?? null);
  const to = toDay === null ? null : toDay + 86_400_000;
  const asOf = dayMs(f.asOf ?? null);
  const window = { start: from ?? -Infinity, end: to ?? Infinity };
  return events.filter((e) => {
    if (f.types && f.types.size > 0 && !f.types.has(e.type)) return false;
    if (actor && !e.participants.some((p) => fold(p.name).includes(actor)) && !(e.location && fold(e.location).includes(actor))) return false;
    if (outlet && !fold(e.outlet).includes(outlet)) return false;
    if (asOf !== null) {
      const pub = dayMs(e.published);
      if (pub === null || pub > asOf) return false;
    }
    if (!e.span) return f.undated !== false && from === null && to === null;
    return overlaps(e.span, window);
  });
}

/** Dated events first in precision-aware order (see `compareSpans`), then undated ones by report date. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return events.slice().sort((a, b) => {
    if (a.span && b.span) return compareSpans(a.span, b.span) || cmp(a.key, b.key);
    if (a.span) return -1;
    if (b.span) return 1;
    return cmp(a.published ?? '', b.published ?? '') || cmp(a.key, b.key);
  });
}

/** The range of published dates, for the "as of" slider. */
export function publishedRange(events: readonly { readonly published: string | null }[]): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    const d = dayMs(e.published);
    if (d === null) continue;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return min <= max ? { min, max } : null;
}

/** The span covering every dated event, or null. */
export function extent(events: readonly TimelineEvent[]): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  for (const e of events) {
    if (!e.span) continue;
    if (e.span.start < start) start = e.span.start;
    if (e.span.end > end) end = e.span.end;
  }
  return start < end ? { start, end } : null;
}

export interface Placed {
  readonly event: TimelineEvent;
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
}

/**
 * Lay the dated events visible in [from, to) out on a `width`-pixel axis: each gets x0..x1
 * (at least `minWidth` wide, so a day still shows) and the first lane where it does not touch
 * the previous item. Greedy interval packing, O(n · lanes); events outside the window are skipped.
 */
export function layoutLanes(events: readonly TimelineEvent[], from: number, to: number, width: number, minWidth = 6, gap = 2): { placed: Placed[]; lanes: number } {
  const scale = width / Math.max(1, to - from);
  const visible = events
    .filter((e) => e.span && e.span.end > from && e.span.start < to)
    .map((e) => {
      const s = e.span as DateSpan;
      const x0 = (s.start - from) * scale;
      return { event: e, x0, x1: Math.max(x0 + minWidth, (s.end - from) * scale) };
    })
    .sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const laneEnds: number[] = [];
  const placed: Placed[] = [];
  for (const v of visible) {
    let lane = laneEnds.findIndex((end) => end + gap <= v.x0);
    if (lane < 0) { lane = laneEnds.length; laneEnds.push(v.x1); } else laneEnds[lane] = v.x1;
    placed.push({ ...v, lane });
  }
  return { placed, lanes: laneEnds.length };
}

/**
 * The opening window of the axis: the shortest stretch holding `share` of the dated events
 * (by their middles), padded by a tenth on each side, so a few outliers years away do not
 * squeeze the busy weeks into a sliver. "Fit all" shows `extent` instead.
 */
export function denseWindow(events: readonly TimelineEvent[], share = 0.8, minMs = 14 * 86_400_000): { start: number; end: number } | null {
  const mids = events.flatMap((e) => (e.span ? [(e.span.start + e.span.end) / 2] : [])).sort((a, b) => a - b);
  if (mids.length === 0) return null;
  const take = Math.max(1, Math.ceil(mids.length * share));
  let best = { start: mids[0] ?? 0, end: mids[take - 1] ?? 0 };
  for (let i = 0; i + take - 1 < mids.length; i++) {
    const s = mids[i] ?? 0;
    const e = mids[i + take - 1] ?? 0;
    if (e - s < best.end - best.start) best = { start: s, end: e };
  }
  const width = Math.max(best.end - best.start, minMs);
  const centre = (best.start + best.end) / 2;
  return { start: centre - width * 0.6, end: centre + width * 0.6 };
}

/** The placed event under a point of the axis (x in axis pixels, lane from y), or null. */
export function eventAt(placed: readonly Placed[], x: number, lane: number, slop = 2): Placed | null {
  let best: Placed | null = null;
  for (const p of placed) {
    if (p.lane !== lane || x < p.x0 - slop || x > p.x1 + slop) continue;
    // Prefer the narrowest (a day inside a month's span is the one meant).
    if (!best || p.x1 - p.x0 < best.x1 - best.x0) best = p;
  }
  return best;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const named = (v: unknown): { id: string; name: string; type?: string | undefined } | null =>
  isObj(v) && typeof v['name'] === 'string' ? { id: str(v['id']), name: v['name'], ...(typeof v['type'] === 'string' ? { type: v['type'] } : {}) } : null;

/** One `GET /api/events` row (`{reportId, reportTitle, published, id, type, date, status, participants: [{id, name}], location: {id, name} | null, trigger, summary}`) as a timeline row; null when it has no report or event id. */
export function eventRowToTimeline(row: unknown, outlets: ReadonlyMap<string, string>): TimelineEvent | null {
  if (!isObj(row)) return null;
  const reportId = str(row['reportId']);
  const eventId = str(row['id']);
  if (!reportId || !eventId) return null;
  const date = strOrNull(row['date']);
  const trig = isObj(row['trigger']) ? row['trigger'] : {};
  return {
    key: `${reportId}/${eventId}`,
    reportId,
    eventId,
    // The row does not say where the event sits in its report's array: the reader finds it by id.
    index: -1,
    type: str(row['type']) || 'other',
    status: str(row['status']) || 'happened',
    date,
    span: timexSpan(date),
    participants: (Array.isArray(row['participants']) ? row['participants'] : []).map(named).filter((p): p is { id: string; name: string; type?: string | undefined } => p !== null),
    location: named(row['location'])?.name ?? null,
    summary: str(row['summary']),
    trigger: { start: typeof trig['start'] === 'number' ? trig['start'] : 0, end: typeof trig['end'] === 'number' ? trig['end'] : 0 },
    triggerText: '',
    outlet: outlets.get(reportId) ?? '',
    published: strOrNull(row['published']),
    title: str(row['reportTitle']) || reportId,
    corroboration: typeof row['corroboration'] === 'number' ? row['corroboration'] : undefined,
    contradicted: typeof row['contradicted'] === 'boolean' ? row['contradicted'] : undefined,
  };
}

/** The reader's anchor for an event: by position when known, else by id (`eventid-v3`). */
export function eventAnchor(e: Pick<TimelineEvent, 'index' | 'eventId'>): string {
  return e.index >= 0 ? `event-${e.index}` : `eventid-${e.eventId}`;
}

/**
 * One merged event of `GET /api/timeline` (`{id, type, date, participants: [{id, name, type}],
 * location, corroboration, publishers, contradicted, versions, mentions: [{report: {id, title,
 * publisher, published}, event, date, passage}], summary}`) as a timeline row. It opens on its
 * earliest mention; `published` is the earliest report date (when it was first known).
 */
export function timelineViewToEvent(raw: unknown): TimelineEvent | null {
  if (!isObj(raw)) return null;
  const id = str(raw['id']);
  const mentions: EventMentionRef[] = (Array.isArray(raw['mentions']) ? raw['mentions'] : []).flatMap((m) => {
    if (!isObj(m) || !isObj(m['report'])) return [];
    const rep = m['report'];
    const reportId = str(rep['id']);
    const eventId = str(m['event']);
    if (!reportId || !eventId) return [];
    return [{ reportId, eventId, title: str(rep['title']) || reportId, publisher: str(rep['publisher']), published: strOrNull(rep['published']), date: strOrNull(m['date']) }];
  }).sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999'));
  const first = mentions[0];
  if (!id || !first) return null;
  const date = strOrNull(raw['date']);
  const publishers = Array.isArray(raw['publishers']) ? raw['publishers'].filter((p): p is string => typeof p === 'string') : [];
  const passage = (Array.isArray(raw['mentions']) ? raw['mentions'] : []).find((m) => isObj(m) && isObj(m['report']) && m['report']['id'] === first.reportId && m['event'] === first.eventId);
  const span = isObj(passage) && isObj(passage['passage']) ? passage['passage'] : {};
  return {
    key: `kb/${id}`,
    reportId: first.reportId,
    eventId: first.eventId,
    index: -1,
    type: str(raw['type']) || 'other',
    status: str(raw['status']) || 'happened',
    date,
    span: timexSpan(date),
    participants: (Array.isArray(raw['participants']) ? raw['participants'] : []).map(named).filter((p): p is { id: string; name: string; type?: string | undefined } => p !== null),
    location: named(raw['location'])?.name ?? null,
    summary: str(raw['summary']),
    trigger: { start: typeof span['start'] === 'number' ? span['start'] : 0, end: typeof span['end'] === 'number' ? span['end'] : 0 },
    triggerText: '',
    outlet: publishers.length ? publishers.join(', ') : first.publisher,
    published: first.published,
    title: first.title,
    corroboration: typeof raw['corroboration'] === 'number' ? raw['corroboration'] : undefined,
    contradicted: typeof raw['contradicted'] === 'boolean' ? raw['contradicted'] : undefined,
    mentions,
    versions: (Array.isArray(raw['versions']) ? raw['versions'] : []).flatMap((v) => (isObj(v) ? [{
      field: str(v['field']),
      value: strOrNull(v['value']),
      reports: (Array.isArray(v['reports']) ? v['reports'] : []).flatMap((r) => (isObj(r) ? [str(r['publisher']) || str(r['title']) || str(r['id'])] : [])),
    }] : [])),
  };
}
