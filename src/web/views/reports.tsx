/**
 * Reports: the list of stored reports and the reader for one of them.
 *
 * The reader shows the report's text exactly as stored, cut into runs (src/views/segments.ts),
 * each run a text node inside one element per covering annotation. Kinds differ by underline
 * style and by the label in the legend and the card, never by colour alone. Nothing from the
 * report is ever parsed as HTML.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import { loadReport, useCorpus } from '../corpus.js';
import { href, type Route } from '../router.js';
import { ANNOTATION_KINDS, firstRuns, reportMarks, segment, type AnnotationKind, type Mark, type MarkKind } from '../../views/segments.js';
import { safeHttpUrl, spanText, type ReportData } from '../../views/extraction.js';
import { formatSpan, timexSpan } from '../../views/dates.js';
import { fold } from '../../views/actors.js';
import { plural } from '../../views/text.js';
import { ExportBar } from '../components/export.js';
import { fileName, toJson } from '../../views/exports.js';

export const KIND_LABEL: Record<MarkKind, string> = {
  entity: 'Actor',
  timex: 'Date',
  event: 'Event',
  quote: 'Quote',
  claim: 'Claim',
  marker: 'Footnote',
  heading: 'Heading',
  warning: 'Warning',
};

const COUNTED: readonly (readonly [string, string])[] = [
  ['entities', 'actor'], ['events', 'event'], ['quotes', 'quote'], ['claims', 'claim'], ['citations', 'note'], ['warnings', 'warning'],
];

export function ReportsView({ route }: { route: Route }) {
  const id = route.parts[1];
  return id ? <Reader id={id} at={route.query.get('at')} /> : <ReportList />;
}

function ReportList() {
  const corpus = useCorpus();
  const [q, setQ] = useState('');
  const rows = useMemo(() => {
    const f = fold(q);
    return corpus.summaries
      .filter((s) => !f || fold(`${s.title ?? ''} ${s.publisher ?? ''} ${s.published ?? ''} ${s.source}`).includes(f))
      .slice()
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || (a.title ?? '').localeCompare(b.title ?? ''));
  }, [corpus.summaries, q]);
  return (
    <section aria-labelledby="reports-h">
      <h1 id="reports-h">Reports</h1>
      <div class="toolbar">
        <label>
          Filter <input type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} placeholder="title, outlet, date" data-testid="report-filter" />
        </label>
        <span aria-live="polite">{rows.length} of {corpus.summaries.length}</span>
      </div>
      {corpus.listStatus === 'error' && <p class="error" role="alert">Could not load reports: {corpus.error}</p>}
      {corpus.listStatus === 'ready' && corpus.summaries.length === 0 && (
        <p>No reports yet. <a href={href(['ingest'])}>Add one</a>.</p>
      )}
      <table class="grid" data-testid="report-list">
        <thead><tr><th scope="col">Published</th><th scope="col">Title</th><th scope="col">Outlet</th><th scope="col">Annotations</th></tr></thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td class="nowrap">{s.published ?? '—'}</td>
              <td><a href={href(['reports', s.id])}>{s.title ?? s.source ?? s.id}</a></td>
              <td>{s.publisher ?? '—'}</td>
              <td class="muted small">{s.counts ? COUNTED.filter(([k]) => (s.counts?.[k] ?? 0) > 0).map(([k, label]) => plural(s.counts?.[k] ?? 0, label)).join(' · ') || '—' : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Reader({ id, at }: { id: string; at: string | null }) {
  const corpus = useCorpus();
  const report = corpus.reports.get(id);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    loadReport(id).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [id]);
  if (error) return <p class="error" role="alert">Could not load report {id}: {error}</p>;
  if (!report) return <p aria-busy="true">Loading report…</p>;
  return <ReportReader report={report} at={at} />;
}

interface Active {
  readonly mark: number;
  /** The element the card belongs to (focus returns there on Escape). */
  readonly anchor: HTMLElement;
  readonly x: number;
  readonly y: number;
}

