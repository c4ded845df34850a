/**
 * The one storage test suite (hono's `common.case.test.ts` pattern): exported once, run by
 * `embedded.test.ts` against PGlite and by `postgres.test.ts` against a PostgreSQL server.
 * Every engine must pass every case; an engine that cannot run says why and skips as a whole.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ExtractionSchema, type Extraction } from '../../src/model/extraction.js';
import type { Database } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { SqlStore } from '../../src/store/sql-store.js';
import { mergeActors } from '../../src/resolve/commands.js';
import { buildKnowledgeBase, KnowledgeBaseCache } from '../../src/resolve/from-store.js';
import { StoredReportSchema, type Store } from '../../src/store/types.js';
import {
  accentedQuoteReport, fillerReport, genevaFollowUp, genevaHalfRewritten, genevaReport, genevaRepublished, moscowReport, span,
} from './fixtures.js';

export interface EngineHarness {
  /** A fresh, empty database of this engine (not migrated yet). */
  open(): Promise<Database>;
  /** Called once after the suite. */
  cleanup?(): Promise<void>;
}

const PAGE = { limit: 50, offset: 0 };

/** Drops the store's fields so a stored report compares with the extraction that was saved. */
function asExtraction(stored: Record<string, unknown>): Extraction {
  const { ingested_at: _i, near_duplicates: _n, ...rest } = stored;
  return ExtractionSchema.parse(rest);
}

