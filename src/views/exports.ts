/**
 * Export builders for every view: JSON, CSV, TimelineJS JSON, GEXF and CSL-JSON. Pure string
 * builders; the UI only wraps the result in a Blob for download.
 *
 * Report text is hostile input and these files are opened by other programs, so each builder
 * neutralises what its consumer would interpret: CSV cells that a spreadsheet would run as a
 * formula get a leading apostrophe, TimelineJS text (rendered as HTML by TimelineJS) is
 * HTML-escaped, GEXF is XML-escaped and stripped of characters XML 1.0 forbids.
 */
import type { ClaimRow } from './claims.js';
import { timexSpan } from './dates.js';
import type { CitationData } from './extraction.js';
import type { Graph } from './actors.js';
import type { TimelineEvent } from './timeline.js';

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One CSV cell: quoted when needed; formula triggers (= + - @ tab CR) defused with a leading '. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv<T>(rows: readonly T[], columns: readonly { readonly header: string; readonly value: (row: T) => string | number | boolean | null | undefined }[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(c.value(r))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export const CLAIM_CSV_COLUMNS: readonly { readonly header: string; readonly value: (r: ClaimRow) => string | number }[] = [
  { header: 'kind', value: (r) => r.kind },
  { header: 'text', value: (r) => r.text },
  { header: 'cue', value: (r) => r.cueText },
  { header: 'speaker', value: (r) => r.speaker },
  { header: 'source', value: (r) => r.source },
  { header: 'modality', value: (r) => r.modality },
  { header: 'outlet', value: (r) => r.outlet },
  { header: 'published', value: (r) => r.published },
  { header: 'footnotes', value: (r) => r.footnotes.join(' ') },
  { header: 'report', value: (r) => r.reportId },
  { header: 'start', value: (r) => r.span.start },
  { header: 'end', value: (r) => r.span.end },
  { header: 'rule', value: (r) => r.rule },
  { header: 'confidence', value: (r) => r.confidence },
];

export const EVENT_CSV_COLUMNS: readonly { readonly header: string; readonly value: (e: TimelineEvent) => string | number }[] = [
  { header: 'date', value: (e) => e.date ?? '' },
  { header: 'precision', value: (e) => e.span?.precision ?? '' },
  { header: 'type', value: (e) => e.type },
  { header: 'status', value: (e) => e.status },
  { header: 'summary', value: (e) => e.summary },
  { header: 'participants', value: (e) => e.participants.map((p) => p.name).join('; ') },
  { header: 'location', value: (e) => e.location ?? '' },
  { header: 'outlet', value: (e) => e.outlet },
  { header: 'published', value: (e) => e.published ?? '' },
  { header: 'report', value: (e) => e.reportId },
  { header: 'event', value: (e) => e.eventId },
];

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

interface TlDate { year: number; month?: number; day?: number; hour?: number; minute?: number }

function tlDate(ms: number, precision: string): TlDate {
  const d = new Date(ms);
  const out: TlDate = { year: d.getUTCFullYear() };
  if (precision === 'year') return out;
  out.month = d.getUTCMonth() + 1;
  if (precision === 'month' || precision === 'quarter' || precision === 'half' || precision === 'season') return out;
  out.day = d.getUTCDate();
  if (precision === 'time') { out.hour = d.getUTCHours(); out.minute = d.getUTCMinutes(); }
  return out;
}

/**
 * TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html). Only dated events
 * can go on a TimelineJS timeline; a span longer than its start's precision gets an end_date
 * (the last unit inside it). Text fields are HTML-escaped because TimelineJS renders them as HTML.
 */