export function ReportReader({ report, at }: { report: ReportData; at: string | null }) {
  const [kinds, setKinds] = useState<ReadonlySet<AnnotationKind>>(() => new Set(ANNOTATION_KINDS));
  const [active, setActive] = useState<Active | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  // Keyboard: Enter on an annotation moves focus into its card (so its links are reachable),
  // Escape goes back; the card closes when focus goes anywhere else.
  useEffect(() => {
    if (!active) return;
    const onFocusIn = (e: FocusEvent) => {
      const t = e.target as Node | null;
      if (t && (cardRef.current?.contains(t) || active.anchor.contains(t))) return;
      if (t instanceof HTMLElement && t.closest('[data-m]')) return;
      setActive(null);
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [active]);

  const marks = useMemo(() => reportMarks(report, new Set<MarkKind>([...kinds, 'heading', 'warning'])), [report, kinds]);
  const runs = useMemo(() => segment(report.text.length, marks), [report.text.length, marks]);
  const first = useMemo(() => firstRuns(runs), [runs]);

  // `?at=claim-3` (or entity-2-0, marker-1, …): bring that annotation into view and focus it.
  useEffect(() => {
    if (!at) return;
    const byId = /^eventid-(.+)$/.exec(at);
    const byStart = /^(quote|claim)-at-(\d+)$/.exec(at);
    const anchor = byId
      ? `event-${report.events.findIndex((e) => e.id === byId[1])}`
      : byStart
        ? `${byStart[1]}-${(byStart[1] === 'quote' ? report.quotes : report.claims).findIndex((x) => x.start === Number(byStart[2]))}`
        : at;
    const el = document.getElementById(`ann-${anchor}`);
    if (el) {
      el.classList.add('target');
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [at, runs, report]);

  const show = (el: Element | null) => {
    const host = textRef.current;
    const target = el?.closest<HTMLElement>('[data-m]');
    if (!host || !target) return;
    const mark = Number(target.dataset['m']);
    const r = target.getBoundingClientRect();
    const h = host.getBoundingClientRect();
    setActive({ mark, anchor: target, x: Math.max(0, r.left - h.left), y: r.bottom - h.top + 6 });
  };

  const children: ComponentChild[] = runs.map((run, ri) => {
    let node: ComponentChild = report.text.slice(run.start, run.end);
    for (let k = run.marks.length - 1; k >= 0; k--) {
      const mi = run.marks[k] ?? 0;
      const m = marks[mi];
      if (!m) continue;
      if (m.kind === 'heading') { node = <span class="heading">{node}</span>; continue; }
      const isFirst = first.get(mi) === ri;
      const anchor = m.kind === 'entity' ? `${m.kind}-${m.index}-${m.mention ?? 0}` : `${m.kind}-${m.index}`;
      node = (
        <span
          class={`ann ann-${m.kind}`}
          data-m={mi}
          data-kind={m.kind}
          {...(isFirst ? { id: `ann-${anchor}`, tabIndex: 0, role: 'button', 'aria-label': `${KIND_LABEL[m.kind]}: ${spanText(report, m).slice(0, 80)}` } : {})}
          onFocus={isFirst ? (e) => show(e.currentTarget) : undefined}
          onKeyDown={isFirst ? (e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              e.stopPropagation();
              show(e.currentTarget);
              setTimeout(() => cardRef.current?.focus(), 0);
            }
          } : undefined}
        >{node}</span>
      );
    }
    return node;
  });

  const counts: Record<AnnotationKind, number> = {
    entity: report.entities.length, timex: report.timexes.length, event: report.events.length,
    quote: report.quotes.length, claim: report.claims.length, marker: report.markers.length,
  };
  const url = safeHttpUrl(report.url);
  const activeMark = active ? marks[active.mark] : undefined;

  return (
    <article class="reader" aria-labelledby="reader-h" data-testid="reader">
      <p><a href={href(['reports'])}>← All reports</a></p>
      <h1 id="reader-h">{report.title ?? report.source ?? report.id}</h1>
      <p class="meta">
        {report.publisher ?? 'Unknown outlet'} · {report.published ?? 'undated'}
        {report.authors.length > 0 && <> · {report.authors.join(', ')}</>}
        {report.url && <> · {url ? <a href={url} rel="noopener noreferrer nofollow" target="_blank">{report.url}</a> : <span class="unsafe-url">{report.url}</span>}</>}
      </p>
      <ExportBar items={[{ label: 'JSON', file: fileName(report.title ?? report.id, 'json'), type: 'application/json', build: () => toJson(report) }]} />
      <fieldset class="legend">
        <legend>Annotations (tab through them; hover or focus one for details)</legend>
        {ANNOTATION_KINDS.map((k) => (
          <label key={k} class="legend-item">
            <input
              type="checkbox"
              checked={kinds.has(k)}
              data-kind-toggle={k}
              onChange={(e) => {
                const next = new Set(kinds);
                if (e.currentTarget.checked) next.add(k); else next.delete(k);
                setKinds(next);
              }}
            />
            <span class={`ann ann-${k} sample`}>{KIND_LABEL[k]}</span> <span class="n">({counts[k]})</span>
          </label>
        ))}
      </fieldset>
      <div class="reader-body">
        <div
          class="text"
          ref={textRef}
          data-testid="report-text"
          onMouseOver={(e) => show(e.target as Element)}
          onMouseLeave={() => { if (!textRef.current?.contains(document.activeElement)) setActive(null); }}
          onKeyDown={(e) => { if (e.key === 'Escape') setActive(null); }}
        >
          {children}
          {active && activeMark && (
            <div
              class="card"
              role="dialog"
              aria-label="Annotation details"
              id="ann-card"
              tabIndex={-1}
              ref={cardRef}
              data-testid="ann-card"
              onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); const a = active.anchor; setActive(null); a.focus(); } }}
              style={{ left: `${Math.min(active.x, 520)}px`, top: `${active.y}px` }}>
              <AnnotationCard report={report} mark={activeMark} />
            </div>
          )}
        </div>
      </div>
      <Notes report={report} />
      <Warnings report={report} />
    </article>
  );
}

