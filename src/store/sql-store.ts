/**
 * The Store over SQL: every query of both engines lives here, written once in the dialect
 * PGlite and PostgreSQL share. Rows go in with `jsonb_to_recordset` (one statement per table,
 * whatever the number of annotations) and come out with explicit casts (`::int`, `to_char`) so
 * both drivers return the same JavaScript values.
 */
import { ActorDecisionSchema, type ActorDecision } from '../model/decisions.js';
import type { JournalEntry, JournalHead } from './types.js';
import type { Extraction, KnowledgeReport } from '../model/extraction.js';
import type { Database, Queryable } from './db.js';
import { jaccard, lshBands, NEAR_DUPLICATE_THRESHOLD, shingles } from './near-duplicate.js';
import { timexRange } from '../model/timex-range.js';
import type {
  ClaimQuery, ClaimRow, EntityQuery, EventQuery, EventRow, EntitySummary, NearDuplicate, Paged, ReportQuery, ReportSummary, SaveResult,
  SearchHit, SearchQuery, Snippet, Store, StoredReport, TimexQuery, TimexRow,
} from './types.js';

/** Serialises saves so near-duplicate checks and inserts of concurrent writers do not interleave. */
const SAVE_LOCK = 7_270_002;
const HL_START = '\uE000';
const HL_STOP = '\uE001';
const HEADLINE_OPTIONS = `StartSel=${HL_START}, StopSel=${HL_STOP}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

const ISO_TS = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;
const ts = (col: string): string => `to_char(${col} at time zone 'UTC', ${ISO_TS})`;
const day = (col: string): string => `to_char(${col}, 'YYYY-MM-DD')`;

/** WHERE clauses with positional parameters. */
class Conditions {
  readonly params: unknown[] = [];
  readonly parts: string[] = [];
  /** `sql` uses `?` for each value, in order. */
  add(sql: string, ...values: unknown[]): this {
    let i = 0;
    this.parts.push(sql.replace(/\?/g, () => {
      this.params.push(values[i++]);
      return `$${this.params.length}`;
    }));
    return this;
  }
  get where(): string {
    return this.parts.length > 0 ? `where ${this.parts.join(' and ')}` : '';
  }
  /** `limit $n offset $m` with the page appended to the parameters. */
  page(limit: number, offset: number): { sql: string; params: unknown[] } {
    const params = [...this.params, limit, offset];
    return { sql: `limit $${params.length - 1} offset $${params.length}`, params };
  }
}

/** Latin letters with diacritics and what they fold to (same length: SQL translate()). */
const ACCENTED = 'àáâãäåāăąçćčďèéêëēėęěìíîïīįľłĺñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżžÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮĽŁĹÑŃŇÒÓÔÕÖØŌŐŔŘŚŠŞŤŢÙÚÛÜŪŮŰŲÝŸŹŻŽ';
const PLAIN = 'aaaaaaaaacccdeeeeeeeeiiiiiilllnnnoooooooorrssstt' + 'uuuuuuuuyyzzz';
/** Case- and accent-folded SQL expression (lower() alone may leave non-ASCII capitals alone). */
const fold = (expr: string): string => `translate(lower(${expr}), '${ACCENTED}', '${PLAIN}${PLAIN}')`;
const FOLD_JS = new Map([...ACCENTED].map((ch, i) => [ch, (PLAIN + PLAIN)[i] ?? ch]));
/** A LIKE pattern for a substring, folded as `fold` folds. */
const foldedLike = (s: string): string => likePattern([...s.normalize('NFC').toLowerCase()].map((ch) => FOLD_JS.get(ch) ?? ch).join(''));
/** How far a cue may sit from its statement for the text between them to be returned. */
const BETWEEN_MAX = 60;

const likePattern = (s: string): string => `%${s.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * JSON for a jsonb parameter. PostgreSQL refuses a lone surrogate (`"\ud83d"`), which a span
 * cutting an emoji in half would produce: it becomes U+FFFD, same length, offsets unchanged.
 */
export function toJsonb(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? v.replace(LONE_SURROGATE, '\uFFFD') : v));
}

function insertRows(tx: Queryable, table: string, columns: string, rows: readonly object[]): Promise<unknown> {
  if (rows.length === 0) return Promise.resolve();
  const names = columns.split(',').map((c) => c.trim().split(/\s+/)[0]).join(', ');
  return tx.query(`insert into ${table} (${names}) select ${names} from jsonb_to_recordset($1::jsonb) as x(${columns})`, [toJsonb(rows)]);
}

interface ReportRow {
  [k: string]: unknown;
  id: string; source: string; title: string | null; published: string | null; publisher: string | null; url: string | null;
  authors: string[]; text: string; sentences: [number, number][]; paragraphs: Extraction['paragraphs'];
  markers: Extraction['markers']; ingested_at: string;
}

/** Rows of several reports (ordered by report), grouped by report id. */
function byReport<R extends { report_id: string }>(rows: R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of rows) {
    let list = out.get(r.report_id);
    if (!list) out.set(r.report_id, (list = []));
    list.push(r);
  }
  return out;
}

function span(start: number | null, end: number | null): { start: number; end: number } | null {
  return start !== null && end !== null ? { start, end } : null;
}

