/**
 * The HTTP API, called in-process (`app.request`), over an embedded in-memory store. Query
 * routes are checked on hand-built reports (exact annotations); POST runs the real pipeline.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApp } from '../../src/api/app.js';
import { ErrorBodySchema } from '../../src/api/errors.js';
import {
  ClaimListResponse, EntityListResponse, EventListResponse, ReportListResponse, ReportResponse, SaveResponse, SearchResponse, TimexListResponse,
} from '../../src/api/schemas.js';
import { openEmbeddedDatabase } from '../../src/store/embedded.js';
import type { Database } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { SqlStore } from '../../src/store/sql-store.js';
import type { Store } from '../../src/store/types.js';
import { genevaReport, genevaRepublished, moscowReport } from '../store/fixtures.js';

let db: Database;
let store: Store;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

before(async () => {
  db = await openEmbeddedDatabase(undefined);
  await migrate(db);
  store = new SqlStore(db);
  app = createApp({ store, log: (m) => logged.push(m) });
});
after(async () => {
  await store.close();
});
beforeEach(async () => {
  await db.exec('truncate reports, near_duplicates cascade');
  logged.length = 0;
});

async function json(res: Response): Promise<unknown> {
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  return res.json();
}

async function expectError(res: Response, status: number, id: string): Promise<{ message: string; issues?: { path: string; message: string }[] | undefined; reason?: string | undefined }> {
  assert.equal(res.status, status);
  const body = ErrorBodySchema.parse(await json(res));
  assert.equal(body.error.id, id);
  return body.error;
}

const REPORT_MD = [
  '---',
  'title: Envoys agree to meet again',
  'published: 2025-11-30',
  'publisher: Test Gazette',
  '---',
  'Delegations from both sides met in Istanbul on Friday, officials said.',
  '',
  'According to a senior diplomat, a second round is planned for next week.',
  '',
].join('\n');

describe('GET /api/reports and /api/reports/:id', () => {
  it('lists stored reports with counts and links, paged and filtered', async () => {
    await store.saveReport(genevaReport());
    await store.saveReport(moscowReport());
    const body = ReportListResponse.parse(await json(await app.request('/api/reports?limit=1')));
    assert.equal(body.total, 2);
    assert.equal(body.items.length, 1);
    assert.equal(body.items[0]?.title, 'Envoy briefs the Kremlin');
    assert.equal(body.items[0]?.href, `/api/reports/${moscowReport().id}`);
    const filtered = ReportListResponse.parse(await json(await app.request('/api/reports?publisher=parley%20test%20wire&from=2025-11-01&to=2025-11-30')));
    assert.deepEqual(filtered.items.map((r) => r.id), [genevaReport().id]);
  });

  it('rejects bad query parameters with validation-failed and says which', async () => {
    const e1 = await expectError(await app.request('/api/reports?limit=0'), 400, 'validation-failed');
    assert.deepEqual(e1.issues?.map((i) => i.path), ['limit']);
    const e2 = await expectError(await app.request('/api/reports?from=2025-02-30'), 400, 'validation-failed');
    assert.match(e2.message, /from: not a calendar day/);
    await expectError(await app.request('/api/reports?from=2025-12-01&to=2025-11-01'), 400, 'validation-failed');
    const e3 = await expectError(await app.request('/api/reports?pubisher=x'), 400, 'validation-failed');
    assert.match(e3.message, /pubisher/);
  });

  it('returns one report in the extraction format with its annotations and warnings', async () => {
    const x = genevaReport();
    await store.saveReport(x);
    const res = await app.request(`/api/reports/${x.id}`);
    assert.equal(res.status, 200);
    const body = ReportResponse.parse(await json(res));
    assert.equal(body.text, x.text);
    assert.deepEqual(body.claims, x.claims);
    assert.deepEqual(body.warnings.map((w) => w.code), ['unused-citation', 'missing-published']);
    await expectError(await app.request('/api/reports/0123456789abcdef'), 404, 'not-found');
    // A recorded near-duplicate points at the report it repeats.
    const copy = genevaRepublished();
    assert.equal((await store.saveReport(copy)).status, 'near-duplicate');
    const err = await expectError(await app.request(`/api/reports/${copy.id}`), 404, 'not-found');
    assert.match(err.message, new RegExp(`near-duplicate of ${x.id}`));
  });
});

describe('POST /api/reports', () => {
  it('analyses a JSON report, stores it, and recognises it the second time', async () => {
    const res = await app.request('/api/reports', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: REPORT_MD, publisher: 'Override Press', source: 'test/upload.md', format: 'markdown' }),
    });
    assert.equal(res.status, 201);
    const saved = SaveResponse.parse(await json(res));
    assert.equal(saved.status, 'added');
    const stored = ReportResponse.parse(await json(await app.request(saved.href)));
    assert.equal(stored.title, 'Envoys agree to meet again', 'front matter is read');
    assert.equal(stored.publisher, 'Override Press', 'the body metadata wins over front matter');
    assert.equal(stored.published, '2025-11-30');
    assert.equal(stored.source, 'test/upload.md');
    assert.ok(stored.text.startsWith('Delegations from both sides'));
    assert.ok(stored.sentences.length >= 2, 'the pipeline ran');

    const again = await app.request('/api/reports', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: REPORT_MD, format: 'markdown' }),
    });
    assert.equal(again.status, 200);
    assert.deepEqual(SaveResponse.parse(await json(again)).status, 'duplicate');
    assert.equal((await store.listReports({ limit: 10, offset: 0 })).total, 1);
  });

  it('accepts a raw upload with metadata in the query', async () => {
    const res = await app.request('/api/reports?title=Raw%20upload&published=2025-12-02', {
      method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'The mediators said on Monday that a written reply had arrived overnight.\n',
    });
    assert.equal(res.status, 201);
    const saved = SaveResponse.parse(await json(res));
    const stored = ReportResponse.parse(await json(await app.request(saved.href)));
    assert.equal(stored.title, 'Raw upload');
    assert.equal(stored.published, '2025-12-02');
    assert.equal(stored.source, 'api');
  });

  it('refuses bodies that are not reports, with stable error ids', async () => {
    const post = (body: string | Uint8Array, type: string, path = '/api/reports'): Promise<Response> =>
      Promise.resolve(app.request(path, { method: 'POST', headers: { 'content-type': type }, body }));
    await expectError(await post('{"text": ', 'application/json'), 400, 'validation-failed');
    const missing = await expectError(await post('{"title": "no text"}', 'application/json'), 400, 'validation-failed');
    assert.ok(missing.issues?.some((i) => i.path === 'text'));
    const badDate = await expectError(await post(JSON.stringify({ text: 'Some words here.', published: 'yesterday' }), 'application/json'), 400, 'validation-failed');
    assert.deepEqual(badDate.issues?.map((i) => i.path), ['published']);
    await expectError(await post(JSON.stringify({ text: 'x', extra: 1 }), 'application/json'), 400, 'validation-failed');
    await expectError(await post('a,b\n1,2\n', 'text/csv'), 415, 'unsupported-media-type');
    const empty = await expectError(await post('   \n\n ', 'text/plain'), 422, 'unprocessable-report');
    assert.equal(empty.reason, 'empty-input');
    const binary = await expectError(await post(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2]), 'text/plain'), 422, 'unprocessable-report');
    assert.equal(binary.reason, 'binary-input');
    await expectError(await post('Fine text.', 'text/plain', '/api/reports?published=soon'), 400, 'validation-failed');
    assert.equal((await store.countReports()), 0, 'nothing was stored');
  });

  it('refuses a body over the size limit with payload-too-large', async () => {
    const small = createApp({ store, maxBodyBytes: 1000 });
    const big = 'The talks went on. '.repeat(100);
    await expectError(await small.request('/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: big }), 413, 'payload-too-large');
    // Without a content-length header too (a streamed body).
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(big.slice(0, 400)));
        controller.close();
      },
    });
    await expectError(await small.request('/api/reports', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit), 413, 'payload-too-large');
    assert.equal(await store.countReports(), 0);
  });
});

describe('query routes', () => {
  beforeEach(async () => {
    await store.saveReport(genevaReport());
    await store.saveReport(moscowReport());
  });

  it('GET /api/search finds reports and links them', async () => {
    const body = SearchResponse.parse(await json(await app.request('/api/search?q=security%20guarantees')));
    assert.equal(body.total, 1);
    assert.equal(body.items[0]?.href, `/api/reports/${genevaReport().id}`);
    assert.ok((body.items[0]?.snippet.highlights.length ?? 0) > 0);
    await expectError(await app.request('/api/search'), 400, 'validation-failed');
    await expectError(await app.request('/api/search?q=%20%20'), 400, 'validation-failed');
  });

  it('GET /api/entities filters by name and type', async () => {
    const body = EntityListResponse.parse(await json(await app.request('/api/entities?q=peskov&type=person')));
    assert.deepEqual(body.items.map((e) => e.name), ['Dmitry Peskov']);
    const places = EntityListResponse.parse(await json(await app.request('/api/entities?type=place')));
    assert.equal(places.total, 2);
    await expectError(await app.request('/api/entities?type=animal'), 400, 'validation-failed');
  });

  it('GET /api/timexes filters by date range', async () => {
    const body = TimexListResponse.parse(await json(await app.request('/api/timexes?from=2025-12-01&to=2025-12-31')));
    assert.deepEqual(body.items.map((t) => t.value), ['2025-12', '2025-12-02']);
    await expectError(await app.request('/api/timexes?from=2025-12-31&to=2025-12-01'), 400, 'validation-failed');
  });

  it('GET /api/events filters by date range, type and status', async () => {
    const body = EventListResponse.parse(await json(await app.request('/api/events?from=2025-11-23&to=2025-11-23&type=meeting')));
    assert.deepEqual(body.items.map((v) => [v.id, v.location?.name]), [['v1', 'Geneva']]);
    await expectError(await app.request('/api/events?status=rumoured'), 400, 'validation-failed');
  });

  it('GET /api/claims filters by modality and source', async () => {
    const body = ClaimListResponse.parse(await json(await app.request('/api/claims?modality=reported&source=Peskov')));
    assert.deepEqual(body.items.map((c) => c.text), ['called the five-hour meeting constructive']);
    await expectError(await app.request('/api/claims?modality=certain'), 400, 'validation-failed');
  });

  it('GET /api/claims serves the claims explorer: quotes too, a filter per column, sort, pages with a total', async () => {
    const get = async (q: string) => ClaimListResponse.parse(await json(await app.request(`/api/claims?${q}`)));
    const all = await get('limit=200');
    assert.equal(all.total, 5);
    const quote = all.items.find((r) => r.kind === 'quote');
    assert.deepEqual([quote?.modality, quote?.outlet, quote?.speaker?.name, quote?.cue?.text, quote?.index], ['quote', 'Parley Test Wire', 'Marco Rubio', 'said', 0]);
    const page = await get('limit=2&offset=2&sort=speaker&dir=desc');
    assert.deepEqual([page.total, page.limit, page.offset, page.items.length], [5, 2, 2, 2]);
    assert.deepEqual(page.items.map((r) => r.speaker?.name), ['Marco Rubio', 'Dmitry Peskov']);
    assert.deepEqual((await get('speaker=rubio&kind=claim')).items.map((r) => r.modality), ['hedged']);
    assert.deepEqual((await get('text=five-hour&outlet=other%20test&published=2025-12')).items.map((r) => r.modality), ['reported']);
    assert.deepEqual((await get('footnote=1')).items.map((r) => r.references.map((x) => x.title)), [['Geneva round ends']]);
    for (const bad of ['limit=201', 'offset=-1', 'sort=colour', 'dir=up', 'kind=rumour', 'published=11-2025', 'speaker=', 'footnote=' + 'x'.repeat(21), 'q=all']) {
      await expectError(await app.request(`/api/claims?${bad}`), 400, 'validation-failed');
    }
  });
});

describe('errors and the OpenAPI document', () => {
  it('answers unknown routes with not-found JSON', async () => {
    const res = await app.request('/api/nothing-here');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    await expectError(res, 404, 'not-found');
  });

  it('serves the built web UI outside /api when given its folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-web-'));
    try {
      await writeFile(join(dir, 'index.html'), '<!doctype html><title>Parley test shell</title>');
      const withWeb = createApp({ store, webDir: dir });
      const page = await withWeb.request('/reports/abc');
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Parley test shell/);
      await expectError(await withWeb.request('/api/nothing-here'), 404, 'not-found');
      assert.equal((await withWeb.request('/api/reports')).status, 200);
      assert.equal((await withWeb.request('/openapi.json')).headers.get('content-type')?.startsWith('application/json'), true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('hides unexpected errors behind internal and logs them', async () => {
    const failing = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'listReports') return () => Promise.reject(new Error('secret connection detail'));
        const value: unknown = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const lines: string[] = [];
    const res = await createApp({ store: failing, log: (m) => lines.push(m) }).request('/api/reports');
    const err = await expectError(res, 500, 'internal');
    assert.doesNotMatch(err.message, /secret/);
    assert.match(lines.join('\n'), /secret connection detail/);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await json(await app.request('/openapi.json'))) as {
      openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[]; requestBody?: { content: Record<string, unknown> }; responses: Record<string, unknown> }>>;
    };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/actors', '/api/claims', '/api/entities', '/api/entities/merge', '/api/entities/{id}', '/api/entities/{id}/split', '/api/events',
      '/api/reports', '/api/reports/fetch', '/api/reports/{id}', '/api/search', '/api/timeline', '/api/timexes',
    ]);
    assert.deepEqual(Object.keys(doc.paths['/api/reports']!).sort(), ['get', 'post']);
    const search = doc.paths['/api/search']!['get']!;
    const q = search.parameters?.find((p) => p.name === 'q');
    assert.deepEqual([q?.in, q?.required, q?.schema['type']], ['query', true, 'string']);
    const limit = search.parameters?.find((p) => p.name === 'limit');
    assert.deepEqual([limit?.required, limit?.schema['maximum'], limit?.schema['default']], [false, 200, 50]);
    const type = doc.paths['/api/entities']!['get']!.parameters?.find((p) => p.name === 'type');
    assert.deepEqual(type?.schema['enum'], ['person', 'organization', 'place', 'work', 'other']);
    assert.equal(doc.paths['/api/reports/{id}']!['get']!.parameters?.[0]?.in, 'path');
    const post = doc.paths['/api/reports']!['post']!;
    assert.deepEqual(Object.keys(post.requestBody?.content ?? {}).sort(), ['application/json', 'text/html', 'text/markdown', 'text/plain', 'text/x-markdown']);
    assert.deepEqual(Object.keys(post.responses).sort(), ['200', '201', '400', '413', '415', '422', '500']);
    // Every $ref points inside the document; no JSON Schema root keywords leak into it.
    const text = JSON.stringify(doc);
    assert.ok(!text.includes('"$schema"') && !text.includes('"$defs"'));
    for (const [, ref] of text.matchAll(/"\$ref":"([^"]+)"/g)) {
      let node: unknown = doc;
      for (const part of ref!.replace(/^#\//, '').split('/')) node = (node as Record<string, unknown>)[part];
      assert.ok(node && typeof node === 'object', `${ref} resolves`);
    }
  });
});
