/**
 * The claims explorer's rows: every quote and claim, with names resolved. The explorer pages
 * them from `GET /api/claims`, which filters, sorts and pages on the server (`claimQuery` makes
 * the query; rows enter through `normaliseClaimRow`); the actor page builds them from its
 * loaded reports (`claimRows`). Pure.
 */
import { entityIndex, spanText, type CitationData, type ReportData, type Span } from './extraction.js';

export interface ClaimRow {
  /** Stable key: report id, kind, index. */
  readonly key: string;
  readonly reportId: string;
  readonly kind: 'quote' | 'claim';
  readonly index: number;
  readonly span: Span;
  readonly text: string;
  readonly cue: Span | null;
  readonly cueText: string;
  /** The text between the cue and the statement when the cue lies outside it and close (≤ 60 characters); else null. */
  readonly between: string | null;
  readonly speaker: string;
  readonly source: string;
  /** For quotes: 'quote'. */
  readonly modality: string;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
  /** The report's URL and authors (for CSL-JSON). */
  readonly url: string | null;
  readonly authors: readonly string[];
  /** Footnote markers attached (claims only). */
  readonly footnotes: readonly string[];
  /** The parsed reference entries those markers point to. */
  readonly citations: readonly CitationData[];
  readonly rule: string;
  readonly confidence: number;
}

export function claimRows(reports: readonly ReportData[]): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const r of reports) {
    const ents = entityIndex(r);
    const name = (id: string | null): string => (id ? ents.get(id)?.name ?? id : '');
    const outlet = r.publisher ?? '';
    const published = r.published ?? '';
    const title = r.title ?? r.id;
    const meta = { outlet, published, title, url: r.url, authors: r.authors };
    r.quotes.forEach((q, i) => rows.push({
      key: `${r.id}/quote/${i}`, reportId: r.id, kind: 'quote', index: i, span: { start: q.start, end: q.end },
      text: spanText(r, q), cue: q.cue, cueText: spanText(r, q.cue), between: betweenText(r.text, q, q.cue), speaker: name(q.speaker), source: '',
      modality: 'quote', ...meta, footnotes: [], citations: [], rule: q.rule, confidence: q.confidence,
    }));
    r.claims.forEach((c, i) => {
      const sourceText = c.source ? name(c.source) : spanText(r, c.source_span);
      const cites = c.citations.flatMap((m) => r.citations.filter((x) => x.marker === m));
      rows.push({
        key: `${r.id}/claim/${i}`, reportId: r.id, kind: 'claim', index: i, span: { start: c.start, end: c.end },
        text: spanText(r, c), cue: c.cue, cueText: spanText(r, c.cue), between: betweenText(r.text, c, c.cue), speaker: name(c.speaker), source: sourceText,
        modality: c.modality, ...meta, footnotes: c.citations, citations: cites, rule: c.rule, confidence: c.confidence,
      });
    });
  }
  return rows;
}

/** How far a cue may sit from its statement for the words between them to be shown (the server uses the same). */
export const BETWEEN_MAX = 60;

function betweenText(text: string, main: Span, cue: Span | null): string | null {
  if (!cue) return null;
  const [from, to] = cue.end <= main.start ? [cue.end, main.start] : cue.start >= main.end ? [main.end, cue.start] : [0, -1];
  return to >= from && to - from <= BETWEEN_MAX ? text.slice(from, to) : null;
}

export const CLAIM_COLUMNS = ['text', 'speaker', 'source', 'modality', 'outlet', 'published', 'footnotes'] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export type ClaimFilters = Partial<Record<ClaimColumn, string>>;

export interface SortSpec {
  readonly column: ClaimColumn;
  readonly dir: 'asc' | 'desc';
}

export interface SnippetPart {
  readonly text: string;
  readonly cue: boolean;
}

/**
 * A row's passage without the report's text: the statement with its cue words, the words
 * between them when they are close, else "…". Same parts as `snippet` on the full text.
 */