type EventDbRow = { id: string; type: Extraction['events'][number]['type']; date: string | null; participants: string[]; parties: NonNullable<Extraction['events'][number]['parties']>; location: string | null; trigger_start: number; trigger_end: number; status: string; claim: number | null; summary: string; rule: string; confidence: number };
type QuoteDbRow = { span_start: number; span_end: number; speaker: string | null; cue_start: number | null; cue_end: number | null; rule: string; confidence: number };
type ClaimDbRow = { span_start: number; span_end: number; source: string | null; speaker: string | null; modality: Extraction['claims'][number]['modality']; cue_start: number | null; cue_end: number | null; source_span_start: number | null; source_span_end: number | null; citations: string[]; chain: Extraction['claims'][number]['chain']; rule: string; confidence: number };

/** The rows of events, quotes and claims of a batch of reports ($1: their ids), for whole reports and for the journal alike. */
const EVENTS_OF_REPORTS = 'select report_id, id, type, date, participants, parties, location, trigger_start, trigger_end, status, claim, summary, rule, confidence from events where report_id = any($1::text[]) order by report_id, ord';
const QUOTES_OF_REPORTS = 'select report_id, span_start, span_end, speaker, cue_start, cue_end, rule, confidence from quotes where report_id = any($1::text[]) order by report_id, ord';
const CLAIMS_OF_REPORTS = 'select report_id, span_start, span_end, source, speaker, modality, cue_start, cue_end, source_span_start, source_span_end, citations, chain, rule, confidence from claims where report_id = any($1::text[]) order by report_id, ord';

function presentEventRow(v: EventDbRow): Extraction['events'][number] {
  return {
    id: v.id, type: v.type, date: v.date, participants: v.participants,
    ...(v.parties.length > 0 ? { parties: v.parties } : {}), location: v.location,
    trigger: { start: v.trigger_start, end: v.trigger_end }, status: v.status, claim: v.claim, summary: v.summary,
    rule: v.rule, confidence: v.confidence,
  };
}

function presentQuoteRow(x: QuoteDbRow): Extraction['quotes'][number] {
  return { start: x.span_start, end: x.span_end, speaker: x.speaker, cue: span(x.cue_start, x.cue_end), rule: x.rule, confidence: x.confidence };
}

function presentClaimRow(c: ClaimDbRow): Extraction['claims'][number] {
  return {
    start: c.span_start, end: c.span_end, source: c.source, speaker: c.speaker, modality: c.modality,
    cue: span(c.cue_start, c.cue_end), source_span: span(c.source_span_start, c.source_span_end),
    citations: c.citations, chain: c.chain, rule: c.rule, confidence: c.confidence,
  };
}

