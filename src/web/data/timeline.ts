/**
 * Where the timeline's events come from. Today: the `events` of every stored report's
 * extraction, turned into rows by `timelineEvents` (src/views/timeline.ts). When issue 6's
 * `GET /api/timeline` lands (events merged across reports, with corroboration and
 * contradictions), only this module changes: fetch it, map each item to a `TimelineEvent`
 * (the optional `corroboration` / `contradicted` fields are already shown when present).
 */
import { useEffect, useMemo } from 'preact/hooks';
import { loadAll, loadedReports, useCorpus } from '../corpus.js';
import { timelineEvents, type TimelineEvent } from '../../views/timeline.js';

export interface TimelineData {
  readonly events: readonly TimelineEvent[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly source: 'reports' | 'api';
}

export function useTimelineData(): TimelineData {
  const corpus = useCorpus();
  useEffect(() => { void loadAll(); }, []);
  const events = useMemo(() => timelineEvents(loadedReports(corpus)), [corpus.version]);
  return { events, status: corpus.allStatus, source: 'reports' };
}
