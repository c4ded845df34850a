/**
 * The extraction shape as the UI reads it (`../shared/spec/extraction-format.md`, v1).
 *
 * Declared here rather than imported from `src/model/extraction.ts` so the browser bundle does
 * not drag in zod and the NLP code; `test/web/contract.test.ts` proves at compile time that the
 * model's `Extraction` is assignable to `ReportData`, so the two cannot drift apart silently.
 *
 * `normaliseReport` is the one door through which JSON from the API enters the UI: it accepts
 * anything, keeps only well-typed fields, and fills missing arrays with [] (the spec says missing
 * arrays count as empty). Report text stays a plain string; the UI only ever renders it as text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface EntityMention extends Span {
  readonly rule: string;
  readonly confidence: number;
}

export interface MergeData {
  readonly rule: string;
  readonly from: string;
  readonly into: string;
  readonly evidence: string;
  readonly score: number;
}

export interface EntityData {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly mentions: readonly EntityMention[];
  readonly merges: readonly MergeData[];
}

export interface TimexData extends Span {
  readonly text: string;
  readonly type: string;
  readonly value: string;
  readonly mod?: string | undefined;
  readonly rule: string;
  readonly confidence: number;
  readonly fields: { readonly year: string; readonly month: string; readonly day: string };
  readonly anchor?: string | undefined;
}

export interface EventData {
  readonly id: string;
  readonly type: string;
  readonly date: string | null;
  readonly participants: readonly string[];
  readonly location: string | null;
  readonly trigger: Span;
  readonly status: string;
  readonly claim: number | null;
  readonly summary: string;
  readonly rule: string;
  readonly confidence: number;
  /** Cross-report fields (issue 6); shown only when the data has them. */
  readonly corroboration?: number | undefined;
  readonly contradicted?: boolean | undefined;
}

export interface QuoteData extends Span {
  readonly speaker: string | null;
  readonly cue: Span | null;
  readonly rule: string;
  readonly confidence: number;
}

export interface ChainLinkData {
  readonly role: string;
  readonly entity: string | null;
  readonly span: Span | null;
}

export interface ClaimData extends Span {
  readonly source: string | null;
  readonly speaker: string | null;
  readonly modality: string;
  readonly cue: Span | null;
  readonly source_span: Span | null;
  readonly citations: readonly string[];
  readonly chain: readonly ChainLinkData[];
  readonly rule: string;
  readonly confidence: number;
}

export interface CitationData extends Span {
  readonly marker: string | null;
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly translators: readonly string[];
  readonly publisher: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly inline: boolean;
}

export interface MarkerData extends Span {
  readonly marker: string;
  readonly sentence: number | null;
}

export interface WarningData {
  readonly code: string;
  readonly message: string;
  readonly rule: string;
  readonly start?: number | undefined;
  readonly end?: number | undefined;
  readonly marker?: string | undefined;
}

export interface ParagraphData extends Span {
  readonly heading: boolean;
}

export interface ReportData {
  readonly id: string;
  readonly source: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly authors: readonly string[];
  readonly text: string;
  readonly sentences: readonly (readonly [number, number])[];
  readonly paragraphs: readonly ParagraphData[];
  readonly entities: readonly EntityData[];
  readonly timexes: readonly TimexData[];
  readonly events: readonly EventData[];
  readonly quotes: readonly QuoteData[];
  readonly claims: readonly ClaimData[];
  readonly citations: readonly CitationData[];
  readonly markers: readonly MarkerData[];
  readonly warnings: readonly WarningData[];
}

/** A stored report as the list endpoint gives it: enough to show and pick it. */
export interface ReportSummary {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly source: string;
  /** Annotation counts, when the list endpoint gives them. */
  readonly counts?: Readonly<Record<string, number>> | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strs = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');
const objs = (v: unknown): Obj[] => arr(v).filter(isObj);

function span(v: unknown, len: number): Span | null {
  if (!isObj(v)) return null;
  const start = num(v['start'], -1);
  const end = num(v['end'], -1);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > len) return null;
  return { start, end };
}

function prov(o: Obj): { rule: string; confidence: number } {
  return { rule: str(o['rule'], 'unknown'), confidence: num(o['confidence'], 1) };
}

