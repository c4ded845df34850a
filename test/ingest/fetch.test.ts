import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isPrivateAddress } from '../../src/ingest/address.js';
import { IngestError } from '../../src/ingest/errors.js';
import { fetchUrl, parseContentType, sniffFeed, type FetchOptions } from '../../src/ingest/fetch.js';
import { readTarget } from '../../src/ingest/read-target.js';
import { page, serve, type TestServer } from './helpers.js';
import { gzipSync } from 'node:zlib';

const ARTICLE = `<!doctype html><html><head><title>Talks resume</title>
<meta property="article:published_time" content="2025-12-02T08:00:00Z"></head>
<body><article><h1>Talks resume</h1>
<p>Negotiators returned to the table on Tuesday after a pause of several days, a spokesperson for the host government said.</p>
<p>The agenda was not published, but both sides described the first session as businesslike and said more meetings would follow.</p>
</article></body></html>`;

let server: TestServer;
before(async () => {
  server = await serve({
    '/article': page(ARTICLE),
    '/plain': page('Plain report text about a ceasefire proposal.\n', 'text/plain'),
    '/md': page('# Heading\n\nA Markdown report.\n', 'text/markdown; charset=utf-8'),
    '/latin1': page(Buffer.from('Caf\xe9 talks in Gen\xe8ve continued.\n', 'latin1'), 'text/plain; charset=windows-1252'),
    '/meta-charset': page(Buffer.from('<html><head><meta charset="iso-8859-1"><title>x</title></head><body><article><p>R\xe9union \xe0 Gen\xe8ve: the delegations met again and agreed to keep talking in the coming weeks.</p></article></body></html>', 'latin1'), 'text/html'),
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('Compressed report body.\n'));
    },
    '/image': page(Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
    '/missing': page('gone', 'text/plain', 404),
    '/redirect-once': (_req, res) => { res.writeHead(302, { location: '/article' }).end(); },
    '/redirect-no-location': (_req, res) => { res.writeHead(301).end(); },
    '/redirect-ftp': (_req, res) => { res.writeHead(302, { location: 'ftp://example.org/x' }).end(); },
    '/bad-length': (_req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '12' }).end('abc'); },
    '/xml-not-feed': page('<?xml version="1.0"?><catalog><book/></catalog>', 'application/xml'),
    '/unknown-charset': page('Plain words.\n', 'text/plain; charset=x-klingon'),
    '/no-type': (_req, res) => { res.removeHeader('content-type'); res.writeHead(200).end('<!doctype html><html><body><p>x</p></body></html>'); },
  });
});
after(() => server.close());

const open = { allowPrivate: true };

test('an HTML page: kind, final URL and bytes', async () => {
  const got = await fetchUrl(`${server.base}/article`, open);
  assert.equal(got.kind, 'html');
  assert.equal(got.mediaType, 'text/html');
  assert.equal(got.charset, 'utf-8');
  assert.equal(got.url, `${server.base}/article`);
  assert.match(Buffer.from(got.bytes).toString('utf8'), /Negotiators returned/);
});

test('a host name: resolved once, every address checked, the connection pinned to them', async () => {
  const got = await fetchUrl(`${server.base.replace('127.0.0.1', 'localhost')}/article`, open);
  assert.equal(got.kind, 'html');
  // The policy sees the resolved addresses, not the name.
  const err = await fetchUrl(`${server.base.replace('127.0.0.1', 'localhost')}/article`, { refuseAddress: (a) => a === '127.0.0.1' }).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof IngestError);
  assert.equal(err.code, 'private-address');
});

test('plain text, Markdown and gzip bodies', async () => {
  assert.equal((await fetchUrl(`${server.base}/plain`, open)).kind, 'text');
  assert.equal((await fetchUrl(`${server.base}/md`, open)).kind, 'markdown');
  const gz = await fetchUrl(`${server.base}/gzip`, open);
  assert.equal(Buffer.from(gz.bytes).toString('utf8'), 'Compressed report body.\n');
});

