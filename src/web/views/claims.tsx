/**
 * Claims explorer: every quote and claim, a page of 100 rows at a time from `GET /api/claims`,
 * which filters, sorts and counts on the server. A filter per column, sortable headers (buttons,
 * with aria-sort), the cue words highlighted (bold and underlined, not colour alone), a link to
 * the passage in the reader. Filters, sort and page live in the address (`#/claims?speaker=…&sort=outlet&dir=asc&page=2`),
 * so a view is a link. Exports take the picked rows, else every row the filters keep (all pages).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getJson, unwrapList } from '../api.js';
import { useCorpus } from '../corpus.js';
import { href, type Route } from '../router.js';
import {
  CLAIM_COLUMNS, claimQuery, isDayPrefix, normaliseClaimRow, rowReports, rowSnippet, type ClaimColumn, type ClaimFilters, type ClaimRow, type SortSpec,
} from '../../views/claims.js';
import { CLAIM_CSV_COLUMNS, fileName, toCslJson, toCsv, toJson } from '../../views/exports.js';
import { ExportBar } from '../components/export.js';

const HEADERS: Record<ClaimColumn, string> = {
  text: 'Passage', speaker: 'Speaker', source: 'Source', modality: 'Modality', outlet: 'Outlet', published: 'Date', footnotes: 'Footnote',
};
const MODALITIES = ['quote', 'reported', 'hedged', 'speculative', 'asserted'] as const;
const PAGE = 100;
/** The API's largest page, for exports. */
const EXPORT_PAGE = 200;
const DEFAULT_SORT: SortSpec = { column: 'published', dir: 'desc' };
const TYPING_DELAY_MS = 250;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Page {
  readonly rows: readonly ClaimRow[];
  readonly total: number;
  /** The offset these rows start at (the count shows what is on screen, not what is asked for). */
  readonly offset: number;
}

async function fetchPage(filters: ClaimFilters, sort: SortSpec, offset: number, limit: number, signal?: AbortSignal): Promise<Page> {
  const body = await getJson(`/api/claims?${claimQuery(filters, sort, offset, limit).toString()}`, signal);
  const rows = unwrapList(body, 'items').map(normaliseClaimRow).filter((r): r is ClaimRow => r !== null);
  const total = isObj(body) && typeof body['total'] === 'number' ? body['total'] : rows.length;
  return { rows, total, offset };
}

/** Every row the filters keep, page by page (exports). */
async function fetchAll(filters: ClaimFilters, sort: SortSpec): Promise<ClaimRow[]> {
  const out: ClaimRow[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const { rows, total } = await fetchPage(filters, sort, offset, EXPORT_PAGE);
    out.push(...rows);
    if (rows.length < EXPORT_PAGE || out.length >= total) return out;
  }
}

function fromRoute(route: Route): { filters: ClaimFilters; sort: SortSpec; page: number } {
  const filters: ClaimFilters = {};
  for (const c of CLAIM_COLUMNS) { const v = route.query.get(c); if (v) filters[c] = v; }
  const column = CLAIM_COLUMNS.find((c) => c === route.query.get('sort'));
  const sort: SortSpec = column ? { column, dir: route.query.get('dir') === 'desc' ? 'desc' : 'asc' } : DEFAULT_SORT;
  const page = Math.max(1, Math.floor(Number(route.query.get('page'))) || 1);
  return { filters, sort, page };
}