export function rowSnippet(row: Pick<ClaimRow, 'text' | 'span' | 'cue' | 'cueText' | 'between'>): SnippetPart[] {
  const { span: main, cue } = row;
  if (!cue || cue.end <= cue.start) return [{ text: row.text, cue: false }];
  if (cue.start >= main.start && cue.end <= main.end) {
    const a = cue.start - main.start;
    const b = cue.end - main.start;
    return [{ text: row.text.slice(0, a), cue: false }, { text: row.text.slice(a, b), cue: true }, { text: row.text.slice(b), cue: false }].filter((p) => p.text);
  }
  const gap = { text: row.between ?? ' … ', cue: false };
  const parts = cue.end <= main.start
    ? [{ text: row.cueText, cue: true }, gap, { text: row.text, cue: false }]
    : [{ text: row.text, cue: false }, gap, { text: row.cueText, cue: true }];
  return parts.filter((p) => p.text);
}

/** A prefix of a YYYY-MM-DD day ("2025", "2025-11", "2025-11-3"), as `GET /api/claims?published=` takes. */
export const isDayPrefix = (s: string): boolean => /^(\d{1,4}|\d{4}-\d{0,2}|\d{4}-\d{2}-\d{0,2})$/.test(s);

/** Filter and sort of the explorer as `GET /api/claims` query parameters (empty filters left out; an unfinished date too). */
export function claimQuery(filters: ClaimFilters, sort: SortSpec, offset: number, limit: number): URLSearchParams {
  const q = new URLSearchParams();
  for (const c of CLAIM_COLUMNS) {
    let v = filters[c]?.trim() ?? '';
    if (c === 'published' && !isDayPrefix(v)) v = '';
    if (c === 'footnotes') v = v.replace(/^\[|\]$/g, '').trim();
    if (v) q.set(c === 'footnotes' ? 'footnote' : c, v.slice(0, c === 'footnotes' ? 20 : 500));
  }
  q.set('sort', sort.column);
  q.set('dir', sort.dir);
  q.set('limit', String(limit));
  q.set('offset', String(offset));
  return q;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const spanOf = (v: unknown): Span | null => {
  if (!isObj(v)) return null;
  const start = int(v['start']);
  const end = int(v['end']);
  return start !== null && end !== null && end >= start ? { start, end } : null;
};

/**
 * One row of `GET /api/claims` as the explorer shows it; null when its identity is unusable.
 * Untrusted JSON: only well-typed fields are kept, and everything is rendered as text.
 */
export function normaliseClaimRow(raw: unknown): ClaimRow | null {
  if (!isObj(raw)) return null;
  const kind = raw['kind'] === 'quote' || raw['kind'] === 'claim' ? raw['kind'] : null;
  const reportId = str(raw['reportId']);
  const index = int(raw['index']);
  const main = spanOf(raw);
  if (!kind || !reportId || index === null || !main) return null;
  const cue = spanOf(raw['cue']);
  const name = (v: unknown): string => (isObj(v) ? str(v['name']) : '');
  const citations = (Array.isArray(raw['references']) ? raw['references'] : []).flatMap((c): CitationData[] => {
    const s = spanOf(c);
    if (!isObj(c) || !s) return [];
    return [{
      ...s, marker: strOrNull(c['marker']), title: strOrNull(c['title']), authors: strs(c['authors']), translators: strs(c['translators']),
      publisher: strOrNull(c['publisher']), date: strOrNull(c['date']), url: strOrNull(c['url']), inline: c['inline'] === true,
    }];
  });
  const confidence = raw['confidence'];
  return {
    key: `${reportId}/${kind}/${index}`, reportId, kind, index, span: main, text: str(raw['text']),
    cue, cueText: cue && isObj(raw['cue']) ? str(raw['cue']['text']) : '', between: strOrNull(raw['between']),
    speaker: name(raw['speaker']), source: name(raw['source']), modality: str(raw['modality']) || (kind === 'quote' ? 'quote' : ''),
    outlet: str(raw['outlet']), published: str(raw['published']), title: str(raw['reportTitle']) || reportId,
    url: strOrNull(raw['url']), authors: strs(raw['authors']), footnotes: strs(raw['citations']), citations,
    rule: str(raw['rule']), confidence: typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : 1,
  };
}

/** The reports the rows come from, as `toCslJson` wants them. */
export function rowReports(rows: readonly ClaimRow[]): Map<string, { title: string | null; publisher: string | null; published: string | null; url: string | null; authors: readonly string[] }> {
  const out = new Map<string, { title: string | null; publisher: string | null; published: string | null; url: string | null; authors: readonly string[] }>();
  for (const r of rows) {
    if (!out.has(r.reportId)) out.set(r.reportId, { title: r.title || null, publisher: r.outlet || null, published: r.published || null, url: r.url, authors: r.authors });
  }
  return out;
}