/** Coerce untrusted JSON into a `ReportData`; annotations with spans outside the text are dropped. */
export function normaliseReport(raw: unknown): ReportData {
  const o = isObj(raw) ? raw : {};
  const text = str(o['text']);
  const len = text.length;
  const withSpan = <T>(list: unknown, f: (x: Obj, s: Span) => T): T[] => {
    const out: T[] = [];
    for (const x of objs(list)) {
      const s = span(x, len);
      if (s) out.push(f(x, s));
    }
    return out;
  };
  return {
    id: str(o['id']),
    source: str(o['source']),
    title: strOrNull(o['title']),
    published: strOrNull(o['published']),
    publisher: strOrNull(o['publisher']),
    url: strOrNull(o['url']),
    authors: strs(o['authors']),
    text,
    sentences: arr(o['sentences']).flatMap((s) =>
      Array.isArray(s) && typeof s[0] === 'number' && typeof s[1] === 'number' ? [[s[0], s[1]] as const] : []),
    paragraphs: withSpan(o['paragraphs'], (x, s) => ({ ...s, heading: x['heading'] === true })),
    entities: objs(o['entities']).map((x) => ({
      id: str(x['id']),
      name: str(x['name']),
      type: str(x['type'], 'other'),
      aliases: strs(x['aliases']),
      roles: strs(x['roles']),
      mentions: withSpan(x['mentions'], (m, s) => ({ ...s, ...prov(m) })),
      merges: objs(x['merges']).map((m) => ({
        rule: str(m['rule']), from: str(m['from']), into: str(m['into']), evidence: str(m['evidence']), score: num(m['score']),
      })),
    })),
    timexes: withSpan(o['timexes'], (x, s) => {
      const f = isObj(x['fields']) ? x['fields'] : {};
      return {
        ...s,
        text: str(x['text'], text.slice(s.start, s.end)),
        type: str(x['type'], 'date'),
        value: str(x['value']),
        mod: typeof x['mod'] === 'string' ? x['mod'] : undefined,
        ...prov(x),
        fields: { year: str(f['year'], 'none'), month: str(f['month'], 'none'), day: str(f['day'], 'none') },
        anchor: typeof x['anchor'] === 'string' ? x['anchor'] : undefined,
      };
    }),
    events: objs(o['events']).flatMap((x) => {
      const trigger = span(x['trigger'], len);
      if (!trigger) return [];
      return [{
        id: str(x['id']),
        type: str(x['type'], 'other'),
        date: strOrNull(x['date']),
        participants: strs(x['participants']),
        location: strOrNull(x['location']),
        trigger,
        status: str(x['status'], 'happened'),
        claim: numOrNull(x['claim']),
        summary: str(x['summary']),
        ...prov(x),
        corroboration: typeof x['corroboration'] === 'number' ? x['corroboration'] : undefined,
        contradicted: typeof x['contradicted'] === 'boolean' ? x['contradicted'] : undefined,
      }];
    }),
    quotes: withSpan(o['quotes'], (x, s) => ({ ...s, speaker: strOrNull(x['speaker']), cue: span(x['cue'], len), ...prov(x) })),
    claims: withSpan(o['claims'], (x, s) => ({
      ...s,
      source: strOrNull(x['source']),
      speaker: strOrNull(x['speaker']),
      modality: str(x['modality'], 'reported'),
      cue: span(x['cue'], len),
      source_span: span(x['source_span'], len),
      citations: strs(x['citations']),
      chain: objs(x['chain']).map((l) => ({ role: str(l['role']), entity: strOrNull(l['entity']), span: span(l['span'], len) })),
      ...prov(x),
    })),
    citations: withSpan(o['citations'], (x, s) => ({
      ...s,
      marker: strOrNull(x['marker']),
      title: strOrNull(x['title']),
      authors: strs(x['authors']),
      translators: strs(x['translators']),
      publisher: strOrNull(x['publisher']),
      date: strOrNull(x['date']),
      url: strOrNull(x['url']),
      inline: x['inline'] === true,
    })),
    markers: withSpan(o['markers'], (x, s) => ({ ...s, marker: str(x['marker']), sentence: numOrNull(x['sentence']) })),
    warnings: objs(o['warnings']).map((w) => ({
      code: str(w['code'], 'warning'),
      message: str(w['message']),
      rule: str(w['rule']),
      start: typeof w['start'] === 'number' ? w['start'] : undefined,
      end: typeof w['end'] === 'number' ? w['end'] : undefined,
      marker: typeof w['marker'] === 'string' ? w['marker'] : undefined,
    })),
  };
}

/** Coerce one item of the report list (or a whole extraction) into a summary. */
export function normaliseSummary(raw: unknown): ReportSummary | null {
  if (!isObj(raw)) return null;
  const id = str(raw['id']);
  if (!id) return null;
  return {
    id,
    title: strOrNull(raw['title']),
    published: strOrNull(raw['published']),
    publisher: strOrNull(raw['publisher']),
    url: strOrNull(raw['url']),
    source: str(raw['source']),
    counts: isObj(raw['counts'])
      ? Object.fromEntries(Object.entries(raw['counts']).filter((e): e is [string, number] => typeof e[1] === 'number'))
      : undefined,
  };
}

/** Entity id → entity, for one report. */
export function entityIndex(r: ReportData): Map<string, EntityData> {
  return new Map(r.entities.map((e) => [e.id, e]));
}

/** The text of a span, or '' when it falls outside the text. */
export function spanText(r: { readonly text: string }, s: Span | null | undefined): string {
  if (!s || s.start < 0 || s.end > r.text.length || s.end < s.start) return '';
  return r.text.slice(s.start, s.end);
}

/**
 * Only http(s) URLs are ever made into links; anything else (javascript:, data:, relative
 * paths) is shown as text. Returns the normalised URL or null.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const u = new URL(trimmed);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