export function ClaimsView({ route }: { route: Route }) {
  const corpus = useCorpus();
  const initial = useMemo(() => fromRoute(route), []);
  const [filters, setFilters] = useState<ClaimFilters>(initial.filters);
  const [sort, setSort] = useState<SortSpec>(initial.sort);
  const [pageNo, setPageNo] = useState(initial.page);
  const [data, setData] = useState<Page | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<ReadonlyMap<string, ClaimRow>>(new Map());
  // A link to #/claims?… followed while the view is open (our own address updates fire no hashchange).
  const routeKey = route.query.toString();
  const seenRoute = useRef(routeKey);
  useEffect(() => {
    if (seenRoute.current === routeKey) return;
    seenRoute.current = routeKey;
    const next = fromRoute(route);
    setFilters(next.filters);
    setSort(next.sort);
    setPageNo(next.page);
  }, [routeKey]);
  const offset = (pageNo - 1) * PAGE;
  const query = claimQuery(filters, sort, offset, PAGE).toString();
  // A new report (an upload) changes the list.
  const listSize = corpus.summaries.length;

  // Keep the address in step (replaceState: no history entry per keystroke, no hashchange).
  useEffect(() => {
    const h = href(['claims'], {
      ...Object.fromEntries(CLAIM_COLUMNS.map((c) => [c, filters[c]?.trim() || undefined])),
      ...(sort.column !== DEFAULT_SORT.column || sort.dir !== DEFAULT_SORT.dir ? { sort: sort.column, dir: sort.dir } : {}),
      page: pageNo > 1 ? String(pageNo) : undefined,
    });
    if (location.hash !== h) history.replaceState(history.state, '', h);
  }, [filters, sort, pageNo]);

  useEffect(() => {
    const ctl = new AbortController();
    setStatus('loading');
    // Typing in a filter waits for a pause; paging and sorting go at once (the timer is short).
    const timer = setTimeout(() => {
      fetchPage(filters, sort, offset, PAGE, ctl.signal).then(
        (p) => {
          setData(p);
          setStatus('ready');
          setError(null);
          // Past the end (filters narrowed the list): go to the last page.
          if (p.rows.length === 0 && p.total > 0 && offset >= p.total) setPageNo(Math.max(1, Math.ceil(p.total / PAGE)));
        },
        (err: unknown) => {
          if (ctl.signal.aborted) return;
          setStatus('error');
          setError(err instanceof Error ? err.message : String(err));
        },
      );
    }, TYPING_DELAY_MS);
    return () => { clearTimeout(timer); ctl.abort(); };
  }, [query, listSize]);

  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  const shownFrom = data?.offset ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const exportRows = async (): Promise<ClaimRow[]> => (picked.size > 0 ? [...picked.values()] : fetchAll(filters, sort));
  const exportLabel = picked.size > 0 ? `Export ${picked.size} selected` : `Export all ${total} matching`;
  const toggle = (row: ClaimRow, on: boolean) => {
    const next = new Map(picked);
    if (on) next.set(row.key, row); else next.delete(row.key);
    setPicked(next);
  };
  const setFilter = (c: ClaimColumn, v: string) => { setFilters({ ...filters, [c]: v }); setPageNo(1); };
  const toggleSort = (c: ClaimColumn) => { setSort(sort.column === c ? { column: c, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { column: c, dir: 'asc' }); setPageNo(1); };
  const badDate = !!filters.published?.trim() && !isDayPrefix(filters.published.trim());
  const allPicked = rows.length > 0 && rows.every((r) => picked.has(r.key));

  return (
    <section aria-labelledby="claims-h">
      <h1 id="claims-h">Claims and quotes</h1>
      <div class="toolbar">
        <span aria-live="polite" data-testid="claims-count">
          {total === 0 ? '0 shown' : `${shownFrom + 1}–${shownFrom + rows.length} of ${total} shown`}
        </span>
        {status === 'loading' && <span aria-busy="true" class="muted">loading…</span>}
        <button type="button" class="btn small" onClick={() => { setFilters({}); setPageNo(1); }}>Clear filters</button>
        {picked.size > 0 && <button type="button" class="btn small" onClick={() => setPicked(new Map())}>Clear selection ({picked.size})</button>}
        <ExportBar label={exportLabel} items={[
          { label: 'CSV', file: fileName('parley-claims', 'csv'), type: 'text/csv', build: async () => toCsv(await exportRows(), CLAIM_CSV_COLUMNS) },
          { label: 'JSON', file: fileName('parley-claims', 'json'), type: 'application/json', build: async () => toJson(await exportRows()) },
          { label: 'CSL-JSON', file: fileName('parley-claims-citations', 'json'), type: 'application/vnd.citationstyles.csl+json', build: async () => { const r = await exportRows(); return toCslJson(r, rowReports(r)); } },
        ]} />
      </div>
      {error && <p role="alert" class="error">Could not load the claims: {error}</p>}
      <div class="table-wrap">
        <table class="grid claims" data-testid="claims-table" aria-busy={status === 'loading'}>
          <thead>
            <tr>
              <th scope="col"><span class="visually-hidden">Select</span></th>
              {CLAIM_COLUMNS.map((c) => (
                <th key={c} scope="col" aria-sort={sort.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" class="sort" onClick={() => toggleSort(c)} data-sort={c}>
                    {HEADERS[c]} <span aria-hidden="true">{sort.column === c ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              ))}
              <th scope="col">Link</th>
            </tr>
            <tr class="filters">
              <td>
                <input
                  type="checkbox"
                  aria-label="Select every row on this page"
                  checked={allPicked}
                  onChange={(e) => {
                    const next = new Map(picked);
                    for (const r of rows) { if (e.currentTarget.checked) next.set(r.key, r); else next.delete(r.key); }
                    setPicked(next);
                  }}
                  data-testid="select-all"
                />
              </td>
              {CLAIM_COLUMNS.map((c) => (
                <td key={c}>
                  {c === 'modality' ? (
                    <select aria-label={`Filter ${HEADERS[c]}`} value={filters[c] ?? ''} onChange={(e) => setFilter(c, e.currentTarget.value)} data-filter={c}>
                      <option value="">all</option>
                      {MODALITIES.map((m) => <option key={m} value={m}>{m}</option>)}
                    </select>
                  ) : (
                    <input
                      type="search"
                      aria-label={`Filter ${HEADERS[c]}${c === 'published' ? ' (YYYY, YYYY-MM or YYYY-MM-DD)' : c === 'footnotes' ? ' (marker)' : ''}`}
                      value={filters[c] ?? ''}
                      onInput={(e) => setFilter(c, e.currentTarget.value)}
                      data-filter={c}
                      {...(c === 'published' ? { placeholder: 'YYYY-MM', 'aria-invalid': badDate } : {})}
                    />
                  )}
                </td>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-kind={r.kind} class={picked.has(r.key) ? 'picked' : undefined}>
                <td>
                  <input type="checkbox" aria-label={`Select this ${r.kind}`} checked={picked.has(r.key)} onChange={(e) => toggle(r, e.currentTarget.checked)} data-row={r.key} />
                </td>
                <td class="passage">
                  <span class="badge">{r.kind}</span>{' '}
                  {rowSnippet(r).map((p, i) => (p.cue ? <mark key={i} class="cue">{p.text}</mark> : <span key={i}>{p.text}</span>))}
                </td>
                <td>{r.speaker || '—'}</td>
                <td>{r.source || '—'}</td>
                <td><span class={`modality m-${r.modality}`}>{r.modality}</span></td>
                <td>{r.outlet || '—'}</td>
                <td class="nowrap">{r.published || '—'}</td>
                <td>{r.footnotes.length ? r.footnotes.map((f) => `[${f}]`).join(' ') : '—'}</td>
                <td><a href={href(['reports', r.reportId], { at: `${r.kind}-${r.index}` })} aria-label={`Open passage in ${r.title}`}>open</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {badDate && <p class="muted" role="status">The date filter takes the start of a day: 2025, 2025-11 or 2025-11-30.</p>}
      {pages > 1 && (
        <nav class="pager toolbar" aria-label="Pages of claims">
          <button type="button" class="btn small" disabled={pageNo <= 1} onClick={() => setPageNo(pageNo - 1)} data-testid="claims-prev">Previous {PAGE}</button>
          <span data-testid="claims-page">Page {pageNo} of {pages}</span>
          <button type="button" class="btn small" disabled={pageNo >= pages} onClick={() => setPageNo(pageNo + 1)} data-testid="claims-next">Next {PAGE}</button>
        </nav>
      )}
      {total === 0 && status === 'ready' && <p>{Object.values(filters).some((v) => v?.trim()) ? 'No quotes or claims match these filters.' : 'No quotes or claims stored yet.'}</p>}
    </section>
  );
}