function Row({ k, children }: { k: string; children: ComponentChild }) {
  return <><dt>{k}</dt><dd>{children}</dd></>;
}

function conf(c: number): string {
  return `${Math.round(c * 100)}%`;
}

function entityName(report: ReportData, id: string | null): ComponentChild {
  if (!id) return '—';
  const e = report.entities.find((x) => x.id === id);
  return e ? <a href={href(['actors', fold(e.name)])}>{e.name}</a> : id;
}

export function AnnotationCard({ report, mark }: { report: ReportData; mark: Mark }) {
  const label = KIND_LABEL[mark.kind];
  let rows: ComponentChild = null;
  switch (mark.kind) {
    case 'entity': {
      const e = report.entities[mark.index];
      const m = e?.mentions[mark.mention ?? 0];
      if (!e) break;
      rows = <>
        <Row k="Actor">{entityName(report, e.id)}</Row>
        <Row k="Type">{e.type}</Row>
        {e.aliases.length > 0 && <Row k="Aliases">{e.aliases.join(', ')}</Row>}
        {e.roles.length > 0 && <Row k="Roles">{e.roles.join('; ')}</Row>}
        {m && <Row k="Rule">{m.rule}</Row>}
        {m && <Row k="Confidence">{conf(m.confidence)}</Row>}
      </>;
      break;
    }
    case 'timex': {
      const t = report.timexes[mark.index];
      if (!t) break;
      const span = timexSpan(t.value);
      rows = <>
        <Row k="Value">{t.value}{t.mod ? ` (${t.mod})` : ''}</Row>
        {span && <Row k="Means">{formatSpan(span)} ({span.precision})</Row>}
        <Row k="Type">{t.type}</Row>
        <Row k="Stated">{`year ${t.fields.year}, month ${t.fields.month}, day ${t.fields.day}`}</Row>
        {t.anchor && <Row k="Anchor">{t.anchor}</Row>}
        <Row k="Rule">{t.rule}</Row>
        <Row k="Confidence">{conf(t.confidence)}</Row>
      </>;
      break;
    }
    case 'event': {
      const v = report.events[mark.index];
      if (!v) break;
      const span = timexSpan(v.date);
      rows = <>
        <Row k="Type">{v.type} ({v.status})</Row>
        {v.summary && <Row k="Summary">{v.summary}</Row>}
        <Row k="Date">{v.date ? `${v.date}${span ? ` — ${formatSpan(span)}` : ''}` : 'not given'}</Row>
        {v.participants.length > 0 && <Row k="Participants">{v.participants.map((p, i) => <>{i > 0 && ', '}{entityName(report, p)}</>)}</Row>}
        {v.location && <Row k="Location">{entityName(report, v.location)}</Row>}
        <Row k="Rule">{v.rule}</Row>
        <Row k="Confidence">{conf(v.confidence)}</Row>
      </>;
      break;
    }
    case 'quote': {
      const q = report.quotes[mark.index];
      if (!q) break;
      rows = <>
        <Row k="Speaker">{entityName(report, q.speaker)}</Row>
        {q.cue && <Row k="Cue">{spanText(report, q.cue)}</Row>}
        <Row k="Rule">{q.rule}</Row>
        <Row k="Confidence">{conf(q.confidence)}</Row>
      </>;
      break;
    }
    case 'claim': {
      const c = report.claims[mark.index];
      if (!c) break;
      rows = <>
        <Row k="Modality">{c.modality}</Row>
        <Row k="Source">{c.source ? entityName(report, c.source) : c.source_span ? spanText(report, c.source_span) : '—'}</Row>
        <Row k="Speaker">{entityName(report, c.speaker)}</Row>
        {c.cue && <Row k="Cue">{spanText(report, c.cue)}</Row>}
        {c.citations.length > 0 && <Row k="Footnotes">{c.citations.join(', ')}</Row>}
        <Row k="Rule">{c.rule}</Row>
        <Row k="Confidence">{conf(c.confidence)}</Row>
      </>;
      break;
    }
    case 'marker': {
      const m = report.markers[mark.index];
      if (!m) break;
      const cites = report.citations.filter((c) => c.marker === m.marker);
      rows = <>
        <Row k="Marker">{m.marker}</Row>
        <Row k="Reference">{cites.length ? cites.map((c) => c.title ?? spanText(report, c)).join(' | ') : 'none found (dangling)'}</Row>
      </>;
      break;
    }
    case 'warning': {
      const w = report.warnings[mark.index];
      if (!w) break;
      rows = <><Row k="Code">{w.code}</Row><Row k="Message">{w.message}</Row><Row k="Rule">{w.rule}</Row></>;
      break;
    }
    case 'heading':
      break;
  }
  return (
    <>
      <p class="card-kind"><span class={`ann ann-${mark.kind} sample`}>{label}</span> “{spanText(report, mark).slice(0, 120)}”</p>
      <dl>{rows}</dl>
    </>
  );
}