test('a redirect is followed and the report keeps the URL as given, meta.url the final one', async () => {
  const { reports } = await readTarget({ kind: 'url', url: `${server.base}/redirect-once` }, open);
  assert.equal(reports.length, 1);
  assert.equal(reports[0]!.source, `${server.base}/redirect-once`);
  assert.equal(reports[0]!.meta.url, `${server.base}/article`);
  assert.equal(reports[0]!.meta.published, '2025-12-02');
  assert.match(reports[0]!.text, /^Talks resume\n\nNegotiators returned/);
});

test('charset from Content-Type and from <meta charset>', async () => {
  const latin = await readTarget({ kind: 'url', url: `${server.base}/latin1` }, open);
  assert.equal(latin.reports[0]!.text, 'Café talks in Genève continued.\n');
  assert.deepEqual(latin.reports[0]!.warnings, []);
  const meta = await readTarget({ kind: 'url', url: `${server.base}/meta-charset` }, open);
  assert.match(meta.reports[0]!.text, /Réunion à Genève/);
});

async function failsWith(url: string, code: string, options: FetchOptions = open): Promise<IngestError> {
  const err = await fetchUrl(url, options).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof IngestError, `expected an IngestError for ${url}, got ${String(err)}`);
  assert.equal(err.code, code, err.message);
  return err;
}

test('refusals: wrong type, HTTP status, redirect without Location, non-http redirect, bad scheme', async () => {
  await failsWith(`${server.base}/image`, 'unsupported-type');
  await failsWith(`${server.base}/missing`, 'fetch-status');
  await failsWith(`${server.base}/redirect-no-location`, 'fetch-status');
  await failsWith(`${server.base}/redirect-ftp`, 'bad-url');
  await failsWith('file:///etc/passwd', 'bad-url');
  await failsWith('not a url', 'bad-url');
  const creds = await failsWith(`${server.base.replace('http://', 'http://user:s3cret@')}/article`, 'bad-url');
  assert.ok(!creds.message.includes('s3cret') && !creds.source.includes('s3cret'));
  await failsWith(`${server.base}/xml-not-feed`, 'feed-invalid');
});

test('a body shorter than its Content-Length fails cleanly', async () => {
  await failsWith(`${server.base}/bad-length`, 'fetch-failed');
});

test('an unknown charset label: read as UTF-8 with a warning', async () => {
  const { reports } = await readTarget({ kind: 'url', url: `${server.base}/unknown-charset` }, open);
  assert.equal(reports[0]!.text, 'Plain words.\n');
  assert.deepEqual(reports[0]!.warnings.map((w) => w.code), ['charset-unknown']);
});

test('no Content-Type: HTML is recognised by its first bytes', async () => {
  assert.equal((await fetchUrl(`${server.base}/no-type`, open)).kind, 'html');
});

test('the same loopback server is refused without allowPrivate', async () => {
  const err = await failsWith(`${server.base}/article`, 'private-address', {});
  assert.match(err.message, /127\.0\.0\.1/);
  await failsWith('http://localhost:9/', 'private-address', {});
});

test('isPrivateAddress: every non-public range, and public addresses pass', () => {
  for (const a of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1',
    '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'fc12:3456::1', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '64:ff9b::a00:1', '64:ff9b::10.0.0.1', '2002:c0a8:0101::1', '[::1]', 'not-an-ip']) {
    assert.equal(isPrivateAddress(a), true, a);
  }
  for (const a of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:0808:0808::1']) {
    assert.equal(isPrivateAddress(a), false, a);
  }
});

test('parseContentType and sniffFeed', () => {
  assert.deepEqual(parseContentType('Text/HTML; Charset="ISO-8859-1"'), { mediaType: 'text/html', charset: 'ISO-8859-1' });
  assert.deepEqual(parseContentType(undefined), { mediaType: null, charset: undefined });
  assert.equal(sniffFeed(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- c --><rss version="2.0">')), true);
  assert.equal(sniffFeed(Buffer.from('<feed xmlns="http://www.w3.org/2005/Atom">')), true);
  assert.equal(sniffFeed(Buffer.from('<html><body>rss</body></html>')), false);
});
