import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IngestError } from '../../src/ingest/errors.js';
import { extractHtml, MAX_HTML_DEPTH, MAX_READABILITY_DEPTH } from '../../src/ingest/html.js';

const P1 = 'The working group on prisoner exchanges met for the third time on Saturday and agreed on a list of names.';
const P2 = 'Its next session is planned for the middle of December, according to a statement from the mediators.';

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

test('JSON-LD NewsArticle in a @graph: headline, date, publisher by @id, authors; it wins over meta tags', () => {
  const ld = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': '#org', name: 'Graph Gazette' },
      { '@type': 'Person', '@id': '#p1', name: 'Dana Writer' },
      { '@type': ['NewsArticle'], headline: 'Prisoner list agreed', datePublished: '2025-12-06T18:30:00+02:00', publisher: { '@id': '#org' }, author: [{ '@id': '#p1' }, 'Sam Second'], url: 'https://graph.example/list' },
    ],
  });
  const r = extractHtml(page(`<title>Prisoner list agreed | Graph Gazette</title><meta property="og:title" content="OG title"><meta property="article:published_time" content="2025-01-01"><script type="application/ld+json">${ld}</script>`,
    `<article><h1>Prisoner list agreed</h1><p>${P1}</p><p>${P2}</p></article>`), 'x.html');
  assert.deepEqual(r.meta, { title: 'Prisoner list agreed', published: '2025-12-06', publisher: 'Graph Gazette', url: 'https://graph.example/list', authors: ['Dana Writer', 'Sam Second'] });
  assert.equal(r.text, `Prisoner list agreed\n\n${P1}\n\n${P2}\n`);
  assert.deepEqual(r.warnings, [], 'a JSON-LD block is not counted as a stripped script');
});

test('og: and article: meta tags when there is no JSON-LD; a broken JSON-LD block is ignored', () => {
  const r = extractHtml(page(`<title>Site — Page</title><script type="application/ld+json">{not json</script>
    <meta property="og:title" content="Working group meets"><meta name="article:published_time" content="2025-12-07T09:00:00Z">
    <meta property="og:site_name" content="Meta Times"><meta property="og:url" content="https://meta.example/wg"><meta name="author" content="Lee Reporter">`,
  `<article><p>${P1}</p></article>`), 'x.html');
  assert.deepEqual(r.meta, { title: 'Working group meets', published: '2025-12-07', publisher: 'Meta Times', url: 'https://meta.example/wg', authors: ['Lee Reporter'] });
  assert.equal(r.text, `Working group meets\n\n${P1}\n`, 'the title heads the text when the body lacks it');
});

test('headings, paragraphs and list items separated by blank lines; <br> keeps a line; table cells spaced', () => {
  const r = extractHtml(page('<title>Layout</title>', `<article><h1>Layout</h1>
    <h2>The  first
      session</h2><p>${P1}</p>
    <p>Line one of an address<br>Line two of it, and enough words in this paragraph to keep it as part of the article.</p>
    <ul><li>First point of the list of agreed items for the record.</li><li>Second point of the list.</li></ul>
    <h2>The second session</h2><p>${P2}</p>
    <table><tr><th>Delegation</th><th>Head</th></tr><tr><td>North</td><td>A. Envoy</td></tr></table></article>`), 'x.html');
  assert.equal(r.text, [
    'Layout', 'The first session', P1,
    'Line one of an address\nLine two of it, and enough words in this paragraph to keep it as part of the article.',
    'First point of the list of agreed items for the record.', 'Second point of the list.',
    'The second session', P2, 'Delegation Head', 'North A. Envoy',
  ].join('\n\n') + '\n');
});

test('a page with only navigation, scripts and a footer has no article text', () => {
  assert.throws(() => extractHtml(page('<title>Empty shell</title><script>var x = "lots of letters in a script are not article text at all";</script>',
    '<nav>Home World Politics Business Sport Culture Opinion</nav><div id="app"></div><footer>Copyright notice</footer>'), 'shell.html'),
  (err: unknown) => err instanceof IngestError && err.code === 'no-article-text' && /shell\.html: the page has no article text/.test(err.message));
});

test('a page Readability finds nothing in falls back to the body text, with a warning', () => {
  const r = extractHtml(page('<title>Bare</title>', '<div>Delegates left the hall late on Sunday night.</div><div>No statement followed the meeting.</div>'), 'bare.html');
  assert.match(r.text, /Delegates left the hall late on Sunday night\.\n\nNo statement followed the meeting\./);
});

test('deep nesting: past the Readability depth the body text is used; absurd nesting is refused before parsing', () => {
  const nest = (n: number): string => page('<title>Deep</title>', `${'<div>'.repeat(n)}<p>${P1}</p>${'</div>'.repeat(n)}`);
  const t0 = performance.now();
  const deep = extractHtml(nest(MAX_READABILITY_DEPTH + 50), 'deep.html');
  assert.match(deep.text, new RegExp(P1.slice(0, 40)));
  assert.ok(deep.warnings.some((w) => w.code === 'html-body-text'));
  assert.throws(() => extractHtml(nest(MAX_HTML_DEPTH + 1), 'absurd.html'), (err: unknown) => err instanceof IngestError && err.code === 'unsupported-type');
  assert.ok(performance.now() - t0 < 20_000);
});

test('cookie, consent and newsletter notices are page furniture, not article text', () => {
  const html = page('<title>Talks</title>', `<div class="cookie-banner">We use cookies to improve your experience.</div><div id="gdpr-consent">Accept all</div><main><article><h1>Talks</h1><p>${P1}</p><div class="newsletter-signup">Sign up for our daily briefing.</div><p>${P2}</p></article></main>`);
  const { text } = extractHtml(html, 'page.html');
  assert.ok(text.includes(P1) && text.includes(P2));
  assert.ok(!/cookies|Accept all|daily briefing/.test(text), text);
});
