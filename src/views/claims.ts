/**
 * The claims explorer's rows: every quote and claim of every report, with names resolved,
 * filtered per column and sorted. Pure.
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
  readonly speaker: string;
  readonly source: string;
  /** For quotes: 'quote'. */
  readonly modality: string;
  readonly outlet: string;
  readonly published: string;
  readonly title: string;
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
    r.quotes.forEach((q, i) => rows.push({
      key: `${r.id}/quote/${i}`, reportId: r.id, kind: 'quote', index: i, span: { start: q.start, end: q.end },
      text: spanText(r, q), cue: q.cue, cueText: spanText(r, q.cue), speaker: name(q.speaker), source: '',
      modality: 'quote', outlet, published, title, footnotes: [], citations: [], rule: q.rule, confidence: q.confidence,
    }));
    r.claims.forEach((c, i) => {
      const sourceText = c.source ? name(c.source) : spanText(r, c.source_span);
      const cites = c.citations.flatMap((m) => r.citations.filter((x) => x.marker === m));
      rows.push({
        key: `${r.id}/claim/${i}`, reportId: r.id, kind: 'claim', index: i, span: { start: c.start, end: c.end },
        text: spanText(r, c), cue: c.cue, cueText: spanText(r, c.cue), speaker: name(c.speaker), source: sourceText,
        modality: c.modality, outlet, published, title, footnotes: c.citations, citations: cites, rule: c.rule, confidence: c.confidence,
      });
    });
  }
  return rows;
}

export const CLAIM_COLUMNS = ['text', 'speaker', 'source', 'modality', 'outlet', 'published', 'footnotes'] as const;
export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];

export type ClaimFilters = Partial<Record<ClaimColumn, string>>;

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

function cell(row: ClaimRow, col: ClaimColumn): string {
  return col === 'footnotes' ? row.footnotes.join(' ') : row[col];
}

/**
 * Keep rows matching every non-empty filter: case- and accent-insensitive substring match,
 * except `modality`, which must match exactly (it is chosen from a list).
 */
export function filterClaims(rows: readonly ClaimRow[], filters: ClaimFilters): ClaimRow[] {
  const active = CLAIM_COLUMNS.flatMap((c) => {
    const v = filters[c]?.trim();
    return v ? [[c, fold(v)] as const] : [];
  });
  if (active.length === 0) return rows.slice();
  return rows.filter((r) => active.every(([c, v]) => (c === 'modality' ? r.modality === v : fold(cell(r, c)).includes(v))));
}

export interface SortSpec {
  readonly column: ClaimColumn;
  readonly dir: 'asc' | 'desc';
}

/** Stable sort; empty cells always last. */
export function sortClaims(rows: readonly ClaimRow[], sort: SortSpec): ClaimRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i, v: cell(r, sort.column) }))
    .sort((a, b) => {
      if (!a.v !== !b.v) return a.v ? -1 : 1;
      const c = a.v.localeCompare(b.v, 'en', { numeric: true, sensitivity: 'base' });
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.r);
}

export interface SnippetPart {
  readonly text: string;
  readonly cue: boolean;
}

/**
 * The passage to show for a row: the claim with its cue words (which may precede or follow it),
 * split into parts so the cue can be highlighted. Long stretches between cue and claim are
 * elided with "…" so a row stays short.
 */
export function snippet(text: string, main: Span, cue: Span | null, gap = 60): SnippetPart[] {
  const part = (s: number, e: number, isCue: boolean): SnippetPart => ({ text: text.slice(s, e), cue: isCue });
  if (!cue || cue.end <= cue.start) return [part(main.start, main.end, false)];
  if (cue.start >= main.start && cue.end <= main.end) {
    return [part(main.start, cue.start, false), part(cue.start, cue.end, true), part(cue.end, main.end, false)].filter((p) => p.text);
  }
  const out: SnippetPart[] = [];
  if (cue.end <= main.start) {
    out.push(part(cue.start, cue.end, true));
    if (main.start - cue.end > gap) out.push({ text: ' … ', cue: false });
    else out.push(part(cue.end, main.start, false));
    out.push(part(main.start, main.end, false));
  } else {
    out.push(part(main.start, main.end, false));
    if (cue.start - main.end > gap) out.push({ text: ' … ', cue: false });
    else out.push(part(main.end, Math.max(main.end, cue.start), false));
    out.push(part(Math.max(cue.start, main.end), cue.end, true));
  }
  return out.filter((p) => p.text);
}
