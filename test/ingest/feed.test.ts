import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ingestBatch, type BatchEvent } from '../../src/ingest/batch.js';
import { IngestError } from '../../src/ingest/errors.js';
import { MIN_FALLBACK_CHARS, parseFeed } from '../../src/ingest/feed.js';
import { readTarget } from '../../src/ingest/read-target.js';
import { MemoryStore, page, serve, type TestServer } from './helpers.js';

const LONG_TEXT = 'The foreign ministers spoke by telephone for an hour on Wednesday evening. '.repeat(4);

function article(title: string, body: string, published?: string): string {
  const meta = published ? `<meta property="article:published_time" content="${published}">` : '';
  return `<!doctype html><html><head><title>${title}</title>${meta}</head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire &amp; Co</title><link>http://example.invalid/</link><description>d</description>
<item><title>First &lt;b&gt;story&lt;/b&gt;</title><link>/a</link><pubDate>Mon, 01 Dec 2025 10:00:00 GMT</pubDate><dc:creator>R. Porter</dc:creator></item>
<item><title><![CDATA[Second story]]></title><link>/page-down</link><content:encoded><![CDATA[<p>${LONG_TEXT}</p><script>bad()</script>]]></content:encoded><pubDate>Tue, 02 Dec 2025 10:00:00 GMT</pubDate></item>
<item><title>Third story</title><guid isPermaLink="true">/b</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Desk</title><id>urn:x</id><updated>2025-12-03T00:00:00Z</updated>
<entry><title>Atom one</title><link rel="self" href="/self-1"/><link rel="alternate" type="text/html" href="/a"/><id>urn:1</id><published>2025-12-03T08:00:00Z</published><author><name>A. Author</name></author></entry>
<entry><title>Atom two</title><link href="/b"/><id>urn:2</id><updated>2025-12-04T08:00:00Z</updated></entry>
</feed>`;

let server: TestServer;
before(async () => {
  server = await serve({
    '/a': page(article('Page A', 'Officials from both delegations said the working groups would meet again in Riyadh before the end of the month.')),
    '/b': page(article('Page B', 'A senior aide told reporters that the revised framework had been sent to the capitals for review on Thursday.', '2025-12-04T12:00:00Z')),
    '/rss': page(RSS, 'application/rss+xml; charset=utf-8'),
    '/atom': page(ATOM, 'application/atom+xml'),
    '/rss-as-html': page(RSS, 'text/html'),
    '/rss-as-text': page(RSS, 'text/plain'),
    '/malformed': page('<?xml version="1.0"?><rss version="2.0"><channel><item><title>x</item></channel>', 'application/rss+xml'),
    '/entities': page('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]><rss version="2.0"><channel><title>&b;</title></channel></rss>', 'application/rss+xml'),
    '/not-a-feed': page('<?xml version="1.0"?><opml version="2.0"><body/></opml>', 'application/xml'),
    '/feed-of-feeds': page(`<rss version="2.0"><channel><title>x</title><item><title>loop</title><link>/rss</link></item></channel></rss>`, 'application/rss+xml'),
  });
});
after(() => server.close());

const open = { allowPrivate: true };

test('RSS 2.0: every item fetched as a page; feed fields fill what the page lacks; relative links resolved', async () => {
  const result = await readTarget({ kind: 'url', url: `${server.base}/rss` }, open);
  assert.deepEqual(result.errors.map((e) => e.message), []);
  assert.deepEqual(result.reports.map((r) => r.source), [`${server.base}/a`, `${server.base}/page-down`, `${server.base}/b`]);
  const [a, down, b] = result.reports as [typeof result.reports[0] & object, typeof result.reports[0] & object, typeof result.reports[0] & object];
  assert.match(a.text, /^Page A\n\nOfficials from both delegations/);
  assert.equal(a.meta.title, 'Page A', 'the page title wins over the item title');
  assert.equal(a.meta.published, '2025-12-01', 'the item date fills the page that has none');
  assert.deepEqual(a.meta.authors, ['R. Porter']);
  assert.equal(a.meta.publisher, 'Wire & Co');
  assert.equal(a.meta.url, `${server.base}/a`);
  assert.equal(b.meta.published, '2025-12-04', 'the page date is kept');
  // The second item's page is gone (404) but the feed carries its full text: fallback.
  assert.match(down.text, /^Second story\n\nThe foreign ministers spoke/);
  assert.ok(!down.text.includes('bad()'));
  assert.equal(down.meta.published, '2025-12-02');
  const fallback = down.warnings.find((w) => w.code === 'feed-item-fallback');
  assert.ok(fallback);
  assert.match(fallback.message, /fetch-status/);
});

test('Atom: the alternate link is fetched, published/updated dates and authors read', async () => {
  const result = await readTarget({ kind: 'url', url: `${server.base}/atom` }, open);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.reports.map((r) => r.source), [`${server.base}/a`, `${server.base}/b`]);
  assert.equal(result.reports[0]!.meta.published, '2025-12-03');
  assert.deepEqual(result.reports[0]!.meta.authors, ['A. Author']);
  assert.equal(result.reports[0]!.meta.publisher, 'Atom Desk');
});

