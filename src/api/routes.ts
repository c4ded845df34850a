/**
 * The route table: each route declares its schemas (validation and the OpenAPI document both
 * read them) and a handler that is only validate → command → presenter.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import type { Analyser } from '../nlp/analyser.js';
import type { KnowledgeBaseCache } from '../resolve/from-store.js';
import type { Store } from '../store/types.js';
import { addReportCommand, fetchReportsCommand, getReportCommand } from './commands.js';
import { unsupportedMediaType, type ErrorStatus } from './errors.js';
import { presentPage, presentReport, presentReportList, presentSave, presentSearch } from './presenters.js';
import {
  ClaimListResponse, ClaimQuerySchema, FetchReportBody, FetchResponse, EntityListResponse, EntityQuerySchema, EventListResponse, EventQuerySchema, NewReportBody, RAW_TYPES, RawUploadQuery,
  ReportListQuery, ReportListResponse, ReportParams, ReportResponse, SaveResponse, SearchQuerySchema, SearchResponse,
  TimexListResponse, TimexQuerySchema,
} from './schemas.js';
import { jsonBody, validate } from './validate.js';
import { KNOWLEDGE_ROUTES } from './knowledge/routes.js';

export interface Deps {
  store: Store;
  /** May the server fetch private and loopback addresses (`parley serve --allow-private`; tests)? */
  allowPrivateFetch: boolean;
  /** The knowledge base across the store's reports (timeline, actors), rebuilt as the store changes. */
  knowledge: KnowledgeBaseCache;
  /** Where reports are analysed: in a worker pool under `parley serve`, in this thread by default. */
  analyser: Analyser;
}

export interface RouteSpec {
  method: 'get' | 'post';
  /** Hono syntax (`:id`); the OpenAPI document rewrites it to `{id}`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodType;
  body?: { json: z.ZodType; raw: readonly string[]; rawQuery: z.ZodType };
  responses: { status: 200 | 201; description: string; schema: z.ZodType }[];
  errors: readonly ErrorStatus[];
  handle(c: Context, deps: Deps): Promise<Response>;
}

const query = (c: Context): Record<string, string> => c.req.query();

const CORE_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get', path: '/api/reports', summary: 'List stored reports, newest first',
    query: ReportListQuery,
    responses: [{ status: 200, description: 'a page of reports', schema: ReportListResponse }],
    errors: [400],
    async handle(c, { store }) {
      const q = validate(ReportListQuery, query(c), 'query');
      return c.json(presentReportList(await store.listReports(q)));
    },
  },
  {
    method: 'get', path: '/api/reports/:id', summary: 'One report with every annotation and warning (the extraction format)',
    params: ReportParams,
    responses: [{ status: 200, description: 'the report', schema: ReportResponse }],
    errors: [400, 404],
    async handle(c, { store }) {
      const { id } = validate(ReportParams, c.req.param(), 'path');
      return c.json(presentReport(await getReportCommand(store, id)));
    },
  },
  {
    method: 'post', path: '/api/reports', summary: 'Analyse a report and store it',
    body: { json: NewReportBody, raw: Object.keys(RAW_TYPES), rawQuery: RawUploadQuery },
    responses: [
      { status: 201, description: 'stored as a new report', schema: SaveResponse },
      { status: 200, description: 'already stored (duplicate) or a re-publication of a stored report (near-duplicate)', schema: SaveResponse },
    ],
    errors: [400, 413, 415, 422],
    async handle(c, { store, analyser }) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      let input;
      if (type === 'application/json') {
        const body = validate(NewReportBody, await jsonBody(c), 'body');
        const { text, format, source, ...meta } = body;
        input = { bytes: new TextEncoder().encode(text), format, source: source ?? 'api', overrides: dropUndefined(meta) };
      } else if (RAW_TYPES[type] !== undefined) {
        const { source, ...meta } = validate(RawUploadQuery, query(c), 'query');
        input = { bytes: new Uint8Array(await c.req.arrayBuffer()), format: RAW_TYPES[type], source: source ?? 'api', overrides: dropUndefined(meta) };
      } else {
        throw unsupportedMediaType(type, ['application/json', ...Object.keys(RAW_TYPES)]);
      }
      const { saved, warnings } = await addReportCommand(store, analyser, input);
      return c.json(presentSave(saved, warnings), saved.status === 'added' ? 201 : 200);
    },
  },
  {
    method: 'post', path: '/api/reports/fetch', summary: 'Fetch a page or a feed (every item) by URL, analyse and store each report',
    body: { json: FetchReportBody, raw: [], rawQuery: z.object({}).strict() },
    responses: [{ status: 200, description: 'what was stored (added, duplicate or near-duplicate) and the feed items that failed', schema: FetchResponse }],
    errors: [400, 422],
    async handle(c, { store, analyser, allowPrivateFetch }) {
      const { url, ...meta } = validate(FetchReportBody, await jsonBody(c), 'body');
      const result = await fetchReportsCommand(store, analyser, url, dropUndefined(meta), { allowPrivate: allowPrivateFetch });
      return c.json({ saved: result.saved.map((r) => presentSave(r.saved, r.warnings)), failed: result.failed });
    },
  },
  {
    method: 'get', path: '/api/search', summary: 'Full-text search over reports, with highlighted snippets',
    query: SearchQuerySchema,
    responses: [{ status: 200, description: 'matching reports, best first', schema: SearchResponse }],
    errors: [400],
    async handle(c, { store }) {
      return c.json(presentSearch(await store.search(validate(SearchQuerySchema, query(c), 'query'))));
    },
  },
  {
    method: 'get', path: '/api/entities', summary: 'Entity names as the reports give them, grouped by exact name and type (spellings not resolved: see /api/actors)',
    query: EntityQuerySchema,
    responses: [{ status: 200, description: 'entities, the most reported first', schema: EntityListResponse }],
    errors: [400],
    async handle(c, { store }) {
      return c.json(presentPage(await store.entities(validate(EntityQuerySchema, query(c), 'query'))));
    },
  },
  {
    method: 'get', path: '/api/timexes', summary: 'Temporal expressions whose days overlap a date range',
    query: TimexQuerySchema,
    responses: [{ status: 200, description: 'timexes in calendar order', schema: TimexListResponse }],
    errors: [400],
    async handle(c, { store }) {
      return c.json(presentPage(await store.timexes(validate(TimexQuerySchema, query(c), 'query'))));
    },
  },
  {
    method: 'get', path: '/api/events', summary: 'Events (meetings, calls, visits, …) in calendar order: the timeline',
    query: EventQuerySchema,
    responses: [{ status: 200, description: 'events, earliest first; undated ones last', schema: EventListResponse }],
    errors: [400],
    async handle(c, { store }) {
      return c.json(presentPage(await store.events(validate(EventQuerySchema, query(c), 'query'))));
    },
  },
  {
    method: 'get', path: '/api/claims', summary: 'Quotes and attributed or qualified statements (the claims explorer): a filter per column, sorting, paging',
    query: ClaimQuerySchema,
    responses: [{ status: 200, description: 'quotes and claims, newest report first unless sorted; `total` counts every match', schema: ClaimListResponse }],
    errors: [400],
    async handle(c, { store }) {
      return c.json(presentPage(await store.claims(validate(ClaimQuerySchema, query(c), 'query'))));
    },
  },
];

export const ROUTES: readonly RouteSpec[] = [...CORE_ROUTES, ...KNOWLEDGE_ROUTES];

function dropUndefined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
