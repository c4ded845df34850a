/**
 * The bad-input suite: every kind of unusable or hostile input gets a clear error (or a
 * warning when the report is still usable), never a crash of the batch. Files are generated in
 * a temp folder; URLs are served by a loopback server.
 */
import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ingestBatch } from '../../src/ingest/batch.js';
import { IngestError } from '../../src/ingest/errors.js';
import { fetchUrl } from '../../src/ingest/fetch.js';
import { readReportFile } from '../../src/ingest/read-file.js';
import { readTarget } from '../../src/ingest/read-target.js';
import { MemoryStore, page, serve, type TestServer } from './helpers.js';

let dir: string;
let server: TestServer;
/** Bytes the streaming handlers managed to write before the client hung up. */
const written: Record<string, number> = {};
/** Requests seen per path. */
const hits: Record<string, number> = {};

const GOOD_BODY = 'The two delegations met for four hours on Friday and agreed to meet again after consultations in their capitals.\n';

const HOSTILE_HTML = `<!doctype html><html><head><title>Hostile page</title>
<script>globalThis.__parleyPwned = 'SCRIPT-RAN'; document.write('SCRIPT-TEXT')</script>
<style>p { color: red } /* STYLE-TEXT */</style></head>
<body onload="globalThis.__parleyPwned = 'ONLOAD-RAN'">
<article>
<h1 onmouseover="HANDLER-TEXT()">Hostile page</h1>
<p onclick="globalThis.__parleyPwned = 'CLICK-RAN'">Mediators said on Monday that a new round of talks would open next week, and that both sides had accepted the agenda.</p>
<iframe src="https://tracker.invalid/">IFRAME-TEXT</iframe>
<p>A <a href="javascript:globalThis.__parleyPwned='LINK-RAN'">linked phrase</a> sits inside the second paragraph, which is long enough to be article text.</p>
<object data="x.swf">OBJECT-TEXT</object><embed src="x.swf">
<noscript>NOSCRIPT-TEXT</noscript>
<img src="x" onerror="globalThis.__parleyPwned = 'IMG-RAN'">
<svg><script>SVG-SCRIPT-TEXT</script></svg>
</article></body></html>`;

const NO_TEXT_HTML = `<!doctype html><html><head><title>Nothing here</title><script>var app = {};</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="root"></div><footer>© Example</footer></body></html>`;