test('a feed is detected by sniffing <rss even when served as text/html or text/plain', async () => {
  for (const path of ['/rss-as-html', '/rss-as-text']) {
    const result = await readTarget({ kind: 'url', url: `${server.base}${path}` }, open);
    assert.equal(result.reports.length, 3, path);
  }
});

test('the item cap: items past maxFeedItems are skipped and counted', async () => {
  const result = await readTarget({ kind: 'url', url: `${server.base}/rss` }, { ...open, maxFeedItems: 1 });
  assert.equal(result.reports.length, 1);
  assert.equal(result.skipped, 2);
});

async function targetFails(path: string, code: string): Promise<void> {
  const err = await readTarget({ kind: 'url', url: `${server.base}${path}` }, open).then(() => null, (e: unknown) => e);
  assert.ok(err instanceof IngestError, `${path}: ${String(err)}`);
  assert.equal(err.code, code, err.message);
}

test('a whole feed that is unusable is one error: malformed XML, entity declarations, XML that is not a feed', async () => {
  await targetFails('/malformed', 'feed-invalid');
  await targetFails('/entities', 'feed-invalid');
  await targetFails('/not-a-feed', 'feed-invalid');
});

test('an item linking to another feed is an error for that item (feeds are not followed from feeds)', async () => {
  const result = await readTarget({ kind: 'url', url: `${server.base}/feed-of-feeds` }, open);
  assert.equal(result.reports.length, 0);
  assert.deepEqual(result.errors.map((e) => e.code), ['unsupported-type']);
});

test('parseFeed: a short teaser is not a fallback, RSS 1.0 (RDF) items are read', () => {
  assert.ok(MIN_FALLBACK_CHARS > 'Short teaser.'.length);
  const rdf = parseFeed(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
    <channel><title>RDF Wire</title></channel><item><title>One</title><link>http://example.invalid/one</link></item></rdf:RDF>`, 'http://example.invalid/feed');
  assert.equal(rdf.title, 'RDF Wire');
  assert.deepEqual(rdf.items.map((i) => i.link), ['http://example.invalid/one']);
  const atomNoLink = parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><entry><title>x</title><content type="html">&lt;p&gt;Text only&lt;/p&gt;</content></entry></feed>', 'http://example.invalid/f');
  assert.equal(atomNoLink.items[0]?.link, undefined);
  assert.equal(atomNoLink.items[0]?.html, '<p>Text only</p>');
});

test('ingestBatch over a feed: an expand event, every item stored', async () => {
  const store = new MemoryStore();
  const events: BatchEvent[] = [];
  const summary = await ingestBatch([`${server.base}/rss`], store, open, (e) => events.push(e));
  assert.equal(summary.added, 3);
  assert.deepEqual(events.slice(0, 2), [{ kind: 'start', total: 1 }, { kind: 'expand', source: `${server.base}/rss`, items: 2, skipped: 0 }]);
  assert.equal(summary.skipped, 0);
  const capped = await ingestBatch([`${server.base}/atom`], new MemoryStore(), { ...open, maxFeedItems: 1 });
  assert.equal(capped.added, 1);
  assert.equal(capped.skipped, 1);
});