export class SqlStore implements Store {
  readonly engine: 'embedded' | 'postgres';
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
    this.engine = db.engine;
  }

  async saveReport(x: Extraction): Promise<SaveResult> {
    const shingleSet = shingles(x.text);
    const bands = lshBands(shingleSet);
    return this.#db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [SAVE_LOCK]);
      const seen = await tx.query<{ original: string }>(
        'select id as original from reports where id = $1 union all select original_id from near_duplicates where id = $1', [x.id]);
      if (seen[0]) return { status: 'duplicate', id: x.id, duplicateOf: seen[0].original };

      if (bands.length > 0) {
        const candidates = await tx.query<{ id: string; text: string }>(
          `select r.id, r.text from reports r where r.id in (
             select b.report_id from report_bands b
             join jsonb_to_recordset($1::jsonb) as x(band integer, hash integer) on b.band = x.band and b.hash = x.hash)`,
          [JSON.stringify(bands)]);
        let best: { id: string; similarity: number } | null = null;
        for (const c of candidates) {
          const similarity = jaccard(shingleSet, shingles(c.text));
          if (similarity >= NEAR_DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) best = { id: c.id, similarity };
        }
        if (best) {
          await tx.query(
            `insert into near_duplicates (id, original_id, similarity, source, title, published, publisher, url)
             values ($1, $2, $3, $4, $5, $6::date, $7, $8)`,
            [x.id, best.id, best.similarity, x.source, x.title, x.published, x.publisher, x.url]);
          return { status: 'near-duplicate', id: x.id, duplicateOf: best.id, similarity: best.similarity };
        }
      }

      const inserted = await tx.query(
        `insert into reports (id, source, title, published, publisher, url, authors, text, sentences, paragraphs, markers)
         values ($1, $2, $3, $4::date, $5, $6, $7::jsonb, $8, $9::jsonb, $10::jsonb, $11::jsonb)
         on conflict (id) do nothing returning id`,
        [x.id, x.source, x.title, x.published, x.publisher, x.url, toJsonb(x.authors), x.text,
          toJsonb(x.sentences), toJsonb(x.paragraphs), toJsonb(x.markers)]);
      if (inserted.length === 0) return { status: 'duplicate', id: x.id, duplicateOf: x.id };
      await this.#insertAnnotations(tx, x, bands);
      return { status: 'added', id: x.id };
    });
  }

  async #insertAnnotations(tx: Queryable, x: Extraction, bands: readonly { band: number; hash: number }[]): Promise<void> {
    const r = x.id;
    const slice = (s: { start: number; end: number } | null): string | null => (s ? x.text.slice(s.start, s.end) : null);
    await insertRows(tx, 'report_bands', 'report_id text, band integer, hash integer', bands.map((b) => ({ report_id: r, ...b })));
    await insertRows(tx, 'entities', 'report_id text, id text, ord integer, name text, type text, aliases jsonb, roles jsonb, merges jsonb',
      x.entities.map((e, ord) => ({ report_id: r, id: e.id, ord, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, merges: e.merges })));
    await insertRows(tx, 'mentions', 'report_id text, entity_id text, ord integer, span_start integer, span_end integer, rule text, confidence double precision',
      x.entities.flatMap((e) => e.mentions.map((m, ord) => ({
        report_id: r, entity_id: e.id, ord, span_start: m.start, span_end: m.end, rule: m.rule, confidence: m.confidence,
      }))));
    await insertRows(tx, 'timexes',
      'report_id text, ord integer, span_start integer, span_end integer, text text, type text, value text, mod text, fields jsonb, anchor text, range_start date, range_end date, rule text, confidence double precision',
      x.timexes.map((t, ord) => {
        const range = timexRange(t.value);
        return {
          report_id: r, ord, span_start: t.start, span_end: t.end, text: t.text, type: t.type, value: t.value, mod: t.mod ?? null,
          fields: t.fields, anchor: t.anchor ?? null, range_start: range?.start ?? null, range_end: range?.end ?? null,
          rule: t.rule, confidence: t.confidence,
        };
      }));
    await insertRows(tx, 'events',
      'report_id text, id text, ord integer, type text, date text, range_start date, range_end date, participants jsonb, parties jsonb, location text, trigger_start integer, trigger_end integer, status text, claim integer, summary text, rule text, confidence double precision',
      x.events.map((v, ord) => {
        const range = timexRange(v.date);
        return {
          report_id: r, id: v.id, ord, type: v.type, date: v.date, range_start: range?.start ?? null, range_end: range?.end ?? null,
          participants: v.participants, parties: v.parties ?? [], location: v.location, trigger_start: v.trigger.start, trigger_end: v.trigger.end,
          status: v.status, claim: v.claim, summary: v.summary, rule: v.rule, confidence: v.confidence,
        };
      }));
    await insertRows(tx, 'quotes',
      'report_id text, ord integer, span_start integer, span_end integer, text text, speaker text, cue_start integer, cue_end integer, rule text, confidence double precision',
      x.quotes.map((q, ord) => ({
        report_id: r, ord, span_start: q.start, span_end: q.end, text: slice(q), speaker: q.speaker,
        cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null, rule: q.rule, confidence: q.confidence,
      })));
    await insertRows(tx, 'claims',
      'report_id text, ord integer, span_start integer, span_end integer, text text, source text, speaker text, modality text, cue_start integer, cue_end integer, cue_text text, source_span_start integer, source_span_end integer, source_text text, citations jsonb, chain jsonb, rule text, confidence double precision',
      x.claims.map((c, ord) => ({
        report_id: r, ord, span_start: c.start, span_end: c.end, text: slice(c), source: c.source, speaker: c.speaker, modality: c.modality,
        cue_start: c.cue?.start ?? null, cue_end: c.cue?.end ?? null, cue_text: slice(c.cue),
        source_span_start: c.source_span?.start ?? null, source_span_end: c.source_span?.end ?? null, source_text: slice(c.source_span),
        citations: c.citations, chain: c.chain, rule: c.rule, confidence: c.confidence,
      })));
    await insertRows(tx, 'citations',
      'report_id text, ord integer, marker text, span_start integer, span_end integer, title text, authors jsonb, translators jsonb, publisher text, date text, url text, inline boolean',
      x.citations.map((c, ord) => ({
        report_id: r, ord, marker: c.marker, span_start: c.start, span_end: c.end, title: c.title, authors: c.authors,
        translators: c.translators, publisher: c.publisher, date: c.date, url: c.url, inline: c.inline,
      })));
    await insertRows(tx, 'warnings',
      'report_id text, ord integer, code text, message text, rule text, span_start integer, span_end integer, marker text',
      x.warnings.map((w, ord) => ({
        report_id: r, ord, code: w.code, message: w.message, rule: w.rule,
        span_start: w.start ?? null, span_end: w.end ?? null, marker: w.marker ?? null,
      })));
  }

  async listReports(q: ReportQuery): Promise<Paged<ReportSummary>> {
    const c = new Conditions();
    if (q.publisher !== undefined) c.add('lower(r.publisher) = lower(?)', q.publisher);
    if (q.from !== undefined) c.add('r.published >= ?::date', q.from);
    if (q.to !== undefined) c.add('r.published <= ?::date', q.to);
    const page = c.page(q.limit, q.offset);
    const count = (table: string): string => `(select count(*)::int from ${table} a where a.report_id = r.id)`;
    const [rows, total] = await Promise.all([
      this.#db.query<ReportSummaryRow>(
        `select r.id, r.source, r.title, ${day('r.published')} as published, r.publisher, r.url, r.authors,
                ${ts('r.ingested_at')} as ingested_at,
                ${count('entities')} as entities, ${count('timexes')} as timexes, ${count('events')} as events,
                ${count('quotes')} as quotes, ${count('claims')} as claims, ${count('citations')} as citations,
                ${count('warnings')} as warnings, (select count(*)::int from near_duplicates n where n.original_id = r.id) as near_duplicates
         from reports r ${c.where} order by r.seq desc ${page.sql}`, page.params),
      this.#count(`select count(*)::int as n from reports r ${c.where}`, c.params),
    ]);
    return {
      items: rows.map((r) => ({
        id: r.id, source: r.source, title: r.title, published: r.published, publisher: r.publisher, url: r.url, authors: r.authors,
        ingestedAt: r.ingested_at,
        counts: {
          entities: r.entities, timexes: r.timexes, events: r.events, quotes: r.quotes, claims: r.claims,
          citations: r.citations, warnings: r.warnings, nearDuplicates: r.near_duplicates,
        },
      })),
      total, limit: q.limit, offset: q.offset,
    };
  }

  async #count(sql: string, params: readonly unknown[]): Promise<number> {
    const rows = await this.#db.query<{ n: number }>(sql, params);
    return rows[0]?.n ?? 0;
  }

  async recordDecision(decision: ActorDecision): Promise<void> {
    await this.#db.query('insert into actor_decisions (decision) values ($1::jsonb)', [JSON.stringify(ActorDecisionSchema.parse(decision))]);
  }

  async decisions(): Promise<ActorDecision[]> {
    const rows = await this.#db.query<{ decision: unknown }>('select decision from actor_decisions order by seq');
    return rows.map((r) => ActorDecisionSchema.parse(typeof r.decision === 'string' ? JSON.parse(r.decision) : r.decision));
  }

  async *journal(after = 0): AsyncIterable<JournalEntry> {
    // The order first (small rows), then the entries' bodies a batch at a time: paging by
    // journal number could skip an entry whose save committed after a later-numbered one.
    const order = await this.#db.query<{ kind: 'report' | 'decision'; seq: number; id: string | null; decision: unknown }>(
      `select 'report' as kind, journal::int as seq, id, null::jsonb as decision from reports where journal > $1
       union all
       select 'decision' as kind, journal::int as seq, null as id, decision from actor_decisions where journal > $1
       order by seq`, [after]);
    for (let i = 0; i < order.length; i += 100) {
      const slice = order.slice(i, i + 100);
      const reports = new Map((await this.#knowledgeReports(slice.flatMap((r) => (r.id !== null ? [r.id] : [])))).map((r) => [r.id, r]));
      for (const row of slice) {
        if (row.kind === 'decision') {
          const decision = ActorDecisionSchema.parse(typeof row.decision === 'string' ? JSON.parse(row.decision) : row.decision);
          yield { kind: 'decision', seq: row.seq, decision };
          continue;
        }
        const report = reports.get(row.id!);
        if (report) yield { kind: 'report', seq: row.seq, report };
      }
    }
  }

  async journalHead(): Promise<JournalHead> {
    const [row] = await this.#db.query<{ reports: number; decisions: number }>(
      'select (select count(*)::int from reports) as reports, (select count(*)::int from actor_decisions) as decisions');
    return row ?? { reports: 0, decisions: 0 };
  }

  countReports(): Promise<number> {
    return this.#count('select count(*)::int as n from reports', []);
  }

  async nearDuplicateOf(id: string): Promise<string | null> {
    const rows = await this.#db.query<{ original_id: string }>('select original_id from near_duplicates where id = $1', [id]);
    return rows[0]?.original_id ?? null;
  }

  async getReport(id: string): Promise<StoredReport | null> {
    return (await this.#getReports([id]))[0] ?? null;
  }

  /** Reports by id, rebuilt from the tables with one query per table for the whole batch (in the order of `ids`; unknown ids left out). */
  async #getReports(ids: readonly string[]): Promise<StoredReport[]> {
    if (ids.length === 0) return [];
    const db = this.#db;
    const reports = await db.query<ReportRow>(
      `select id, source, title, ${day('published')} as published, publisher, url, authors, text, sentences, paragraphs, markers,
              ${ts('ingested_at')} as ingested_at
       from reports where id = any($1::text[])`, [ids]);
    if (reports.length === 0) return [];
    const q = <R extends Record<string, unknown>>(sql: string): Promise<Map<string, (R & { report_id: string })[]>> =>
      db.query<R & { report_id: string }>(sql, [ids]).then(byReport);
    const [entitiesOf, mentionsOf, timexesOf, eventsOf, quotesOf, claimsOf, citationsOf, warningsOf, nearOf] = await Promise.all([
      q<{ id: string; name: string; type: Extraction['entities'][number]['type']; aliases: string[]; roles: string[]; merges: Extraction['entities'][number]['merges'] }>(
        'select report_id, id, name, type, aliases, roles, merges from entities where report_id = any($1::text[]) order by report_id, ord'),
      q<{ entity_id: string; span_start: number; span_end: number; rule: string; confidence: number }>(
        'select report_id, entity_id, span_start, span_end, rule, confidence from mentions where report_id = any($1::text[]) order by report_id, entity_id, ord'),
      q<{ span_start: number; span_end: number; text: string; type: Extraction['timexes'][number]['type']; value: string; mod: string | null; fields: Extraction['timexes'][number]['fields']; anchor: string | null; rule: string; confidence: number }>(
        'select report_id, span_start, span_end, text, type, value, mod, fields, anchor, rule, confidence from timexes where report_id = any($1::text[]) order by report_id, ord'),
      q<EventDbRow>(EVENTS_OF_REPORTS),
      q<QuoteDbRow>(QUOTES_OF_REPORTS),
      q<ClaimDbRow>(CLAIMS_OF_REPORTS),
      q<{ marker: string | null; span_start: number; span_end: number; title: string | null; authors: string[]; translators: string[]; publisher: string | null; date: string | null; url: string | null; inline: boolean }>(
        'select report_id, marker, span_start, span_end, title, authors, translators, publisher, date, url, inline from citations where report_id = any($1::text[]) order by report_id, ord'),
      q<{ code: string; message: string; rule: string; span_start: number | null; span_end: number | null; marker: string | null }>(
        'select report_id, code, message, rule, span_start, span_end, marker from warnings where report_id = any($1::text[]) order by report_id, ord'),
      q<NearDuplicateRow>(
        `select original_id as report_id, id, source, title, ${day('published')} as published, publisher, url, similarity, ${ts('ingested_at')} as ingested_at
         from near_duplicates where original_id = any($1::text[]) order by original_id, ingested_at, id`),
    ]);
    const byId = new Map(reports.map((r) => [r.id, r]));
    return ids.flatMap((id): StoredReport[] => {
      const report = byId.get(id);
      if (!report) return [];
      const of = <R>(m: Map<string, R[]>): R[] => m.get(id) ?? [];
      const [entities, timexes, events, quotes, claims, citations, warnings, near] = [
        of(entitiesOf), of(timexesOf), of(eventsOf), of(quotesOf), of(claimsOf), of(citationsOf), of(warningsOf), of(nearOf)];
      const mentionsByEntity = new Map<string, Extraction['entities'][number]['mentions']>();
      for (const m of of(mentionsOf)) {
        let list = mentionsByEntity.get(m.entity_id);
        if (!list) mentionsByEntity.set(m.entity_id, (list = []));
        list.push({ start: m.span_start, end: m.span_end, rule: m.rule, confidence: m.confidence });
      }
      return [{
        id: report.id, source: report.source, title: report.title, published: report.published, publisher: report.publisher,
        url: report.url, authors: report.authors, text: report.text, sentences: report.sentences, paragraphs: report.paragraphs,
        entities: entities.map(({ report_id: _r, ...e }) => ({ ...e, mentions: mentionsByEntity.get(e.id) ?? [] })),
        timexes: timexes.map((t) => ({
          start: t.span_start, end: t.span_end, text: t.text, type: t.type, value: t.value,
          ...(t.mod !== null ? { mod: t.mod } : {}),
          rule: t.rule, confidence: t.confidence, fields: t.fields,
          ...(t.anchor !== null ? { anchor: t.anchor } : {}),
        })),
        events: events.map(presentEventRow),
        quotes: quotes.map(presentQuoteRow),
        claims: claims.map(presentClaimRow),
        citations: citations.map((c) => ({
          start: c.span_start, end: c.span_end, marker: c.marker, title: c.title, authors: c.authors, translators: c.translators,
          publisher: c.publisher, date: c.date, url: c.url, inline: c.inline,
        })),
        markers: report.markers,
        warnings: warnings.map((w) => ({
          code: w.code, message: w.message, rule: w.rule,
          ...(w.span_start !== null ? { start: w.span_start } : {}),
          ...(w.span_end !== null ? { end: w.span_end } : {}),
          ...(w.marker !== null ? { marker: w.marker } : {}),
        })),
        ingested_at: report.ingested_at,
        near_duplicates: near.map(({ report_id: _r, ...n }) => presentNearDuplicate(n)),
      }];
    });
  }

  /**
   * What the knowledge base reads of reports, by id, one query per table for the batch: the
   * columns and tables it needs only (no paragraphs, markers, timexes, citations, warnings or
   * near-duplicates), which makes a replay of the journal about twice as fast to read.
   */
  async #knowledgeReports(ids: readonly string[]): Promise<KnowledgeReport[]> {
    if (ids.length === 0) return [];
    const db = this.#db;
    const q = <R extends Record<string, unknown>>(sql: string): Promise<Map<string, (R & { report_id: string })[]>> =>
      db.query<R & { report_id: string }>(sql, [ids]).then(byReport);
    const [reports, entitiesOf, mentionsOf, eventsOf, quotesOf, claimsOf] = await Promise.all([
      db.query<{ id: string; title: string | null; published: string | null; publisher: string | null; text: string; sentences: [number, number][] }>(
        `select id, title, ${day('published')} as published, publisher, text, sentences from reports where id = any($1::text[])`, [ids]),
      q<{ id: string; name: string; type: Extraction['entities'][number]['type']; aliases: string[]; roles: string[] }>(
        'select report_id, id, name, type, aliases, roles from entities where report_id = any($1::text[]) order by report_id, ord'),
      q<{ entity_id: string; span_start: number; span_end: number }>(
        'select report_id, entity_id, span_start, span_end from mentions where report_id = any($1::text[]) order by report_id, entity_id, ord'),
      q<EventDbRow>(EVENTS_OF_REPORTS),
      q<QuoteDbRow>(QUOTES_OF_REPORTS),
      q<ClaimDbRow>(CLAIMS_OF_REPORTS),
    ]);
    const byId = new Map(reports.map((r) => [r.id, r]));
    return ids.flatMap((id): KnowledgeReport[] => {
      const r = byId.get(id);
      if (!r) return [];
      const mentions = new Map<string, { start: number; end: number }[]>();
      for (const m of mentionsOf.get(id) ?? []) {
        let list = mentions.get(m.entity_id);
        if (!list) mentions.set(m.entity_id, (list = []));
        list.push({ start: m.span_start, end: m.span_end });
      }
      return [{
        id: r.id, title: r.title, published: r.published, publisher: r.publisher, text: r.text, sentences: r.sentences,
        entities: (entitiesOf.get(id) ?? []).map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles, mentions: mentions.get(e.id) ?? [] })),
        events: (eventsOf.get(id) ?? []).map(presentEventRow),
        quotes: (quotesOf.get(id) ?? []).map(presentQuoteRow),
        claims: (claimsOf.get(id) ?? []).map(presentClaimRow),
      }];
    });
  }

  async *eachReport(): AsyncIterable<StoredReport> {
    let after = 0;
    for (;;) {
      const batch = await this.#db.query<{ id: string; seq: number }>(
        'select id, seq::int as seq from reports where seq > $1 order by seq limit 100', [after]);
      yield* await this.#getReports(batch.map((r) => r.id));
      after = batch.at(-1)?.seq ?? after;
      if (batch.length < 100) return;
    }
  }

  async search(q: SearchQuery): Promise<Paged<SearchHit>> {
    const c = new Conditions().add(`r.search @@ websearch_to_tsquery('english', ?)`, q.q);
    const page = c.page(q.limit, q.offset);
    const n = page.params.length;
    const [rows, total] = await Promise.all([
      this.#db.query<{ id: string; title: string | null; published: string | null; publisher: string | null; rank: number; headline: string }>(
        `select r.id, r.title, ${day('r.published')} as published, r.publisher,
                ts_rank_cd(r.search, websearch_to_tsquery('english', $1))::float8 as rank,
                ts_headline('english', r.text, websearch_to_tsquery('english', $1), $${n + 1}) as headline
         from reports r ${c.where} order by rank desc, r.seq desc ${page.sql}`, [...page.params, HEADLINE_OPTIONS]),
      this.#count(`select count(*)::int as n from reports r ${c.where}`, c.params),
    ]);
    return {
      items: rows.map((r) => ({ id: r.id, title: r.title, published: r.published, publisher: r.publisher, rank: r.rank, snippet: parseHeadline(r.headline) })),
      total, limit: q.limit, offset: q.offset,
    };
  }

  async entities(q: EntityQuery): Promise<Paged<EntitySummary>> {
    const c = new Conditions();
    if (q.type !== undefined) c.add('e.type = ?', q.type);
    if (q.q !== undefined) {
      const like = likePattern(q.q);
      c.add(`(lower(e.name) like ? or exists (select 1 from jsonb_array_elements_text(e.aliases) a where lower(a) like ?))`, like, like);
    }
    const page = c.page(q.limit, q.offset);
    const base = `select e.report_id, e.id, e.name, e.type, e.aliases, e.roles,
                         (select count(*)::int from mentions m where m.report_id = e.report_id and m.entity_id = e.id) as mentions
                  from entities e ${c.where}`;
    const [rows, total] = await Promise.all([
      this.#db.query<{ name: string; type: EntitySummary['type']; report_count: number; mention_count: number; reports: EntitySummary['reports']; aliases: string[][]; roles: string[][] }>(
        `with m as (${base})
         select min(name) as name, type, count(distinct report_id)::int as report_count, sum(mentions)::int as mention_count,
                jsonb_agg(jsonb_build_object('reportId', report_id, 'entityId', id) order by report_id, id) as reports,
                jsonb_agg(aliases) as aliases, jsonb_agg(roles) as roles
         from m group by lower(name), type
         order by report_count desc, mention_count desc, min(name) ${page.sql}`, page.params),
      this.#count(`with m as (${base}) select count(*)::int as n from (select 1 from m group by lower(name), type) g`, c.params),
    ]);
    return {
      items: rows.map((r) => ({
        name: r.name, type: r.type,
        aliases: [...new Set(r.aliases.flat())].filter((a) => a !== r.name).sort(),
        roles: [...new Set(r.roles.flat())].sort(),
        reportCount: r.report_count, mentionCount: r.mention_count, reports: r.reports,
      })),
      total, limit: q.limit, offset: q.offset,
    };
  }

  async timexes(q: TimexQuery): Promise<Paged<TimexRow>> {
    const c = new Conditions();
    if (q.from !== undefined) c.add('t.range_end >= ?::date', q.from);
    if (q.to !== undefined) c.add('t.range_start <= ?::date', q.to);
    if (q.type !== undefined) c.add('t.type = ?', q.type);
    const page = c.page(q.limit, q.offset);
    const [rows, total] = await Promise.all([
      this.#db.query<{ report_id: string; title: string | null; published: string | null; span_start: number; span_end: number; text: string; type: TimexRow['type']; value: string; mod: string | null; range_start: string | null; range_end: string | null; rule: string; confidence: number }>(
        `select t.report_id, r.title, ${day('r.published')} as published, t.span_start, t.span_end, t.text, t.type, t.value, t.mod,
                ${day('t.range_start')} as range_start, ${day('t.range_end')} as range_end, t.rule, t.confidence
         from timexes t join reports r on r.id = t.report_id ${c.where}
         order by t.range_start nulls last, t.range_end nulls last, r.seq, t.ord ${page.sql}`, page.params),
      this.#count(`select count(*)::int as n from timexes t ${c.where}`, c.params),
    ]);
    return {
      items: rows.map((t) => ({
        reportId: t.report_id, reportTitle: t.title, published: t.published, start: t.span_start, end: t.span_end, text: t.text,
        type: t.type, value: t.value, mod: t.mod, from: t.range_start, to: t.range_end, rule: t.rule, confidence: t.confidence,
      })),
      total, limit: q.limit, offset: q.offset,
    };
  }

  async events(q: EventQuery): Promise<Paged<EventRow>> {
    const c = new Conditions();
    if (q.from !== undefined) c.add('v.range_end >= ?::date', q.from);
    if (q.to !== undefined) c.add('v.range_start <= ?::date', q.to);
    if (q.type !== undefined) c.add('v.type = ?', q.type);
    if (q.status !== undefined) c.add('v.status = ?', q.status);
    const page = c.page(q.limit, q.offset);
    const [rows, total] = await Promise.all([
      this.#db.query<{ report_id: string; title: string | null; published: string | null; id: string; type: EventRow['type']; date: string | null; range_start: string | null; range_end: string | null; status: string; participants: EventRow['participants'] | null; location: string | null; location_name: string | null; trigger_start: number; trigger_end: number; summary: string; rule: string; confidence: number }>(
        `select v.report_id, r.title, ${day('r.published')} as published, v.id, v.type, v.date,
                ${day('v.range_start')} as range_start, ${day('v.range_end')} as range_end, v.status,
                (select jsonb_agg(jsonb_build_object('id', e.id, 'name', e.name) order by p.n)
                   from jsonb_array_elements_text(v.participants) with ordinality as p(id, n)
                   join entities e on e.report_id = v.report_id and e.id = p.id) as participants,
                v.location, le.name as location_name, v.trigger_start, v.trigger_end, v.summary, v.rule, v.confidence
         from events v join reports r on r.id = v.report_id
         left join entities le on le.report_id = v.report_id and le.id = v.location
         ${c.where} order by v.range_start nulls last, v.range_end nulls last, r.seq, v.ord ${page.sql}`, page.params),
      this.#count(`select count(*)::int as n from events v ${c.where}`, c.params),
    ]);
    return {
      items: rows.map((v) => ({
        reportId: v.report_id, reportTitle: v.title, published: v.published, id: v.id, type: v.type, date: v.date,
        from: v.range_start, to: v.range_end, status: v.status, participants: v.participants ?? [],
        location: v.location !== null && v.location_name !== null ? { id: v.location, name: v.location_name } : null,
        trigger: { start: v.trigger_start, end: v.trigger_end }, summary: v.summary, rule: v.rule, confidence: v.confidence,
      })),
      total, limit: q.limit, offset: q.offset,
    };
  }

  async claims(q: ClaimQuery): Promise<Paged<ClaimRow>> {
    const c = new Conditions();
    if (q.kind !== undefined) c.add('s.kind = ?', q.kind);
    if (q.modality !== undefined) c.add('s.modality = ?', q.modality);
    if (q.source !== undefined) {
      const like = foldedLike(q.source);
      c.add(`(${fold('se.name')} like ? or ${fold('s.source_text')} like ?
              or exists (select 1 from jsonb_array_elements_text(se.aliases) a where ${fold('a')} like ?))`, like, like, like);
    }
    if (q.speaker !== undefined) {
      const like = foldedLike(q.speaker);
      c.add(`(${fold('sp.name')} like ? or exists (select 1 from jsonb_array_elements_text(sp.aliases) a where ${fold('a')} like ?))`, like, like);
    }
    if (q.text !== undefined) c.add(`${fold('s.text')} like ?`, foldedLike(q.text));
    if (q.outlet !== undefined) c.add(`${fold('r.publisher')} like ?`, foldedLike(q.outlet));
    if (q.published !== undefined) c.add(`${day('r.published')} like ?`, `${q.published.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
    if (q.footnote !== undefined) c.add('exists (select 1 from jsonb_array_elements_text(s.citations) m where m = ?)', q.footnote);
    const from = `from (
        select 'quote'::text as kind, q.report_id, q.ord, q.span_start, q.span_end, q.text, 'quote'::text as modality,
               null::text as source, null::text as source_text, q.speaker, q.cue_start, q.cue_end, null::text as cue_text,
               '[]'::jsonb as citations, q.rule, q.confidence
        from quotes q
        union all
        select 'claim', c.report_id, c.ord, c.span_start, c.span_end, c.text, c.modality,
               c.source, c.source_text, c.speaker, c.cue_start, c.cue_end, c.cue_text, c.citations, c.rule, c.confidence
        from claims c) s
      join reports r on r.id = s.report_id
      left join entities se on se.report_id = s.report_id and se.id = s.source
      left join entities sp on sp.report_id = s.report_id and sp.id = s.speaker`;
    const dir = q.dir === 'asc' ? 'asc' : 'desc';
    const sort = q.sort ?? 'published';
    const key: Record<NonNullable<ClaimQuery['sort']>, string> = {
      text: fold('s.text'), speaker: fold('sp.name'), source: fold('coalesce(se.name, s.source_text)'), modality: 's.modality',
      outlet: fold('r.publisher'), published: 'r.published',
      // Numeric markers in numeric order, before the others.
      footnotes: `case when s.citations->>0 ~ '^[0-9]{1,9}$' then lpad(s.citations->>0, 9, '0') else '~' || (s.citations->>0) end`,
    };
    const sortKey = sort === 'published' ? key[sort] : `nullif(${key[sort]}, '') collate "C"`;
    const order = `order by ${sortKey} ${q.sort === undefined ? 'desc' : dir} nulls last, r.seq desc, s.kind, s.ord`;
    const page = c.page(q.limit, q.offset);
    const [rows, total] = await Promise.all([
      this.#db.query<{ kind: ClaimRow['kind']; ord: number; report_id: string; title: string | null; published: string | null; publisher: string | null; url: string | null; authors: string[]; span_start: number; span_end: number; text: string; modality: ClaimRow['modality']; source: string | null; source_name: string | null; source_text: string | null; speaker: string | null; speaker_name: string | null; cue_start: number | null; cue_end: number | null; cue_text: string | null; citations: string[]; refs: ClaimRow['references'] | null; rule: string; confidence: number }>(
        `select s.kind, s.ord, s.report_id, r.title, ${day('r.published')} as published, r.publisher, r.url, r.authors,
                s.span_start, s.span_end, s.text, s.modality, s.source, se.name as source_name, s.source_text,
                s.speaker, sp.name as speaker_name, s.cue_start, s.cue_end, s.cue_text, s.citations,
                (select jsonb_agg(jsonb_build_object('start', ci.span_start, 'end', ci.span_end, 'marker', ci.marker, 'title', ci.title,
                          'authors', ci.authors, 'translators', ci.translators, 'publisher', ci.publisher, 'date', ci.date, 'url', ci.url,
                          'inline', ci.inline) order by ci.ord)
                   from citations ci where ci.report_id = s.report_id
                    and ci.marker in (select jsonb_array_elements_text(s.citations))) as refs,
                s.rule, s.confidence
         ${from} ${c.where} ${order} ${page.sql}`, page.params),
      this.#count(`select count(*)::int as n ${from} ${c.where}`, c.params),
    ]);
    // Cue words of quotes and the words between a cue and its statement are cut from the text
    // here, in UTF-16 offsets as everywhere else (SQL's substr counts code points).
    const needText = [...new Set(rows.filter((x) => x.cue_start !== null && (x.cue_text === null || x.cue_end! <= x.span_start || x.cue_start >= x.span_end)).map((x) => x.report_id))];
    const texts = new Map((needText.length === 0 ? [] : await this.#db.query<{ id: string; text: string }>(
      'select id, text from reports where id in (select jsonb_array_elements_text($1::jsonb))', [JSON.stringify(needText)])).map((r) => [r.id, r.text]));
    return {
      items: rows.map((x) => {
        const text = texts.get(x.report_id);
        const cue = x.cue_start !== null && x.cue_end !== null
          ? { start: x.cue_start, end: x.cue_end, text: x.cue_text ?? text?.slice(x.cue_start, x.cue_end) ?? '' } : null;
        let between: string | null = null;
        if (cue && text !== undefined) {
          const [from, to] = cue.end <= x.span_start ? [cue.end, x.span_start] : cue.start >= x.span_end ? [x.span_end, cue.start] : [0, -1];
          if (to >= from && to - from <= BETWEEN_MAX) between = text.slice(from, to);
        }
        return {
          id: `${x.report_id}/${x.kind}/${x.ord}`, kind: x.kind, index: x.ord,
          reportId: x.report_id, reportTitle: x.title, published: x.published, outlet: x.publisher, url: x.url, authors: x.authors,
          start: x.span_start, end: x.span_end, text: x.text, modality: x.modality,
          source: x.source !== null && x.source_name !== null ? { id: x.source, name: x.source_name }
            : x.source_text !== null ? { id: null, name: x.source_text } : null,
          speaker: x.speaker !== null && x.speaker_name !== null ? { id: x.speaker, name: x.speaker_name } : null,
          cue, between, citations: x.citations, references: x.refs ?? [], rule: x.rule, confidence: x.confidence,
        };
      }),
      total, limit: q.limit, offset: q.offset,
    };
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}

interface ReportSummaryRow {
  [k: string]: unknown;
  id: string; source: string; title: string | null; published: string | null; publisher: string | null; url: string | null;
  authors: string[]; ingested_at: string; entities: number; timexes: number; events: number; quotes: number; claims: number;
  citations: number; warnings: number; near_duplicates: number;
}

interface NearDuplicateRow {
  [k: string]: unknown;
  id: string; source: string; title: string | null; published: string | null; publisher: string | null; url: string | null;
  similarity: number; ingested_at: string;
}

function presentNearDuplicate(n: NearDuplicateRow): NearDuplicate {
  return {
    id: n.id, source: n.source, title: n.title, published: n.published, publisher: n.publisher, url: n.url,
    similarity: n.similarity, ingestedAt: n.ingested_at,
  };
}

/** ts_headline output with private-use selection marks → plain text + highlight offsets. */
export function parseHeadline(headline: string): Snippet {
  let text = '';
  const highlights: [number, number][] = [];
  let open = -1;
  for (const ch of headline) {
    if (ch === HL_START) open = text.length;
    else if (ch === HL_STOP) {
      if (open >= 0) highlights.push([open, text.length]);
      open = -1;
    } else text += ch;
  }
  return { text, highlights };
}
