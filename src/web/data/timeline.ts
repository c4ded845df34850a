/**
 * Where the timeline's events come from, behind one hook so the views do not care:
 *
 * 0. `GET /api/timeline?asOf=` (issue 6): one event per happening, merged across reports, with
 *    corroboration (independent publishers), contradictions and every report that tells it;
 *    `asOf` is asked of the server, so the counts are those known that day.
 * 1. `GET /api/events` (paged, calendar order; one row per event per report) when the server
 *    has it: the timeline then does not need every report's full text. Outlets come from the
 *    report list. Rows go through `eventRowToTimeline` (src/views/timeline.ts), which accepts missing fields.
 * 2. Otherwise (a 404: an older server), the `events` of every stored report's extraction.
 *
 * Each source is tried once and remembered: a 404 moves on to the next.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, getJson, unwrapList } from '../api.js';
import { loadAll, loadedReports, useCorpus } from '../corpus.js';
import { eventRowToTimeline, timelineEvents, timelineViewToEvent, type TimelineEvent } from '../../views/timeline.js';

export interface TimelineData {
  readonly events: readonly TimelineEvent[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly source: 'timeline' | 'api' | 'reports';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

async function fetchEventRows(): Promise<unknown[]> {
  const rows: unknown[] = [];
  const limit = 200;
  for (let offset = 0, page = 0; page < 500; page++) {
    const body = await getJson(`/api/events?limit=${limit}&offset=${offset}`);
    const items = unwrapList(body, 'events');
    rows.push(...items);
    offset += items.length;
    const total = isObj(body) ? body['total'] : undefined;
    if (items.length < limit || (typeof total === 'number' && offset >= total)) break;
  }
  return rows;
}

let timelineRoute: 'unknown' | 'yes' | 'no' = 'unknown';

async function fetchTimeline(asOf: string | undefined): Promise<TimelineEvent[]> {
  const body = await getJson(`/api/timeline?limit=5000${asOf ? `&asOf=${encodeURIComponent(asOf)}` : ''}`);
  return unwrapList(body, 'events').map(timelineViewToEvent).filter((e): e is TimelineEvent => e !== null);
}

/** The timeline's events; `asOf` (YYYY-MM-DD) is passed to the server when it has /api/timeline. */
export function useTimelineData(asOf?: string): TimelineData {
  const corpus = useCorpus();
  const [merged, setMerged] = useState<TimelineEvent[] | null>(null);
  const [rows, setRows] = useState<unknown[] | 'unavailable' | 'error' | null>(null);
  // Re-read when the report list changes (an upload adds one) or the as-of day moves.
  const listSize = corpus.summaries.length;
  useEffect(() => {
    let live = true;
    const fallback = () => fetchEventRows().then(
      (r) => { if (live) setRows(r); },
      (err: unknown) => {
        if (!live) return;
        if (err instanceof ApiError && err.status === 404) { setRows('unavailable'); void loadAll(); } else setRows('error');
      },
    );
    if (timelineRoute === 'no') { void fallback(); return () => { live = false; }; }
    const timer = setTimeout(() => {
      fetchTimeline(asOf).then(
        (events) => { timelineRoute = 'yes'; if (live) setMerged(events); },
        (err: unknown) => {
          if (!live) return;
          if (err instanceof ApiError && err.status === 404) { timelineRoute = 'no'; void fallback(); } else setRows('error');
        },
      );
    }, merged ? 150 : 0);
    return () => { live = false; clearTimeout(timer); };
  }, [listSize, asOf]);
  const outlets = useMemo(() => new Map(corpus.summaries.map((s) => [s.id, s.publisher ?? ''])), [corpus.summaries]);
  const fromApi = useMemo(
    () => (Array.isArray(rows) ? rows.map((r) => eventRowToTimeline(r, outlets)).filter((e): e is TimelineEvent => e !== null) : null),
    [rows, outlets],
  );
  const fromReports = useMemo(() => (rows === 'unavailable' ? timelineEvents(loadedReports(corpus)) : []), [rows, corpus.version]);
  if (merged) return { events: merged, status: 'ready', source: 'timeline' };
  if (fromApi) return { events: fromApi, status: 'ready', source: 'api' };
  if (rows === 'unavailable') return { events: fromReports, status: corpus.allStatus, source: 'reports' };
  return { events: [], status: rows === 'error' ? 'error' : 'loading', source: 'api' };
}