export function toTimelineJs(events: readonly TimelineEvent[], title: string): string {
  const out = {
    title: { text: { headline: escapeHtml(title), text: '' } },
    events: events.flatMap((e) => {
      const span = timexSpan(e.date);
      if (!span) return [];
      const slash = span.value.indexOf('/');
      const startSpan = slash >= 0 ? timexSpan(span.value.slice(0, slash)) : span;
      const endSpan = slash >= 0 ? timexSpan(span.value.slice(slash + 1)) : null;
      const start = tlDate(span.start, startSpan?.precision ?? span.precision);
      const item: Record<string, unknown> = {
        unique_id: e.key.replace(/[^A-Za-z0-9_-]/g, '-'),
        start_date: start,
        text: {
          headline: escapeHtml(e.summary || `${e.type}: ${e.triggerText}`),
          text: escapeHtml([
            e.participants.length ? `Participants: ${e.participants.map((p) => p.name).join(', ')}` : '',
            e.location ? `Location: ${e.location}` : '',
            `Source: ${e.outlet || 'unknown outlet'}${e.published ? `, ${e.published}` : ''} (${e.title})`,
          ].filter(Boolean).join('. ')),
        },
        group: e.type,
      };
      if (endSpan) item['end_date'] = tlDate(endSpan.end - 1, endSpan.precision);
      else if (span.precision !== 'day' && span.precision !== 'time' && span.precision !== 'year' && span.precision !== 'month') {
        item['end_date'] = tlDate(span.end - 1, 'day');
      }
      return [item];
    }),
  };
  return toJson(out);
}

/** XML 1.0 text: escaped, with characters XML forbids removed. */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** GEXF 1.3 (https://gexf.net/): undirected, edge weight = shared events, node attribute `type`. */
export function toGexf(graph: Graph, description: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>Parley</creator><description>${xmlText(description)}</description></meta>`,
    '  <graph defaultedgetype="undirected" mode="static">',
    '    <attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="events" title="events" type="integer"/></attributes>',
    '    <nodes>',
    ...graph.nodes.map((n) =>
      `      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}"><attvalues><attvalue for="type" value="${xmlText(n.type)}"/><attvalue for="events" value="${n.weight}"/></attvalues></node>`),
    '    </nodes>',
    '    <edges>',
    ...graph.edges.map((e, i) => `      <edge id="${i}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" weight="${e.weight}"/>`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

export interface CslItem {
  id: string;
  type: string;
  title?: string;
  author?: { literal: string }[];
  translator?: { literal: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  URL?: string;
  note?: string;
}

function dateParts(date: string | null): { 'date-parts': number[][] } | undefined {
  const m = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date) : null;
  if (!m) return undefined;
  return { 'date-parts': [[m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number)] };
}

/** A CSL-JSON item for one parsed reference entry. */
export function citationToCsl(c: CitationData, id: string): CslItem {
  const item: CslItem = { id, type: c.publisher ? 'article-newspaper' : 'article' };
  if (c.title) item.title = c.title;
  if (c.authors.length) item.author = c.authors.map((literal) => ({ literal }));
  if (c.translators.length) item.translator = c.translators.map((literal) => ({ literal }));
  if (c.publisher) item['container-title'] = c.publisher;
  const issued = dateParts(c.date);
  if (issued) item.issued = issued;
  if (c.url) item.URL = c.url;
  return item;
}

/**
 * CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) for the selected
 * claims: the references their footnotes point to, and the report each claim appears in, each
 * once.
 */
export function toCslJson(rows: readonly ClaimRow[], reports: ReadonlyMap<string, { title: string | null; publisher: string | null; published: string | null; url: string | null; authors: readonly string[] }>): string {
  const items = new Map<string, CslItem>();
  for (const r of rows) {
    const rep = reports.get(r.reportId);
    const repId = `report-${r.reportId}`;
    if (rep && !items.has(repId)) {
      const item: CslItem = { id: repId, type: 'article-newspaper' };
      if (rep.title) item.title = rep.title;
      if (rep.authors.length) item.author = rep.authors.map((literal) => ({ literal }));
      if (rep.publisher) item['container-title'] = rep.publisher;
      const issued = dateParts(rep.published);
      if (issued) item.issued = issued;
      if (rep.url) item.URL = rep.url;
      items.set(repId, item);
    }
    for (const c of r.citations) {
      const id = `${r.reportId}-note-${c.marker ?? `${c.start}`}`;
      if (!items.has(id)) items.set(id, citationToCsl(c, id));
    }
  }
  return toJson([...items.values()]);
}

/** A file name safe on every OS: letters, digits, dot, dash. */
export function fileName(base: string, ext: string): string {
  const safe = base.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60) || 'parley';
  return `${safe}.${ext}`;
}
