/**
 * Request schemas of every route (query strings, path parameters, bodies) and the response
 * schemas, shared by the validators and the OpenAPI document. Types derive from them.
 */
import { z } from 'zod';
import { ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, TIMEX_TYPES } from '../model/annotations.js';
import {
  CLAIM_SORTS, ClaimRowSchema, EntitySummarySchema, STATEMENT_KINDS, STATEMENT_MODALITIES, EventRowSchema, pagedSchema, ReportSummarySchema, SearchHitSchema, StoredReportSchema, TimexRowSchema,
} from '../store/types.js';

export const Day = z.string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'expected a date as YYYY-MM-DD', abort: true })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar day');

const Text = (max = 500) => z.string().trim().min(1).max(max);

const PageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('items per page (1–200)'),
  offset: z.coerce.number().int().min(0).default(0).describe('items to skip'),
};

const fromBeforeTo = (q: { from?: string | undefined; to?: string | undefined }): boolean =>
  q.from === undefined || q.to === undefined || q.from <= q.to;

export const ReportListQuery = z.object({
  ...PageQuery,
  publisher: Text().optional().describe('publisher name, case-insensitive'),
  from: Day.optional().describe('published on or after (YYYY-MM-DD)'),
  to: Day.optional().describe('published on or before (YYYY-MM-DD)'),
}).strict().refine(fromBeforeTo, { message: '`from` is after `to`', path: ['from'] });

export const ReportParams = z.object({ id: z.string().min(1).max(200) });

export const SearchQuerySchema = z.object({
  ...PageQuery,
  q: Text().describe('web-search syntax: words, "a phrase", -excluded, or'),
}).strict();

export const EntityQuerySchema = z.object({
  ...PageQuery,
  q: Text().optional().describe('part of the name or of an alias, case-insensitive'),
  type: z.enum(ENTITY_TYPES).optional(),
}).strict();

export const TimexQuerySchema = z.object({
  ...PageQuery,
  from: Day.optional().describe('timexes covering a day on or after this one'),
  to: Day.optional().describe('timexes covering a day on or before this one'),
  type: z.enum(TIMEX_TYPES).optional(),
}).strict().refine(fromBeforeTo, { message: '`from` is after `to`', path: ['from'] });

export const EventQuerySchema = z.object({
  ...PageQuery,
  from: Day.optional().describe('events on a day on or after this one'),
  to: Day.optional().describe('events on a day on or before this one'),
  type: z.enum(EVENT_TYPES).optional(),
  status: z.enum(EVENT_STATUSES).optional(),
}).strict().refine(fromBeforeTo, { message: '`from` is after `to`', path: ['from'] });

export const ClaimQuerySchema = z.object({
  ...PageQuery,
  kind: z.enum(STATEMENT_KINDS).optional().describe('quotes or claims; both when absent'),
  modality: z.enum(STATEMENT_MODALITIES).optional().describe('a claim\'s modality, or `quote` for quotes'),
  text: Text().optional().describe('part of the quote or claim, case- and accent-insensitive'),
  speaker: Text().optional().describe('part of the speaker\'s name or alias, case- and accent-insensitive'),
  source: Text().optional().describe('part of the source\'s name, alias or phrase, case- and accent-insensitive'),
  outlet: Text().optional().describe('part of the report\'s publisher, case- and accent-insensitive'),
  published: z.string().regex(/^(\d{1,4}|\d{4}-\d{0,2}|\d{4}-\d{2}-\d{0,2})$/, 'expected the start of a YYYY-MM-DD day, e.g. 2025 or 2025-11')
    .optional().describe('the report\'s publication day starts with this'),
  footnote: Text(20).optional().describe('cites this footnote marker'),
  sort: z.enum(CLAIM_SORTS).optional().describe('the column to sort by (default: published, newest first); empty cells last'),
  dir: z.enum(['asc', 'desc']).default('asc').describe('with `sort`'),
}).strict();

const Meta = {
  title: Text().optional(),
  published: Day.optional().describe('publication date: relative dates resolve against it'),
  publisher: Text().optional(),
  url: z.url().max(2000).optional(),
  source: Text().optional().describe('where the report came from (default "api")'),
};

export const REPORT_FORMATS = ['text', 'markdown', 'html'] as const;

/** POST /api/reports with a JSON body. */
export const NewReportBody = z.object({
  text: z.string().min(1).describe('the report (front matter allowed for text and markdown; HTML for format=html)'),
  format: z.enum(REPORT_FORMATS).default('text'),
  ...Meta,
}).strict();
export type NewReportBody = z.infer<typeof NewReportBody>;

/** POST /api/reports/fetch: the server fetches a page or a feed (every item) and stores what it finds. */
export const FetchReportBody = z.object({
  url: z.string().trim().max(2000).refine((u) => /^https?:\/\//i.test(u) && URL.canParse(u), 'expected an http(s) URL'),
  title: Meta.title, published: Meta.published, publisher: Meta.publisher,
}).strict();

/** POST /api/reports with a raw body (text/plain, text/markdown, text/html): metadata in the query. */
export const RawUploadQuery = z.object({ ...Meta }).strict();

export const RAW_TYPES: Readonly<Record<string, (typeof REPORT_FORMATS)[number]>> = {
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown', 'text/html': 'html',
};

// Responses.
const Href = z.string().describe('where the full report is');
export const ReportSummaryResponse = ReportSummarySchema.extend({ href: Href });
export const ReportListResponse = pagedSchema(ReportSummaryResponse);
export const ReportResponse = StoredReportSchema;
export const SearchResponse = pagedSchema(SearchHitSchema.extend({ href: Href }));
export const EntityListResponse = pagedSchema(EntitySummarySchema);
export const TimexListResponse = pagedSchema(TimexRowSchema);
export const ClaimListResponse = pagedSchema(ClaimRowSchema);
export const EventListResponse = pagedSchema(EventRowSchema);
export const FetchResponse = z.object({
  saved: z.array(z.lazy(() => SaveResponse)),
  failed: z.array(z.object({ code: z.string(), message: z.string() })),
});

export const SaveResponse = z.object({
  status: z.enum(['added', 'duplicate', 'near-duplicate']),
  id: z.string(),
  duplicateOf: z.string().optional(),
  similarity: z.number().optional(),
  href: Href.describe('the stored report (the original, for a duplicate or near-duplicate)'),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});
