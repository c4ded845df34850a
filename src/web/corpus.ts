/**
 * The client-side record: the list of stored reports and the extractions loaded so far, shared
 * by every view. Cross-report views (claims, timeline, actors) call `loadAll()`, which fetches
 * each report once (four at a time) and caches it. A new upload is added with `addReport`, so
 * every view updates without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { getReport, listReports } from './api.js';
import type { ReportData, ReportSummary } from '../views/extraction.js';

export interface CorpusState {
  readonly summaries: readonly ReportSummary[];
  readonly reports: ReadonlyMap<string, ReportData>;
  readonly listStatus: 'idle' | 'loading' | 'ready' | 'error';
  readonly allStatus: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: string | null;
  /** Bumped on every change, so views can memoise on it. */
  readonly version: number;
}

let state: CorpusState = { summaries: [], reports: new Map(), listStatus: 'idle', allStatus: 'idle', error: null, version: 0 };
const listeners = new Set<() => void>();

function set(patch: Partial<CorpusState>): void {
  state = { ...state, ...patch, version: state.version + 1 };
  for (const l of listeners) l();
}

export function getCorpus(): CorpusState {
  return state;
}

export function useCorpus(): CorpusState {
  const [, force] = useState(0);
  useEffect(() => {
    const l = () => force((n) => n + 1);
    listeners.add(l);
    return () => { listeners.delete(l); };
  }, []);
  return state;
}

let listPromise: Promise<void> | null = null;

export function loadList(force = false): Promise<void> {
  if (listPromise && !force) return listPromise;
  set({ listStatus: 'loading' });
  listPromise = listReports().then(
    (summaries) => set({ summaries, listStatus: 'ready', error: null }),
    (err: unknown) => { listPromise = null; set({ listStatus: 'error', error: err instanceof Error ? err.message : String(err) }); },
  );
  return listPromise;
}

const pending = new Map<string, Promise<ReportData>>();

export function loadReport(id: string): Promise<ReportData> {
  const have = state.reports.get(id);
  if (have) return Promise.resolve(have);
  let p = pending.get(id);
  if (!p) {
    p = getReport(id).then((r) => {
      pending.delete(id);
      const reports = new Map(state.reports);
      reports.set(id, r);
      set({ reports });
      return r;
    }, (err: unknown) => { pending.delete(id); throw err; });
    pending.set(id, p);
  }
  return p;
}

let allPromise: Promise<void> | null = null;

export function loadAll(): Promise<void> {
  if (allPromise) return allPromise;
  set({ allStatus: 'loading' });
  allPromise = (async () => {
    await loadList();
    const ids = state.summaries.map((s) => s.id).filter((id) => !state.reports.has(id));
    // Reports arrive in batches (one state change per 25 reports or at the end), so views that
    // derive rows from every report do not recompute once per report.
    let batch: ReportData[] = [];
    const flush = () => {
      if (batch.length === 0) return;
      const reports = new Map(state.reports);
      for (const r of batch) reports.set(r.id, r);
      batch = [];
      set({ reports });
    };
    let next = 0;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++];
        if (id === undefined || state.reports.has(id)) continue;
        try {
          batch.push(await getReport(id));
        } catch {
          // one unreadable report does not stop the others
        }
        if (batch.length >= 25) flush();
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    flush();
    set({ allStatus: 'ready' });
  })().catch((err: unknown) => {
    allPromise = null;
    set({ allStatus: 'error', error: err instanceof Error ? err.message : String(err) });
  });
  return allPromise;
}

/** Add (or replace) a report the client just uploaded: every view sees it at once. */
export function addReport(r: ReportData): void {
  const reports = new Map(state.reports);
  reports.set(r.id, r);
  const summaries = state.summaries.some((s) => s.id === r.id)
    ? state.summaries
    : [...state.summaries, { id: r.id, title: r.title, published: r.published, publisher: r.publisher, url: r.url, source: r.source }];
  set({ reports, summaries });
}

/** Every loaded report, in list order. */
export function loadedReports(s: CorpusState): ReportData[] {
  const out: ReportData[] = [];
  const seen = new Set<string>();
  for (const sum of s.summaries) {
    const r = s.reports.get(sum.id);
    if (r) { out.push(r); seen.add(r.id); }
  }
  for (const r of s.reports.values()) if (!seen.has(r.id)) out.push(r);
  return out;
}
