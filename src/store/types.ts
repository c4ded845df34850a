/**
 * The one store interface. Two engines implement it — the embedded default (PGlite, in a data
 * folder) and a PostgreSQL server (DATABASE_URL) — over one set of migrations, and one storage
 * test suite runs against both.
 *
 * What queries return is declared here once as zod schemas: the types derive from them and
 * the HTTP API publishes the same schemas in its OpenAPI document.
 */
import { z } from 'zod';
import { ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, MODALITIES, TIMEX_TYPES } from '../model/annotations.js';
import type { ActorDecision } from '../model/decisions.js';

export interface JournalHead { reports: number; decisions: number }
export type JournalEntry =
  | { kind: 'report'; seq: number; report: KnowledgeReport }
  | { kind: 'decision'; seq: number; decision: ActorDecision };
import { ExtractionSchema, type Extraction, type KnowledgeReport } from '../model/extraction.js';

export type SaveStatus = 'added' | 'duplicate' | 'near-duplicate';

export interface SaveResult {
  status: SaveStatus;
  id: string;
  /** For duplicates and near-duplicates: the stored report this one repeats. */
  duplicateOf?: string;
  similarity?: number;
}

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PageSchema = z.object({
  limit: z.number().int().min(1).max(500),
  offset: z.number().int().min(0),
});
export type Page = z.infer<typeof PageSchema>;

export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}
export interface Paged<T> {
  items: T[];
  /** How many items match in all (not only this page). */
  total: number;
  limit: number;
  offset: number;
}

export const ReportSummarySchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  published: Day.nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  ingestedAt: z.string(),
  counts: z.object({
    entities: z.number().int(), timexes: z.number().int(), events: z.number().int(), quotes: z.number().int(),
    claims: z.number().int(), citations: z.number().int(), warnings: z.number().int(), nearDuplicates: z.number().int(),
  }),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const NearDuplicateSchema = z.object({
  id: z.string(),
  source: z.string(),
  title: z.string().nullable(),
  published: Day.nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  similarity: z.number(),
  ingestedAt: z.string(),
});
export type NearDuplicate = z.infer<typeof NearDuplicateSchema>;

/** One report as stored: the extraction contract plus what the store knows about it. */
export const StoredReportSchema = ExtractionSchema.extend({
  ingested_at: z.string(),
  near_duplicates: z.array(NearDuplicateSchema),
});
export type StoredReport = z.infer<typeof StoredReportSchema>;

export const SnippetSchema = z.object({
  text: z.string(),
  /** [start, end) of each matched word within `text`. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type Snippet = z.infer<typeof SnippetSchema>;

export const SearchHitSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: Day.nullable(),
  publisher: z.string().nullable(),
  rank: z.number(),
  snippet: SnippetSchema,
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const EntitySummarySchema = z.object({
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  reportCount: z.number().int(),
  mentionCount: z.number().int(),
  /** Where it appears: the report and the entity's id within that report's extraction. */
  reports: z.array(z.object({ reportId: z.string(), entityId: z.string() })),
});
export type EntitySummary = z.infer<typeof EntitySummarySchema>;

const SpanText = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
/** An entity of the report (id + name), or the source phrase as written when it names none (id null). */
const ActorRef = z.object({ id: z.string().nullable(), name: z.string() }).nullable();

export const TimexRowSchema = z.object({
  reportId: z.string(),
  reportTitle: z.string().nullable(),
  published: Day.nullable(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  type: z.enum(TIMEX_TYPES),
  value: z.string(),
  mod: z.string().nullable(),
  /** The calendar days the value covers, or null (durations, PAST_REF, …). */
  from: Day.nullable(),
  to: Day.nullable(),
  rule: z.string(),
  confidence: z.number(),
});
export type TimexRow = z.infer<typeof TimexRowSchema>;

export const EventRowSchema = z.object({
  reportId: z.string(),
  reportTitle: z.string().nullable(),
  published: Day.nullable(),
  /** The event's id within its report (v1, v2, …). */
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  /** TIMEX3 value or interval, or null when the report gives none. */
  date: z.string().nullable(),
  /** The calendar days `date` covers, or null. */
  from: Day.nullable(),
  to: Day.nullable(),
  status: z.string(),
  participants: z.array(z.object({ id: z.string(), name: z.string() })),
  location: z.object({ id: z.string(), name: z.string() }).nullable(),
  trigger: z.object({ start: z.number().int(), end: z.number().int() }),
  summary: z.string(),
  rule: z.string(),
  confidence: z.number(),
});
export type EventRow = z.infer<typeof EventRowSchema>;

/** A claim's modality, or `quote` for a direct quote. */
export const STATEMENT_MODALITIES = [...MODALITIES, 'quote'] as const;
export const STATEMENT_KINDS = ['quote', 'claim'] as const;
/** The claims explorer's columns, which `claims()` can sort by. */
export const CLAIM_SORTS = ['text', 'speaker', 'source', 'modality', 'outlet', 'published', 'footnotes'] as const;

export const ReferenceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  marker: z.string().nullable(),
  title: z.string().nullable(),
  authors: z.array(z.string()),
  translators: z.array(z.string()),
  publisher: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  inline: z.boolean(),
});

