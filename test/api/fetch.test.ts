/** POST /api/reports/fetch: the server fetches a page or a feed through the safe fetcher and stores each report. */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';

const PAGE = `<!doctype html><html><head><title>Envoys return from Geneva</title>
<meta property="article:published_time" content="2025-11-25T08:00:00Z"><meta property="og:site_name" content="Loopback Post"></head>
<body><article><h1>Envoys return from Geneva</h1>
<p>The two delegations left Geneva on Monday after two days of talks about the draft, officials said.</p>
<p>According to one diplomat, a revised text will reach the capitals by the end of the week.</p></article></body></html>`;

let server: Server;
let base = '';
let store: Store;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(PAGE);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  store = await openStore({ engine: 'embedded', dir: undefined });
});
after(async () => {
  await store.close();
  await new Promise<void>((r) => server.close(() => r()));
});

async function post(app: ReturnType<typeof createApp>, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await app.request('/api/reports/fetch', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/reports/fetch', () => {
  it('refuses a loopback address unless the server allows private fetching', async () => {
    const app = createApp({ store, log: () => undefined });
    const { status, json } = await post(app, { url: `${base}/page` });
    assert.equal(status, 422);
    assert.deepEqual([(json['error'] as { id: string }).id, (json['error'] as { reason: string }).reason], ['unprocessable-report', 'private-address']);
    assert.equal(await store.countReports(), 0);
  });

  it('fetches, analyses and stores a page; a second fetch is a duplicate', async () => {
    const app = createApp({ store, log: () => undefined, allowPrivateFetch: true });
    const first = await post(app, { url: `${base}/page` });
    assert.equal(first.status, 200);
    const saved = first.json['saved'] as { status: string; id: string; href: string }[];
    assert.deepEqual(saved.map((s) => s.status), ['added']);
    const report = await store.getReport(saved[0]!.id);
    assert.equal(report?.publisher, 'Loopback Post');
    assert.equal(report?.published, '2025-11-25');
    assert.ok(report?.claims.some((c) => c.modality === 'reported'));
    const again = await post(app, { url: `${base}/page` });
    assert.deepEqual((again.json['saved'] as { status: string }[]).map((s) => s.status), ['duplicate']);
  });

  it('validates the body and reports a missing page clearly', async () => {
    const app = createApp({ store, log: () => undefined, allowPrivateFetch: true });
    const bad = await post(app, { url: 'ftp://example.org/x' });
    assert.equal(bad.status, 400);
    const missing = await post(app, { url: `${base}/missing` });
    assert.equal(missing.status, 422);
    assert.equal((missing.json['error'] as { reason: string }).reason, 'fetch-status');
  });
});
