/**
 * Claims explorer: every quote and claim across the loaded reports in one table, a filter per
 * column, sortable headers (buttons, with aria-sort), the cue words highlighted (bold and
 * underlined, not colour alone), and a link to the passage in the reader.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadAll, loadedReports, useCorpus } from '../corpus.js';
import { href, type Route } from '../router.js';
import { CLAIM_COLUMNS, claimRows, filterClaims, snippet, sortClaims, type ClaimColumn, type ClaimFilters, type SortSpec } from '../../views/claims.js';
import { CLAIM_CSV_COLUMNS, fileName, toCslJson, toCsv, toJson } from '../../views/exports.js';
import { ExportBar } from '../components/export.js';

const HEADERS: Record<ClaimColumn, string> = {
  text: 'Passage', speaker: 'Speaker', source: 'Source', modality: 'Modality', outlet: 'Outlet', published: 'Date', footnotes: 'Footnote',
};
const MODALITIES = ['quote', 'reported', 'hedged', 'speculative', 'asserted'] as const;
const PAGE = 200;

export function ClaimsView({ route }: { route: Route }) {
  const corpus = useCorpus();
  useEffect(() => { void loadAll(); }, []);
  const [filters, setFilters] = useState<ClaimFilters>(() => {
    const f: ClaimFilters = {};
    for (const c of CLAIM_COLUMNS) { const v = route.query.get(c); if (v) f[c] = v; }
    return f;
  });
  const [sort, setSort] = useState<SortSpec>({ column: 'published', dir: 'desc' });
  const [limit, setLimit] = useState(PAGE);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const reports = useMemo(() => loadedReports(corpus), [corpus.version]);
  const all = useMemo(() => claimRows(reports), [reports]);
  const rows = useMemo(() => sortClaims(filterClaims(all, filters), sort), [all, filters, sort]);
  const byId = useMemo(() => new Map(reports.map((r) => [r.id, r])), [reports]);
  const textOf = (id: string) => byId.get(id)?.text ?? '';
  // Exports take the picked rows when any are picked, else every row the filters keep.
  const chosen = picked.size > 0 ? rows.filter((r) => picked.has(r.key)) : rows;
  const exportLabel = picked.size > 0 ? `Export ${chosen.length} selected` : `Export ${rows.length} shown`;
  const toggle = (key: string, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(key); else next.delete(key);
    setPicked(next);
  };

  const setFilter = (c: ClaimColumn, v: string) => { setFilters({ ...filters, [c]: v }); setLimit(PAGE); };
  const toggleSort = (c: ClaimColumn) => setSort(sort.column === c ? { column: c, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { column: c, dir: 'asc' });

  return (
    <section aria-labelledby="claims-h">
      <h1 id="claims-h">Claims and quotes</h1>
      <div class="toolbar">
        <span aria-live="polite" data-testid="claims-count">{rows.length} of {all.length} shown</span>
        {corpus.allStatus === 'loading' && <span aria-busy="true">loading reports…</span>}
        <button type="button" class="btn small" onClick={() => setFilters({})}>Clear filters</button>
        {picked.size > 0 && <button type="button" class="btn small" onClick={() => setPicked(new Set())}>Clear selection ({picked.size})</button>}
        <ExportBar label={exportLabel} items={[
          { label: 'CSV', file: fileName('parley-claims', 'csv'), type: 'text/csv', build: () => toCsv(chosen, CLAIM_CSV_COLUMNS) },
          { label: 'JSON', file: fileName('parley-claims', 'json'), type: 'application/json', build: () => toJson(chosen) },
          { label: 'CSL-JSON', file: fileName('parley-claims-citations', 'json'), type: 'application/vnd.citationstyles.csl+json', build: () => toCslJson(chosen, byId) },
        ]} />
      </div>
      <div class="table-wrap">
        <table class="grid claims" data-testid="claims-table">
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
                  aria-label="Select every row shown"
                  checked={rows.length > 0 && rows.every((r) => picked.has(r.key))}
                  onChange={(e) => setPicked(e.currentTarget.checked ? new Set(rows.map((r) => r.key)) : new Set())}
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
                    <input type="search" aria-label={`Filter ${HEADERS[c]}`} value={filters[c] ?? ''} onInput={(e) => setFilter(c, e.currentTarget.value)} data-filter={c} />
                  )}
                </td>
              ))}
              <td />
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => (
              <tr key={r.key} data-kind={r.kind} class={picked.has(r.key) ? 'picked' : undefined}>
                <td>
                  <input type="checkbox" aria-label={`Select this ${r.kind}`} checked={picked.has(r.key)} onChange={(e) => toggle(r.key, e.currentTarget.checked)} data-row={r.key} />
                </td>
                <td class="passage">
                  <span class="badge">{r.kind}</span>{' '}
                  {snippet(textOf(r.reportId), r.span, r.cue).map((p, i) => (p.cue ? <mark key={i} class="cue">{p.text}</mark> : <span key={i}>{p.text}</span>))}
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
      {rows.length > limit && <button type="button" class="btn" onClick={() => setLimit(limit + PAGE)}>Show {Math.min(PAGE, rows.length - limit)} more</button>}
      {all.length === 0 && corpus.allStatus === 'ready' && <p>No quotes or claims in the loaded reports yet.</p>}
    </section>
  );
}
