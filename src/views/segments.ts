/**
 * Cuts a report's text into runs for the reader: each run carries every annotation that covers
 * it, so overlapping and nested annotations (a date inside a claim inside a quote) each keep
 * their own visual mark. Pure: the reader turns runs into text nodes inside nested elements.
 */
import type { ReportData, Span } from './extraction.js';

export const MARK_KINDS = ['claim', 'quote', 'event', 'timex', 'entity', 'marker', 'heading', 'warning'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

/** The annotation kinds a reader can toggle, in legend order. */
export const ANNOTATION_KINDS = ['entity', 'timex', 'event', 'quote', 'claim', 'marker'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export interface Mark extends Span {
  readonly kind: MarkKind;
  /** Index into the report's array of that kind (for entities: the entity, with `mention`). */
  readonly index: number;
  /** For entity marks: which mention of the entity. */
  readonly mention?: number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  /** Indices into the marks array, outermost (longest) first. */
  readonly marks: readonly number[];
}

/** Every mark of a report, for the kinds asked for. */
export function reportMarks(r: ReportData, kinds: ReadonlySet<MarkKind>): Mark[] {
  const out: Mark[] = [];
  if (kinds.has('heading')) r.paragraphs.forEach((p, i) => { if (p.heading) out.push({ start: p.start, end: p.end, kind: 'heading', index: i }); });
  if (kinds.has('claim')) r.claims.forEach((c, i) => out.push({ start: c.start, end: c.end, kind: 'claim', index: i }));
  if (kinds.has('quote')) r.quotes.forEach((q, i) => out.push({ start: q.start, end: q.end, kind: 'quote', index: i }));
  if (kinds.has('event')) r.events.forEach((e, i) => out.push({ start: e.trigger.start, end: e.trigger.end, kind: 'event', index: i }));
  if (kinds.has('timex')) r.timexes.forEach((t, i) => out.push({ start: t.start, end: t.end, kind: 'timex', index: i }));
  if (kinds.has('entity')) {
    r.entities.forEach((e, i) => e.mentions.forEach((m, j) => out.push({ start: m.start, end: m.end, kind: 'entity', index: i, mention: j })));
  }
  if (kinds.has('marker')) r.markers.forEach((m, i) => out.push({ start: m.start, end: m.end, kind: 'marker', index: i }));
  if (kinds.has('warning')) {
    r.warnings.forEach((w, i) => {
      if (w.start !== undefined && w.end !== undefined && w.end > w.start) out.push({ start: w.start, end: w.end, kind: 'warning', index: i });
    });
  }
  return out;
}

/**
 * Split [0, length) into runs at every mark boundary. Marks outside the text or empty are
 * ignored. Within a run, marks are ordered outermost first (longer span, then kind order), so
 * nesting elements in that order gives a stable structure.
 */
export function segment(length: number, marks: readonly Mark[]): Run[] {
  const bounds = new Set<number>([0, length]);
  const valid: number[] = [];
  marks.forEach((m, i) => {
    const s = Math.max(0, m.start);
    const e = Math.min(length, m.end);
    if (e <= s) return;
    valid.push(i);
    bounds.add(s);
    bounds.add(e);
  });
  const cuts = [...bounds].sort((a, b) => a - b);
  // Sweep: marks sorted by start; active set updated per cut.
  const byStart = valid.slice().sort((a, b) => (marks[a]?.start ?? 0) - (marks[b]?.start ?? 0));
  const kindRank = (k: MarkKind) => MARK_KINDS.indexOf(k);
  const order = (a: number, b: number): number => {
    const ma = marks[a];
    const mb = marks[b];
    if (!ma || !mb) return 0;
    const la = ma.end - ma.start;
    const lb = mb.end - mb.start;
    return lb - la || kindRank(ma.kind) - kindRank(mb.kind) || a - b;
  };
  const runs: Run[] = [];
  let active: number[] = [];
  let next = 0;
  for (let c = 0; c < cuts.length - 1; c++) {
    const from = cuts[c] ?? 0;
    const to = cuts[c + 1] ?? 0;
    active = active.filter((i) => (marks[i]?.end ?? 0) > from);
    while (next < byStart.length) {
      const i = byStart[next] ?? 0;
      const m = marks[i];
      if (!m || Math.max(0, m.start) > from) break;
      if (m.end > from) active.push(i);
      next++;
    }
    runs.push({ start: from, end: to, marks: active.slice().sort(order) });
  }
  return runs;
}

/** The first run index at which each mark begins, so the reader makes only that element focusable. */
export function firstRuns(runs: readonly Run[]): Map<number, number> {
  const first = new Map<number, number>();
  runs.forEach((r, i) => r.marks.forEach((m) => { if (!first.has(m)) first.set(m, i); }));
  return first;
}