/** One quote or claim with what the claims explorer shows and exports. */
export const ClaimRowSchema = z.object({
  /** `reportId/kind/index`: stable. */
  id: z.string(),
  kind: z.enum(STATEMENT_KINDS),
  /** Its index among the report's quotes or claims (the reader's anchor is `kind-index`). */
  index: z.number().int(),
  reportId: z.string(),
  reportTitle: z.string().nullable(),
  published: Day.nullable(),
  /** The report's publisher. */
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  modality: z.enum(STATEMENT_MODALITIES),
  source: ActorRef,
  speaker: ActorRef,
  cue: SpanText.nullable(),
  /** The report's text between the cue and the statement when the cue lies outside it, at most 60 characters away; else null. */
  between: z.string().nullable(),
  /** Footnote markers (claims only). */
  citations: z.array(z.string()),
  /** The reference entries those markers point to, parsed. */
  references: z.array(ReferenceSchema),
  rule: z.string(),
  confidence: z.number(),
});
export type ClaimRow = z.infer<typeof ClaimRowSchema>;

export interface ReportQuery extends Page {
  /** Case-insensitive exact publisher name. */
  publisher?: string | undefined;
  /** Published on or after / on or before (YYYY-MM-DD). */
  from?: string | undefined;
  to?: string | undefined;
}

export interface SearchQuery extends Page {
  /** Web-search syntax: words, "a phrase", -not, or. */
  q: string;
}

export interface EntityQuery extends Page {
  /** Case-insensitive substring of the name or an alias. */
  q?: string | undefined;
  type?: (typeof ENTITY_TYPES)[number] | undefined;
}

export interface TimexQuery extends Page {
  /** Timexes whose days overlap [from, to] (YYYY-MM-DD, inclusive). */
  from?: string | undefined;
  to?: string | undefined;
  type?: (typeof TIMEX_TYPES)[number] | undefined;
}

export interface EventQuery extends Page {
  /** Events whose days overlap [from, to] (YYYY-MM-DD, inclusive); undated events only without a range. */
  from?: string | undefined;
  to?: string | undefined;
  type?: (typeof EVENT_TYPES)[number] | undefined;
  status?: (typeof EVENT_STATUSES)[number] | undefined;
}

export interface ClaimQuery extends Page {
  /** Quotes, claims, or (undefined) both. */
  kind?: (typeof STATEMENT_KINDS)[number] | undefined;
  /** A claim's modality, or `quote`. */
  modality?: (typeof STATEMENT_MODALITIES)[number] | undefined;
  /** Case- and accent-insensitive substrings: the source entity's name or aliases, or the source phrase. */
  source?: string | undefined;
  /** … the speaker's name or aliases. */
  speaker?: string | undefined;
  /** … the statement's text. */
  text?: string | undefined;
  /** … the report's publisher. */
  outlet?: string | undefined;
  /** The report's publication day starts with this (`2025`, `2025-11`, `2025-11-30`). */
  published?: string | undefined;
  /** Cites this footnote marker. */
  footnote?: string | undefined;
  /** Default: published, newest first. Empty cells sort last either way. */
  sort?: (typeof CLAIM_SORTS)[number] | undefined;
  dir?: 'asc' | 'desc' | undefined;
}

export interface Store {
  /** Which engine serves this store: 'embedded' (PGlite) or 'postgres'. */
  readonly engine: 'embedded' | 'postgres';
  /**
   * Store one analysed report and all its annotations in one transaction. Re-saving the same
   * report changes nothing ('duplicate'); a near-duplicate of a stored report is recorded as such.
   */
  saveReport(extraction: Extraction): Promise<SaveResult>;
  /** Stored reports, newest ingested first. */
  listReports(query: ReportQuery): Promise<Paged<ReportSummary>>;
  /** One report with every annotation and warning, rebuilt from the tables; null when unknown. */
  getReport(id: string): Promise<StoredReport | null>;
  /** If `id` was recorded as a near-duplicate, the stored report it repeats. */
  nearDuplicateOf(id: string): Promise<string | null>;
  countReports(): Promise<number>;
  /** Every stored report in ingestion order, one at a time (export). */
  eachReport(): AsyncIterable<StoredReport>;
  /**
   * The history the knowledge base replays: reports (what the knowledge base reads of them:
   * a KnowledgeReport, not every layer) and people's actor decisions in the order they were
   * taken (one sequence for both), after the journal number `after`.
   */
  journal(after?: number): AsyncIterable<JournalEntry>;
  /** How many reports and decisions the store holds: a knowledge base that replayed as many is current. */
  journalHead(): Promise<JournalHead>;
  search(query: SearchQuery): Promise<Paged<SearchHit>>;
  entities(query: EntityQuery): Promise<Paged<EntitySummary>>;
  timexes(query: TimexQuery): Promise<Paged<TimexRow>>;
  /** Events in calendar order (the timeline); undated ones last. */
  events(query: EventQuery): Promise<Paged<EventRow>>;
  /** Quotes and claims with their report's metadata, filtered per column, sorted, paged. */
  claims(query: ClaimQuery): Promise<Paged<ClaimRow>>;
  /** Record a person's merge or split of actors (appended to the audit trail). */
  recordDecision(decision: ActorDecision): Promise<void>;
  /** Every recorded decision, oldest first. */
  decisions(): Promise<ActorDecision[]>;
  close(): Promise<void>;
}