function rss(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Test Wire</title><link>http://example.invalid/</link>${items}</channel></rss>`;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-bad-input-'));
  const stream = (path: string, headers: Record<string, string>) => (_req: unknown, res: ServerResponse) => {
    written[path] = 0;
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = (): void => {
      while (written[path]! < 50 * 1024 * 1024) {
        written[path]! += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('close', () => undefined);
    pump();
  };
  server = await serve({
    '/huge-chunked': stream('/huge-chunked', { 'content-type': 'text/plain' }),
    '/huge-declared': stream('/huge-declared', { 'content-type': 'text/plain', 'content-length': String(50 * 1024 * 1024) }),
    '/hang': () => { hits['/hang'] = (hits['/hang'] ?? 0) + 1; /* never answers */ },
    '/stall-body': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('The first few words'); /* then nothing */ },
    '/loop': (_req, res) => {
      hits['/loop'] = (hits['/loop'] ?? 0) + 1;
      res.writeHead(302, { location: `/loop?n=${hits['/loop']}` }).end();
    },
    '/to-other-loopback': (_req, res, base) => { res.writeHead(301, { location: base.replace('127.0.0.1', '127.0.0.2') + '/good' }).end(); },
    '/good': page(`<html><head><title>Good page</title></head><body><article><p>${GOOD_BODY}</p></article></body></html>`),
    '/no-text': page(NO_TEXT_HTML),
    '/feed': page(rss(`
      <item><title>Good item</title><link>/good</link><pubDate>Fri, 05 Dec 2025 09:00:00 GMT</pubDate></item>
      <item><title>Item whose page is gone</title><link>/gone</link><description>Short teaser.</description></item>
      <item>just some text where an item should be</item>
      <item><title>No link, no text</title></item>
      <item><title>Script link</title><link>javascript:alert(1)</link></item>
      <item><title>Empty page</title><link>/no-text</link></item>`), 'application/rss+xml'),
  });
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function rejectsWith(p: Promise<unknown>, code: string): Promise<IngestError> {
  const err = await p.then(() => null, (e: unknown) => e);
  assert.ok(err instanceof IngestError, `expected IngestError ${code}, got ${err instanceof Error ? err.stack : String(err)}`);
  assert.equal(err.code, code, err.message);
  return err;
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

test('empty file → empty-input; white space only → empty-input', async () => {
  await rejectsWith(readReportFile(await file('empty.txt', '')), 'empty-input');
  await rejectsWith(readReportFile(await file('blank.md', ' \n\t\n')), 'empty-input');
  await rejectsWith(readReportFile(await file('fm-only.md', '---\ntitle: x\n---\n\n')), 'empty-input');
});

test('binary file → binary-input', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const err = await rejectsWith(readReportFile(await file('picture.txt', png)), 'binary-input');
  assert.match(err.message, /binary/);
  // Control characters without NUL bytes, too.
  await rejectsWith(readReportFile(await file('controls.txt', Buffer.from('\x01\x02\x03\x04abc\x05\x06\x07\x08'))), 'binary-input');
});

test('a few stray control characters → kept, with a positioned warning', async () => {
  const raw = await readReportFile(await file('stray.txt', 'Talks\x07 resumed on Monday after a pause of two weeks, with a new\x1b agenda.\n'));
  assert.equal(raw.text, 'Talks\x07 resumed on Monday after a pause of two weeks, with a new\x1b agenda.\n');
  assert.deepEqual(raw.warnings.map((w) => [w.code, w.start, w.end]), [['control-characters', 5, 6]]);
  assert.match(raw.warnings[0]!.message, /^2 control character\(s\) in the text \(first U\+0007\)/);
  // Positions index the body: after front matter they move back; in HTML they are dropped.
  const fm = await readReportFile(await file('stray.md', '---\ntitle: T\n---\nAb\x07c and more words follow here.\n'));
  assert.equal(fm.text.charCodeAt(fm.warnings[0]!.start!), 7);
  const html = await readReportFile(await file('stray.html', `<html><body><article><p>A bell\x07 in a paragraph that is long enough to count as article text.</p></article></body></html>`));
  const w = html.warnings.find((x) => x.code === 'control-characters');
  assert.ok(w);
  assert.equal(w.start, undefined);
});

test('invalid UTF-8 → decoded with U+FFFD and a positioned warning', async () => {
  const bytes = Buffer.concat([Buffer.from('Talks in Gen'), Buffer.from([0xe8]), Buffer.from('ve resumed on Monday.\n')]);
  const raw = await readReportFile(await file('latin1.txt', bytes));
  assert.equal(raw.text, 'Talks in Gen\uFFFDve resumed on Monday.\n');
  const w = raw.warnings.find((x) => x.code === 'invalid-utf8');
  assert.ok(w, 'an invalid-utf8 warning');
  assert.equal(w.start, 12);
  assert.equal(w.end, 13);
});

test('UTF-16 with a byte-order mark (LE and BE) → decoded, with a warning', async () => {
  const text = '---\ntitle: Kyiv statement\npublished: 2025-11-30\n---\nThe statement was read out in Kyiv — «in full».\n';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const [name, bytes] of [['le.md', le], ['be.md', be]] as const) {
    const raw = await readReportFile(await file(name, bytes));
    assert.equal(raw.text, 'The statement was read out in Kyiv — «in full».\n', name);
    assert.equal(raw.meta.title, 'Kyiv statement');
    assert.equal(raw.meta.published, '2025-11-30');
    assert.deepEqual(raw.warnings.map((w) => w.code), ['utf16-decoded']);
  }
});

test('a 50 MB file is refused above the cap without being read', async () => {
  const path = join(dir, 'huge.html');
  const handle = await open(path, 'w');
  await handle.truncate(50 * 1024 * 1024); // sparse: no 50 MB written to disk
  await handle.close();
  const before = process.memoryUsage().arrayBuffers;
  const err = await rejectsWith(readReportFile(path), 'too-large');
  assert.match(err.message, /50\.0 MB is over the 20\.0 MB limit/);
  await rejectsWith(readReportFile(path, { maxBytes: 1024 }), 'too-large');
  assert.ok(process.memoryUsage().arrayBuffers - before < 10 * 1024 * 1024, 'the file was not loaded');
  // The cap is configurable: a small file over a small cap is refused too.
  await rejectsWith(readReportFile(await file('small.txt', GOOD_BODY), { maxBytes: 10 }), 'too-large');
});

test('a 50 MB page is refused above the cap: streamed and aborted, or refused on Content-Length', async () => {
  const cap = 1024 * 1024;
  const err = await rejectsWith(fetchUrl(`${server.base}/huge-chunked`, { allowPrivate: true, maxBytes: cap }), 'too-large');
  assert.match(err.message, /download stopped/);
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(written['/huge-chunked']! < 16 * cap, `the server got to write ${written['/huge-chunked']} bytes`);
  const declared = await rejectsWith(fetchUrl(`${server.base}/huge-declared`, { allowPrivate: true, maxBytes: cap }), 'too-large');
  assert.match(declared.message, /50\.0 MB is over the 1\.0 MB limit/);
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(written['/huge-declared']! < 16 * cap, `the server got to write ${written['/huge-declared']} bytes`);
});

test('HTML with scripts, iframes, event handlers and javascript: links → stripped, never run, never echoed', async () => {
  const raw = await readReportFile(await file('hostile.html', HOSTILE_HTML));
  for (const marker of ['SCRIPT', 'STYLE-TEXT', 'HANDLER-TEXT', 'IFRAME-TEXT', 'OBJECT-TEXT', 'NOSCRIPT-TEXT', '__parleyPwned', 'javascript', 'onclick', '<', '>']) {
    assert.ok(!raw.text.includes(marker), `text holds ${JSON.stringify(marker)}`);
  }
  assert.match(raw.text, /^Hostile page\n\nMediators said on Monday/);
  assert.match(raw.text, /A linked phrase sits inside the second paragraph/);
  assert.equal((globalThis as Record<string, unknown>)['__parleyPwned'], undefined, 'nothing executed');
  const codes = raw.warnings.map((w) => w.code);
  assert.ok(codes.includes('html-stripped'));
  assert.ok(codes.includes('html-unsafe-removed'));
  for (const w of raw.warnings) assert.ok(!/SCRIPT-|__parley|-RAN|-TEXT|tracker/.test(w.message), `warning echoes input: ${w.message}`);
});

test('a page with no article text → no-article-text (file and URL)', async () => {
  const err = await rejectsWith(readReportFile(await file('nothing.html', NO_TEXT_HTML)), 'no-article-text');
  assert.match(err.message, /no article text/);
  await rejectsWith(readTarget({ kind: 'url', url: `${server.base}/no-text` }, { allowPrivate: true }), 'no-article-text');
});

test('front matter that is not YAML → a warning; the body is kept exactly', async () => {
  const raw = await readReportFile(await file('bad-yaml.md', '---\ntitle: [unclosed\npublished: : :\n---\nBody line one.\r\nBody line two.\n'));
  assert.equal(raw.text, 'Body line one.\r\nBody line two.\n');
  assert.deepEqual(raw.meta, {});
  assert.deepEqual(raw.warnings.map((w) => w.code), ['front-matter-invalid']);
});

test('front matter that is nearly YAML → a warning, and its plain "key: value" lines are read', async () => {
  const raw = await readReportFile(await file('near-yaml.md', '---\ntitle: "Not for Promises" — An Interview\npublished: 2026-01-12\npublisher: Danube Review\n---\nBody.\n'));
  assert.equal(raw.text, 'Body.\n');
  assert.deepEqual(raw.meta, { title: '"Not for Promises" — An Interview', published: '2026-01-12', publisher: 'Danube Review' });
  assert.deepEqual(raw.warnings.map((w) => w.code), ['front-matter-invalid']);
  assert.match(raw.warnings[0]!.message, /read as text \(title, published, publisher\)/);
});

test('front matter with an invalid date → a warning; the other fields are kept', async () => {
  const raw = await readReportFile(await file('bad-date.md', '---\ntitle: A report\npublished: 2025-02-30\n---\nBody.\n'));
  assert.equal(raw.meta.title, 'A report');
  assert.equal(raw.meta.published, undefined);
  assert.deepEqual(raw.warnings.map((w) => w.code), ['front-matter-date-invalid']);
  const words = await readReportFile(await file('word-date.md', '---\npublished: last Tuesday\n---\nBody.\n'));
  assert.deepEqual(words.warnings.map((w) => w.code), ['front-matter-date-invalid']);
});

test('a URL that times out → fetch-timeout, quickly (no answer at all, or a body that stalls)', async () => {
  for (const path of ['/hang', '/stall-body']) {
    const t0 = performance.now();
    const err = await rejectsWith(fetchUrl(`${server.base}${path}`, { allowPrivate: true, timeoutMs: 300 }), 'fetch-timeout');
    assert.match(err.message, /within 0\.3 s/);
    assert.ok(performance.now() - t0 < 3000, `${path} took ${performance.now() - t0} ms`);
  }
});

test('a URL that redirects forever → too-many-redirects after 5 redirects', async () => {
  hits['/loop'] = 0;
  const err = await rejectsWith(fetchUrl(`${server.base}/loop`, { allowPrivate: true }), 'too-many-redirects');
  assert.match(err.message, /more than 5 redirects/);
  assert.equal(hits['/loop'], 6, 'the first request and five redirects, then stop');
  hits['/loop'] = 0;
  await rejectsWith(fetchUrl(`${server.base}/loop`, { allowPrivate: true, maxRedirects: 2 }), 'too-many-redirects');
  assert.equal(hits['/loop'], 3);
});

test('a feed with broken items → the good item is read, every broken one is an error of its own', async () => {
  const result = await readTarget({ kind: 'url', url: `${server.base}/feed` }, { allowPrivate: true });
  assert.deepEqual(result.reports.map((r) => r.source), [`${server.base}/good`]);
  assert.equal(result.reports[0]!.meta.published, '2025-12-05');
  assert.equal(result.reports[0]!.meta.publisher, 'Test Wire');
  assert.deepEqual(result.errors.map((e) => [e.code, e.source]), [
    ['feed-item-invalid', `${server.base}/feed#item-3`],
    ['feed-item-invalid', `${server.base}/feed#item-4`],
    ['feed-item-invalid', `${server.base}/feed#item-5`],
    ['fetch-status', `${server.base}/gone`],
    ['no-article-text', `${server.base}/no-text`],
  ]);
  // A feed over the size cap is one error for the whole feed.
  await rejectsWith(readTarget({ kind: 'url', url: `${server.base}/feed` }, { allowPrivate: true, maxBytes: 100 }), 'too-large');
});

test('a private address is refused without allowPrivate, on the first request and after a redirect', async () => {
  const err = await rejectsWith(fetchUrl(`${server.base}/good`), 'private-address');
  assert.match(err.message, /127\.0\.0\.1/);
  await rejectsWith(fetchUrl('http://localhost:1/'), 'private-address');
  await rejectsWith(fetchUrl('http://[::1]:1/'), 'private-address');
  await rejectsWith(fetchUrl('http://169.254.169.254/latest/meta-data/'), 'private-address');
  // A policy that allows 127.0.0.1 but not 127.0.0.2: the redirect target is checked too.
  const redirected = await rejectsWith(fetchUrl(`${server.base}/to-other-loopback`, { refuseAddress: (a) => a !== '127.0.0.1' }), 'private-address');
  assert.match(redirected.message, /127\.0\.0\.2/);
  assert.equal((await fetchUrl(`${server.base}/good`, { refuseAddress: (a) => a !== '127.0.0.1' })).kind, 'html');
});

test('a batch over a folder mixing good and bad files returns every good one and reports every bad one', async () => {
  const mixed = join(dir, 'mixed');
  await rm(mixed, { recursive: true, force: true });
  const { mkdir } = await import('node:fs/promises');
  await mkdir(join(mixed, 'sub'), { recursive: true });
  const good = {
    'good-1.md': `---\ntitle: One\npublished: 2025-11-20\n---\n${GOOD_BODY}`,
    'good-2.txt': `Envoys said the draft had been shortened to twenty points after the weekend.\n`,
    'sub/good-3.html': `<html><head><title>Three</title></head><body><article><p>${GOOD_BODY.replace('Friday', 'Sunday')}</p></article></body></html>`,
    'sub/utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A report saved as UTF-16 by an old editor still counts.\n', 'utf16le')]),
    'bad-yaml.md': '---\n: : [\n---\nThe body survives a broken header and is stored.\n',
    'invalid-utf8.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' diplomacy continued.\n')]),
  };
  const bad = {
    'empty.txt': ['', 'empty-input'],
    'binary.md': [Buffer.from([0, 1, 2, 3, 0, 0, 0xff]), 'binary-input'],
    'sub/nothing.html': [NO_TEXT_HTML, 'no-article-text'],
  } as const;
  for (const [name, content] of Object.entries(good)) await writeFile(join(mixed, name), content);
  for (const [name, [content]] of Object.entries(bad)) await writeFile(join(mixed, name), content);
  const hugePath = join(mixed, 'sub', 'z-huge.txt');
  const h = await open(hugePath, 'w');
  await h.truncate(50 * 1024 * 1024);
  await h.close();
  await writeFile(join(mixed, 'notes.pdf'), 'not a report extension: skipped, not failed');

  const store = new MemoryStore();
  const summary = await ingestBatch([mixed, join(dir, 'missing-folder')], store);
  assert.deepEqual(store.saved.map((e) => e.source).sort(), Object.keys(good).map((n) => join(mixed, n)).sort());
  assert.equal(summary.added, Object.keys(good).length);
  const expectedFailures = [
    [join(dir, 'missing-folder'), 'not-found'],
    ...Object.entries(bad).map(([n, [, code]]) => [join(mixed, n), code]),
    [hugePath, 'too-large'],
  ];
  assert.deepEqual(summary.failed.map((f) => [f.source, f.code]).sort(), expectedFailures.sort());
  const warned = store.saved.find((e) => e.source.endsWith('invalid-utf8.txt'));
  assert.ok(warned?.warnings.some((w) => w.code === 'invalid-utf8'));
});