function Notes({ report }: { report: ReportData }) {
  if (report.citations.length === 0) return null;
  const used = new Set(report.markers.map((m) => m.marker));
  return (
    <section aria-labelledby="notes-h" class="notes">
      <h2 id="notes-h">Notes and references</h2>
      <ol class="plain">
        {report.citations.map((c, i) => {
          const url = safeHttpUrl(c.url);
          const marker = c.marker;
          const firstUse = marker ? report.markers.findIndex((m) => m.marker === marker) : -1;
          return (
            <li key={i} id={`note-${i}`} data-testid="citation">
              <span class="marker">{marker ? `[${marker}]` : 'inline'}</span>{' '}
              <dl class="inline">
                {c.title && <Row k="Title">{c.title}</Row>}
                {c.authors.length > 0 && <Row k="Authors">{c.authors.join(', ')}</Row>}
                {c.translators.length > 0 && <Row k="Translators">{c.translators.join(', ')}</Row>}
                {c.publisher && <Row k="Publisher">{c.publisher}</Row>}
                {c.date && <Row k="Date">{c.date}</Row>}
                {c.url && <Row k="URL">{url ? <a href={url} rel="noopener noreferrer nofollow" target="_blank">{c.url}</a> : c.url}</Row>}
              </dl>
              {!c.title && <q class="raw">{spanText(report, c)}</q>}
              {marker && !used.has(marker) && <span class="badge">unused</span>}
              {firstUse >= 0 && <a class="small" href={href(['reports', report.id], { at: `marker-${firstUse}` })}>cited here</a>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Warnings({ report }: { report: ReportData }) {
  return (
    <section aria-labelledby="warnings-h" class="warnings">
      <h2 id="warnings-h">Warnings ({report.warnings.length})</h2>
      {report.warnings.length === 0 ? <p>None.</p> : (
        <ul data-testid="warnings">
          {report.warnings.map((w, i) => (
            <li key={i}>
              <span class="badge warn">{w.code}</span> {w.message} <span class="rule">({w.rule}{w.marker ? `, marker ${w.marker}` : ''})</span>
              {w.start !== undefined && w.end !== undefined && w.end > w.start && (
                <> <a class="small" href={href(['reports', report.id], { at: `warning-${i}` })}>show</a></>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