export function storeSuite(name: string, harness: EngineHarness | { skip: string }): void {
  describe(`store suite: ${name}`, { ...('skip' in harness ? { skip: harness.skip } : {}) }, () => {
    if ('skip' in harness) {
      it('runs on this engine', () => undefined);
      return;
    }
    let db: Database;
    let store: Store;

    before(async () => {
      db = await harness.open();
      const applied = await migrate(db);
      assert.deepEqual(applied, MIGRATIONS.map((m) => m.id), 'a fresh database gets every migration');
      store = new SqlStore(db);
    });
    after(async () => {
      await store?.close();
      await harness.cleanup?.();
    });
    beforeEach(async () => {
      await db.exec('truncate reports, near_duplicates, actor_decisions cascade');
    });

    it('records migrations and applies nothing twice', async () => {
      assert.deepEqual(await migrate(db), []);
      const rows = await db.query<{ id: number; name: string }>('select id, name from parley_migrations order by id');
      assert.deepEqual(rows.map((r) => [r.id, r.name]), MIGRATIONS.map((m) => [m.id, m.name]));
    });

    it('applies a new migration once, in order, and a failing one not at all', async () => {
      const n = MIGRATIONS.at(-1)!.id;
      const next = [...MIGRATIONS, { id: n + 2, name: 'third', sql: 'alter table suite_probe add column b integer' }, { id: n + 1, name: 'second', sql: 'create table suite_probe (a integer)' }];
      try {
        assert.deepEqual(await migrate(db, next), [n + 1, n + 2], 'sorted by id, not by list order');
        assert.deepEqual(await migrate(db, next), []);
        const broken = [...next, { id: n + 3, name: 'good', sql: 'alter table suite_probe add column c integer' }, { id: n + 4, name: 'bad', sql: 'alter table no_such_table add column d integer' }];
        await assert.rejects(migrate(db, broken));
        const ids = (await db.query<{ id: number }>('select id from parley_migrations order by id')).map((r) => r.id);
        assert.deepEqual(ids, [...MIGRATIONS.map((m) => m.id), n + 1, n + 2], 'neither of the last two is recorded');
        const cols = await db.query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'suite_probe' order by column_name`);
        assert.deepEqual(cols.map((c) => c.column_name), ['a', 'b'], 'the good one was rolled back with the bad one');
      } finally {
        await db.exec('drop table if exists suite_probe');
        await db.query('delete from parley_migrations where id > $1', [n]);
      }
    });

    it('saves a report and gives back the same extraction, rebuilt from the tables', async () => {
      const x = genevaReport();
      assert.deepEqual(await store.saveReport(x), { status: 'added', id: x.id });
      const stored = await store.getReport(x.id);
      assert.ok(stored);
      StoredReportSchema.parse(stored);
      assert.deepEqual(asExtraction(stored), ExtractionSchema.parse(x));
      assert.match(stored.ingested_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      assert.deepEqual(stored.near_duplicates, []);
      // The queries read the annotation tables, not a JSON copy.
      const [counts] = await db.query<{ e: number; m: number; w: number }>(
        `select (select count(*)::int from entities) as e, (select count(*)::int from mentions) as m, (select count(*)::int from warnings) as w`);
      assert.deepEqual(counts, { e: 3, m: 4, w: 2 });
      assert.equal(await store.getReport('0000000000000000'), null);
    });

    it('keeps optional fields absent (not null) and empty layers empty', async () => {
      const x = genevaFollowUp();
      await store.saveReport(x);
      const stored = await store.getReport(x.id);
      assert.ok(stored);
      assert.deepEqual(asExtraction(stored), x);
      const g = genevaReport();
      await store.saveReport(g);
      const back = asExtraction((await store.getReport(g.id))!);
      assert.equal('mod' in back.timexes[0]!, false);
      assert.equal(back.timexes[1]!.mod, 'END');
      assert.equal('start' in back.warnings[1]!, false);
    });

    it('stores a span that cuts a surrogate pair in half (as U+FFFD in JSON columns)', async () => {
      const x = fillerReport(9);
      const text = `${x.text} The delegates posted 🕊 and left.`;
      const dove = text.indexOf('🕊');
      const odd = {
        ...x, id: 'surrogate-test', text,
        entities: [{ id: 'e1', name: text.slice(dove, dove + 1), type: 'other' as const, aliases: [], roles: [], merges: [], mentions: [{ start: dove, end: dove + 1, rule: 'test', confidence: 1 }] }],
      };
      assert.equal((await store.saveReport(odd)).status, 'added');
      const back = await store.getReport('surrogate-test');
      assert.equal(back?.text, text, 'the text column keeps the pair');
      assert.equal(back?.entities[0]?.name, '\uFFFD');
      assert.deepEqual(back?.entities[0]?.mentions[0], { start: dove, end: dove + 1, rule: 'test', confidence: 1 });
    });

    it('re-saving the same report is a duplicate and changes nothing', async () => {
      const x = genevaReport();
      await store.saveReport(x);
      const before = await store.listReports(PAGE);
      assert.deepEqual(await store.saveReport(genevaReport()), { status: 'duplicate', id: x.id, duplicateOf: x.id });
      const again = await store.listReports(PAGE);
      assert.deepEqual(again, before);
      assert.equal(await store.countReports(), 1);
    });

    it('records a re-published story as a near-duplicate of the stored one, not as a second report', async () => {
      const original = genevaReport();
      const copy = genevaRepublished();
      assert.notEqual(copy.id, original.id);
      await store.saveReport(original);
      const result = await store.saveReport(copy);
      assert.equal(result.status, 'near-duplicate');
      assert.equal(result.duplicateOf, original.id);
      assert.ok(result.similarity !== undefined && result.similarity >= 0.8 && result.similarity < 1, `similarity ${result.similarity}`);
      assert.equal(await store.countReports(), 1);
      assert.equal(await store.getReport(copy.id), null);
      assert.equal(await store.nearDuplicateOf(copy.id), original.id);
      const stored = await store.getReport(original.id);
      assert.deepEqual(stored?.near_duplicates.map((n) => [n.id, n.publisher, n.published, n.source]),
        [[copy.id, 'Syndicating Test Site', '2025-11-25', 'fixtures/geneva-copy.html']]);
      const [summary] = (await store.listReports(PAGE)).items;
      assert.equal(summary?.counts.nearDuplicates, 1);
      // Saving the copy again is a plain duplicate now, still pointing at the original.
      assert.deepEqual(await store.saveReport(copy), { status: 'duplicate', id: copy.id, duplicateOf: original.id });
    });

    it('stores reports that only share some sentences as separate reports', async () => {
      await store.saveReport(genevaReport());
      assert.equal((await store.saveReport(genevaHalfRewritten())).status, 'added');
      assert.equal((await store.saveReport(genevaFollowUp())).status, 'added');
      assert.equal(await store.countReports(), 3);
    });

    it('rolls back a report whose save fails half-way and keeps what was committed before', async () => {
      const first = moscowReport();
      await store.saveReport(first);
      const broken = genevaReport();
      // Two entities with one id: the entities insert fails after the report row went in.
      broken.entities.push({ ...broken.entities[0]!, name: 'Someone Else' });
      await assert.rejects(store.saveReport(broken));
      assert.equal(await store.getReport(broken.id), null);
      assert.equal(await store.countReports(), 1);
      const [leftovers] = await db.query<{ n: number }>(`select count(*)::int as n from report_bands where report_id = $1`, [broken.id]);
      assert.equal(leftovers?.n, 0);
      assert.deepEqual(asExtraction((await store.getReport(first.id))!), first);
      // The store is still usable and the fixed report saves.
      assert.equal((await store.saveReport(genevaReport())).status, 'added');
    });

    it('saves concurrently without losing or doubling reports', async () => {
      const all = [genevaReport(), moscowReport(), genevaReport(), fillerReport(1), fillerReport(2), moscowReport()];
      const results = await Promise.all(all.map((x) => store.saveReport(x)));
      assert.deepEqual(results.map((r) => r.status).sort(), ['added', 'added', 'added', 'added', 'duplicate', 'duplicate']);
      assert.equal(await store.countReports(), 4);
    });

    it('lists reports newest first, paged, filtered by publisher and date', async () => {
      for (let i = 1; i <= 7; i++) await store.saveReport(fillerReport(i));
      await store.saveReport(genevaReport());
      const page1 = await store.listReports({ limit: 3, offset: 0 });
      assert.equal(page1.total, 8);
      assert.deepEqual(page1.items.map((r) => r.title), ['Geneva talks end with a plan to keep talking', 'Bulletin 7', 'Bulletin 6']);
      const page3 = await store.listReports({ limit: 3, offset: 6 });
      assert.deepEqual(page3.items.map((r) => r.title), ['Bulletin 2', 'Bulletin 1']);
      assert.equal((await store.listReports({ limit: 3, offset: 30 })).total, 8);
      const even = await store.listReports({ ...PAGE, publisher: 'even press' });
      assert.deepEqual(even.items.map((r) => r.title), ['Bulletin 6', 'Bulletin 4', 'Bulletin 2']);
      const dated = await store.listReports({ ...PAGE, from: '2025-10-13', to: '2025-10-15' });
      assert.deepEqual(dated.items.map((r) => r.published), ['2025-10-15', '2025-10-14', '2025-10-13']);
      const geneva = (await store.listReports({ ...PAGE, publisher: 'Parley Test Wire' })).items[0];
      assert.deepEqual(geneva?.counts, { entities: 3, timexes: 3, events: 2, quotes: 1, claims: 2, citations: 1, warnings: 2, nearDuplicates: 0 });
      assert.deepEqual(geneva?.authors, ['A. Writer', 'B. Editor']);
    });

    it('searches the full text with web-search syntax and returns highlighted snippets', async () => {
      await store.saveReport(genevaReport());
      await store.saveReport(moscowReport());
      for (let i = 1; i <= 3; i++) await store.saveReport(fillerReport(i));
      const hits = await store.search({ ...PAGE, q: 'security guarantees' });
      assert.equal(hits.total, 1);
      const hit = hits.items[0]!;
      assert.equal(hit.title, 'Geneva talks end with a plan to keep talking');
      assert.ok(hit.rank > 0);
      assert.ok(hit.snippet.highlights.length >= 2);
      for (const [s, e] of hit.snippet.highlights) assert.match(hit.snippet.text.slice(s, e), /^(security|guarantees)$/i);
      assert.ok(!/[\uE000\uE001]/.test(hit.snippet.text));
      // Stemming: "meetings" finds "meeting"; both reports mention one.
      assert.equal((await store.search({ ...PAGE, q: 'meetings' })).total, 2);
      // A quoted phrase and a negation.
      assert.equal((await store.search({ ...PAGE, q: '"five-hour meeting"' })).items[0]?.title, 'Envoy briefs the Kremlin');
      assert.deepEqual((await store.search({ ...PAGE, q: 'meeting -Kremlin' })).items.map((h) => h.title), ['Geneva talks end with a plan to keep talking']);
      // Titles count too, and weigh more than the body.
      assert.equal((await store.search({ ...PAGE, q: 'envoy briefs' })).items[0]?.title, 'Envoy briefs the Kremlin');
      assert.equal((await store.search({ ...PAGE, q: 'zanzibar' })).total, 0);
      // Only stop words: nothing to match, no error.
      assert.equal((await store.search({ ...PAGE, q: 'the and of' })).total, 0);
      // Paging over hits.
      const bulletins = await store.search({ limit: 2, offset: 0, q: 'bulletin agenda' });
      assert.equal(bulletins.total, 3);
      assert.equal(bulletins.items.length, 2);
    });

    it('lists entities across reports, filtered by name, alias and type', async () => {
      await store.saveReport(genevaReport());
      await store.saveReport(moscowReport());
      const rubio = await store.entities({ ...PAGE, q: 'rubio' });
      assert.equal(rubio.total, 1);
      const r = rubio.items[0]!;
      assert.equal(r.type, 'person');
      assert.equal(r.reportCount, 2);
      assert.equal(r.mentionCount, 2);
      assert.deepEqual(r.roles, ['Secretary of State']);
      assert.deepEqual(r.reports.map((x) => x.entityId).sort(), ['e1', 'e4']);
      // An alias finds its entity; the type filter narrows.
      assert.deepEqual((await store.entities({ ...PAGE, q: 'the envoy' })).items.map((e) => e.name), ['Steve Witkoff']);
      assert.deepEqual((await store.entities({ ...PAGE, type: 'place' })).items.map((e) => e.name).sort(), ['Geneva', 'Kyiv']);
      assert.equal((await store.entities({ ...PAGE, type: 'organization', q: 'rubio' })).total, 0);
      // LIKE wildcards in the query are taken literally.
      assert.equal((await store.entities({ ...PAGE, q: '%' })).total, 0);
      const all = await store.entities({ limit: 2, offset: 0 });
      assert.equal(all.total, 6);
      assert.equal(all.items.length, 2);
      assert.equal(all.items[0]?.name.toLowerCase(), 'marco rubio', 'the actor in most reports comes first');
    });

    it('finds timexes by the days they cover', async () => {
      await store.saveReport(genevaReport());
      await store.saveReport(moscowReport());
      const all = await store.timexes(PAGE);
      assert.equal(all.total, 5);
      assert.equal(all.items.at(-1)?.value, 'P1D', 'values without days come last');
      const late = await store.timexes({ ...PAGE, from: '2025-11-24', to: '2025-11-30' });
      assert.deepEqual(late.items.map((t) => t.value), ['2025-11'], 'the month overlaps the week; Sunday the 23rd does not');
      const sunday = await store.timexes({ ...PAGE, from: '2025-11-23', to: '2025-11-23' });
      assert.deepEqual(sunday.items.map((t) => [t.value, t.from, t.to]).sort(), [['2025-11', '2025-11-01', '2025-11-30'], ['2025-11-23', '2025-11-23', '2025-11-23']]);
      const t = sunday.items.find((x) => x.value === '2025-11-23')!;
      assert.equal(GENEVA_TEXT_SLICE(t.start, t.end), 'Sunday');
      assert.equal(t.reportTitle, 'Geneva talks end with a plan to keep talking');
      const december = await store.timexes({ ...PAGE, from: '2025-12-01' });
      assert.deepEqual(december.items.map((x) => x.text), ['early December 2025', 'Tuesday']);
      assert.deepEqual((await store.timexes({ ...PAGE, type: 'duration' })).items.map((x) => x.text), ['within days']);
    });

    it('lists events in calendar order with named participants and places', async () => {
      await store.saveReport(genevaReport());
      await store.saveReport(moscowReport());
      const all = await store.events(PAGE);
      assert.equal(all.total, 2);
      const [meeting, call] = all.items;
      assert.deepEqual([meeting?.type, meeting?.date, meeting?.from, meeting?.to], ['meeting', '2025-11-23', '2025-11-23', '2025-11-23']);
      assert.deepEqual(meeting?.participants, [{ id: 'e1', name: 'Marco Rubio' }]);
      assert.deepEqual(meeting?.location, { id: 'e2', name: 'Geneva' });
      assert.equal(GENEVA_TEXT_SLICE(meeting!.trigger.start, meeting!.trigger.end), 'met');
      assert.deepEqual([call?.type, call?.date, call?.participants, call?.location], ['call', null, [], null], 'undated events come last');
      assert.deepEqual((await store.events({ ...PAGE, from: '2025-11-01', to: '2025-11-30' })).items.map((v) => v.id), ['v1']);
      assert.equal((await store.events({ ...PAGE, from: '2025-11-24' })).total, 0);
      assert.deepEqual((await store.events({ ...PAGE, status: 'planned' })).items.map((v) => v.type), ['call']);
      assert.deepEqual((await store.events({ ...PAGE, type: 'meeting' })).items.map((v) => v.id), ['v1']);
    });

    it('lists claims filtered by modality and by source', async () => {
      await store.saveReport(genevaReport());
      await store.saveReport(moscowReport());
      assert.equal((await store.claims({ ...PAGE, kind: 'claim' })).total, 4);
      const reported = await store.claims({ ...PAGE, modality: 'reported' });
      assert.equal(reported.total, 2);
      // Newest report first.
      assert.deepEqual(reported.items.map((c) => c.text), ['called the five-hour meeting constructive', 'the delegations agreed to keep talking in November']);
      assert.deepEqual(reported.items[0]?.source, { id: 'e2', name: 'Dmitry Peskov' });
      assert.deepEqual(reported.items[0]?.cue, { ...span(moscowReport().text, 'reportedly'), text: 'reportedly' });
      assert.deepEqual(reported.items[1]?.source, { id: null, name: 'officials familiar with the meeting' });
      // By source entity name, by alias, by the source phrase as written.
      assert.deepEqual((await store.claims({ ...PAGE, source: 'peskov' })).items.map((c) => c.modality), ['reported']);
      assert.deepEqual((await store.claims({ ...PAGE, source: 'Rubio' })).items.map((c) => c.modality), ['hedged']);
      assert.deepEqual((await store.claims({ ...PAGE, source: 'briefed on his' })).items.map((c) => c.modality), ['speculative']);
      assert.equal((await store.claims({ ...PAGE, source: 'peskov', modality: 'hedged' })).total, 0);
      const hedged = (await store.claims({ ...PAGE, modality: 'hedged' })).items[0];
      assert.deepEqual(hedged?.citations, ['1']);
      assert.deepEqual(hedged?.speaker, { id: 'e1', name: 'Marco Rubio' });
    });

    it('serves the claims explorer: quotes and claims with their outlet, filtered per column, sorted, paged', async () => {
      const geneva = genevaReport();
      const moscow = moscowReport();
      await store.saveReport(geneva);
      await store.saveReport(moscow);
      const all = await store.claims(PAGE);
      assert.equal(all.total, 5, 'one quote and four claims');
      // Newest report first; within a report claims then quotes, in text order.
      assert.deepEqual(all.items.map((r) => r.id), [
        `${moscow.id}/claim/0`, `${moscow.id}/claim/1`, `${geneva.id}/claim/0`, `${geneva.id}/claim/1`, `${geneva.id}/quote/0`,
      ]);
      const quote = all.items[4]!;
      assert.deepEqual(
        [quote.kind, quote.index, quote.modality, quote.text, quote.speaker, quote.source, quote.outlet, quote.published, quote.url, quote.authors, quote.reportTitle],
        ['quote', 0, 'quote', 'the most useful we have had', { id: 'e1', name: 'Marco Rubio' }, null, 'Parley Test Wire', '2025-11-24', 'https://example.org/geneva', ['A. Writer', 'B. Editor'], geneva.title]);
      assert.deepEqual(quote.cue, { ...span(geneva.text, 'said'), text: 'said' }, 'a quote\'s cue words come with it');
      // The words between a cue and its statement (here the source phrase), from the text.
      const according = all.items[2]!;
      assert.equal(according.between, geneva.text.slice(span(geneva.text, 'According to').end, according.start));
      assert.match(according.between ?? '', /officials familiar with the meeting/);
      assert.equal(all.items[0]!.between, ' ', '"reportedly called": one space');
      const hedged = all.items[3]!;
      assert.equal(hedged.between, null, 'a cue inside its statement');
      assert.deepEqual(hedged.references.map((r) => [r.marker, r.title, r.publisher, r.date]), [['1', 'Geneva round ends', 'Parley Test Wire', '2025-11-24']]);
      assert.deepEqual(all.items[0]!.references, []);

      const ids = async (q: Partial<Parameters<Store['claims']>[0]>) => (await store.claims({ ...PAGE, ...q })).items.map((r) => r.id);
      assert.deepEqual(await ids({ kind: 'quote' }), [`${geneva.id}/quote/0`]);
      assert.deepEqual(await ids({ modality: 'quote' }), [`${geneva.id}/quote/0`]);
      assert.deepEqual(await ids({ speaker: 'rubio' }), [`${geneva.id}/claim/1`, `${geneva.id}/quote/0`]);
      assert.deepEqual(await ids({ speaker: 'THE ENVOY' }), [`${moscow.id}/claim/1`], 'by alias, any case');
      assert.deepEqual(await ids({ text: 'Five-Hour' }), [`${moscow.id}/claim/0`]);
      assert.deepEqual(await ids({ text: '100%_' }), [], 'LIKE wildcards are literal');
      assert.deepEqual(await ids({ outlet: 'other test' }), [`${moscow.id}/claim/0`, `${moscow.id}/claim/1`]);
      assert.equal((await store.claims({ ...PAGE, published: '2025-11' })).total, 3);
      assert.equal((await store.claims({ ...PAGE, published: '2025-12-03' })).total, 2);
      assert.equal((await store.claims({ ...PAGE, published: '2024' })).total, 0);
      assert.deepEqual(await ids({ footnote: '1' }), [`${geneva.id}/claim/1`]);
      assert.deepEqual(await ids({ footnote: '2' }), []);
      assert.deepEqual(await ids({ speaker: 'rubio', kind: 'claim', outlet: 'parley' }), [`${geneva.id}/claim/1`], 'filters combine');

      // Sorting by a column; empty cells last in both directions.
      const speakers = async (dir: 'asc' | 'desc') => (await store.claims({ ...PAGE, sort: 'speaker', dir })).items.map((r) => r.speaker?.name ?? '');
      assert.deepEqual(await speakers('asc'), ['Dmitry Peskov', 'Marco Rubio', 'Marco Rubio', 'Steve Witkoff', '']);
      assert.deepEqual(await speakers('desc'), ['Steve Witkoff', 'Marco Rubio', 'Marco Rubio', 'Dmitry Peskov', '']);
      assert.deepEqual((await store.claims({ ...PAGE, sort: 'footnotes', dir: 'asc' })).items.map((r) => r.citations.join()), ['1', '', '', '', '']);
      assert.deepEqual((await store.claims({ ...PAGE, sort: 'published', dir: 'asc' })).items.map((r) => r.published), ['2025-11-24', '2025-11-24', '2025-11-24', '2025-12-03', '2025-12-03']);
      assert.deepEqual((await store.claims({ ...PAGE, sort: 'modality', dir: 'asc' })).items.map((r) => r.modality), ['hedged', 'quote', 'reported', 'reported', 'speculative']);
      // Pages of two walk the same rows as one page of fifty, each with the full total.
      const walked: string[] = [];
      for (let offset = 0; offset < 5; offset += 2) {
        const page = await store.claims({ limit: 2, offset, sort: 'text', dir: 'asc' });
        assert.equal(page.total, 5);
        walked.push(...page.items.map((r) => r.id));
      }
      assert.deepEqual(walked, await ids({ sort: 'text', dir: 'asc' }));
      assert.equal(new Set(walked).size, 5);
    });

    it('claims explorer filters fold case and accents; offsets stay UTF-16 after an emoji', async () => {
      const forum = accentedQuoteReport();
      await store.saveReport(forum);
      await store.saveReport(genevaReport());
      const byName = await store.claims({ ...PAGE, speaker: 'zoe alund', kind: 'quote' });
      assert.equal(byName.total, 1);
      const row = byName.items[0]!;
      const adjacent = (await store.claims({ ...PAGE, speaker: 'zoe alund', kind: 'claim' })).items[0];
      assert.deepEqual([adjacent?.cue?.text, adjacent?.between, adjacent?.text], ['and ', '', 'left before the vote'], 'a cue touching its statement: nothing between');
      assert.equal(row.speaker?.name, 'Zoë Ålund-Dmítriev');
      assert.deepEqual(row.cue, { ...span(forum.text, 'told'), text: 'told' });
      assert.equal(row.between, ' the Łódź forum: "');
      assert.equal(row.text, 'We will come back with a map,');
      assert.equal((await store.claims({ ...PAGE, speaker: 'DMÍTRIEV' })).total, 2);
      assert.equal((await store.claims({ ...PAGE, speaker: 'ålund' })).total, 2, 'by alias');
      assert.equal((await store.claims({ ...PAGE, outlet: 'lodz evening' })).total, 2);
      assert.equal((await store.claims({ ...PAGE, outlet: 'ŁÓDŹ' })).total, 2);
      assert.equal((await store.claims({ ...PAGE, outlet: 'lodz morning' })).total, 0);
    });

    it('walks every stored report in ingestion order', async () => {
      const saved = [moscowReport(), genevaReport(), fillerReport(3)];
      for (const x of saved) await store.saveReport(x);
      const ids: string[] = [];
      for await (const r of store.eachReport()) ids.push(r.id);
      assert.deepEqual(ids, saved.map((x) => x.id));
    });

    it('gives the journal of reports and decisions in the order they were taken, after a position', async () => {
      assert.deepEqual(await store.journalHead(), { reports: 0, decisions: 0 });
      const merge = { kind: 'merge' as const, keep: { name: 'Steve Witkoff', type: 'person' as const }, absorb: { name: 'Dmitry Peskov', type: 'person' as const }, by: 'editor', at: '2025-12-01T10:00:00.000Z' };
      await store.saveReport(moscowReport());
      await store.recordDecision(merge);
      await store.saveReport(genevaReport());
      const all: string[] = [];
      let decisionAt = 0;
      for await (const e of store.journal()) {
        all.push(e.kind === 'report' ? `report ${e.report.id}` : `decision ${e.decision.kind}`);
        if (e.kind === 'decision') decisionAt = e.seq;
      }
      assert.deepEqual(all, [`report ${moscowReport().id}`, 'decision merge', `report ${genevaReport().id}`]);
      const rest: string[] = [];
      for await (const e of store.journal(decisionAt)) rest.push(e.kind === 'report' ? e.report.id : e.kind);
      assert.deepEqual(rest, [genevaReport().id], 'only what came after the position');
      assert.deepEqual(await store.journalHead(), { reports: 2, decisions: 1 });
    });

    it('gives in the journal what the knowledge base reads of a report, equal to the stored report\'s', async () => {
      const x = genevaReport();
      await store.saveReport(x);
      const stored = (await store.getReport(x.id))!;
      let seen = 0;
      for await (const e of store.journal()) {
        if (e.kind !== 'report') continue;
        seen++;
        const r = e.report;
        assert.deepEqual(
          { id: r.id, title: r.title, published: r.published, publisher: r.publisher, text: r.text, sentences: r.sentences, events: r.events, quotes: r.quotes, claims: r.claims },
          { id: stored.id, title: stored.title, published: stored.published, publisher: stored.publisher, text: stored.text, sentences: stored.sentences, events: stored.events, quotes: stored.quotes, claims: stored.claims });
        assert.deepEqual(r.entities, stored.entities.map((en) => ({ id: en.id, name: en.name, type: en.type, aliases: en.aliases, roles: en.roles, mentions: en.mentions.map((m) => ({ start: m.start, end: m.end })) })));
        assert.ok(r.entities.some((en) => en.mentions.length > 0) && r.events.length > 0 && r.claims.length + r.quotes.length > 0, 'the fixture has entities, events and statements to compare');
      }
      assert.equal(seen, 1);
    });

    it('numbers the reports and decisions stored before the journal in the order they were taken (migration 4)', async () => {
      const merge = { kind: 'merge' as const, keep: { name: 'Steve Witkoff', type: 'person' as const }, absorb: { name: 'Dmitry Peskov', type: 'person' as const }, by: 'editor', at: '2025-12-01T10:00:00.000Z' };
      await store.saveReport(moscowReport());
      await store.recordDecision(merge);
      await store.saveReport(genevaReport());
      // As if taken in another order, before the journal existed.
      await db.query('update reports set ingested_at = $1 where id = $2', ['2025-12-03T00:00:00Z', moscowReport().id]);
      await db.query('update reports set ingested_at = $1 where id = $2', ['2025-12-01T00:00:00Z', genevaReport().id]);
      await db.query('update actor_decisions set taken_at = $1', ['2025-12-02T00:00:00Z']);
      await db.exec('alter table reports drop column journal; alter table actor_decisions drop column journal; drop sequence journal_seq');
      await db.exec(MIGRATIONS.find((m) => m.id === 4)!.sql);
      await store.saveReport(fillerReport(1));
      const order: string[] = [];
      for await (const e of store.journal()) order.push(e.kind === 'report' ? e.report.id : e.kind);
      assert.deepEqual(order, [genevaReport().id, 'decision', moscowReport().id, fillerReport(1).id]);
    });

    it('keeps a knowledge base cache in step with the store: new reports and another process\'s decisions are replayed onto it', async () => {
      await store.saveReport(moscowReport());
      const here = new KnowledgeBaseCache(store);
      const elsewhere = new KnowledgeBaseCache(store); // a second server on the same store
      const kb = await here.get();
      const before = await elsewhere.get();
      const witkoff = [...kb.actors.actors.values()].find((a) => a.name === 'Steve Witkoff')!;
      const peskov = [...kb.actors.actors.values()].find((a) => a.name === 'Dmitry Peskov')!;
      await mergeActors(store, here, witkoff.id, peskov.id, 'editor');
      const after = await elsewhere.get();
      assert.equal(after, before, 'caught up in place, not rebuilt');
      assert.equal(after.actors.get(peskov.id)?.id, after.actors.get(witkoff.id)?.id, 'the other server sees the merge');
      await store.saveReport(genevaReport());
      const grown = await elsewhere.get();
      assert.equal(grown, before);
      assert.ok(grown.reports.has(genevaReport().id), 'and the new report');
      // Replaying in pieces gives what replaying at once gives.
      const fresh = await buildKnowledgeBase(store);
      const shape = (k: typeof fresh): unknown => ({
        actors: [...k.actors.actors.values()].map((a) => [a.id, a.name, a.aliases.map((x) => x.name)]),
        timeline: k.timeline().map((v) => [v.id, v.participants]),
      });
      assert.deepEqual(shape(grown), shape(fresh));
    });

    it('records actor decisions in order and gives them back validated', async () => {
      assert.deepEqual(await store.decisions(), []);
      const merge = { kind: 'merge' as const, keep: { name: 'Dan Driscoll', type: 'person' as const }, absorb: { name: 'D. Driscoll', type: 'person' as const }, by: 'editor', at: '2025-12-01T10:00:00.000Z' };
      const split = { kind: 'split' as const, from: { name: 'Andriy Yermak', type: 'person' as const }, names: ['Andrii Yermak'], by: 'editor', at: '2025-12-01T10:05:00.000Z' };
      await store.recordDecision(merge);
      await store.recordDecision(split);
      assert.deepEqual(await store.decisions(), [merge, split]);
      await assert.rejects(store.recordDecision({ ...split, names: [] }));
      assert.equal((await store.decisions()).length, 2);
    });
  });
}

function GENEVA_TEXT_SLICE(start: number, end: number): string {
  return genevaReport().text.slice(start, end);
}
