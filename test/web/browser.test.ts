/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core, against the real
 * API app and the built assets (`npm run build:web`), served in-process on a free port over an
 * embedded store in a temporary folder. Seeded with the example reports (through the API, so
 * the real pipeline runs) and two hand-built extractions saved straight into the store (so the
 * reader and hostile-input checks know exactly which annotations exist).
 *
 * Screenshots of every view go to test-artifacts/screenshots/ (git-ignored).
 * Skips, saying why, when /usr/bin/chromium is missing (CI installs it: see .ci/run).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import type { Extraction } from '../../src/model/extraction.js';
import { harbourReport, hostileReport, HOSTILE_PASTE, HOSTILE_TEXT } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
/** The budget: no frame over 50 ms. A shared, loaded machine may need more (PARLEY_FRAME_BUDGET_MS). */
const FRAME_BUDGET_MS = Number(process.env['PARLEY_FRAME_BUDGET_MS'] ?? 50);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const webDir = path.join(repo, 'dist', 'web');
const shots = path.join(repo, 'test-artifacts', 'screenshots');
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (apt-get install chromium; CI's .ci/run does)`;

let dataDir: string;
let store: Store;
let server: ServerType;
let base: string;
let site: Server | undefined;
let siteBase = '';
let browser: Browser;
const outside: string[] = [];
const pageErrors: string[] = [];
/** Every /api/ request the pages made (path and query). */
const apiCalls: string[] = [];

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && u.protocol !== 'data:' && u.protocol !== 'blob:') outside.push(req.url());
    if (u.pathname.startsWith('/api/')) apiCalls.push(u.pathname + u.search);
  });
  page.on('pageerror', (err) => { pageErrors.push(err.message); });
  // CSP violations (an inline style or script the policy refuses) surface as console errors.
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  return page;
}

/** Evaluate an expression in the page (a string: the root tsconfig has no DOM types). */
async function js<T = unknown>(page: Page, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

/** Wait until an expression (a string, see `js`) is truthy. waitForFunction would need 'unsafe-eval', which the CSP forbids. */
async function until(page: Page, expression: string, timeout = 20_000): Promise<void> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeout) {
    if (await js(page, expression)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

describe('web UI in Chromium', { skip }, () => {
  before(async () => {
    assert.ok(existsSync(path.join(webDir, 'index.html')), 'dist/web/index.html is missing: run `npm run build:web` first (npm test does)');
    await mkdir(shots, { recursive: true });
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-ui-'));
    store = await openStore({ engine: 'embedded', dir: dataDir });
    // The API app as `parley serve` builds it, serving the UI through webAssets (webDir).
    const app = createApp({ store, log: () => undefined, webDir, allowPrivateFetch: true });
    // A loopback "news site" the server fetches from when a URL is pasted (never the browser).
    await new Promise<void>((resolve) => {
      site = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><html><head><title>Quay Talks Adjourn</title><meta property="og:site_name" content="The Quay Herald">'
          + '<meta property="article:published_time" content="2025-12-06T09:00:00Z"></head><body><article><h1>Quay Talks Adjourn</h1>'
          + '<p>Envoy Marta Lind met negotiator Owen Price in Quayside on December 5, and both sides said the text was not ready.</p>'
          + '<p>According to two officials, the next round could open after the holidays.</p></article></body></html>');
      }).listen(0, '127.0.0.1', () => { siteBase = `http://127.0.0.1:${(site!.address() as AddressInfo).port}`; resolve(); });
    });
    // Seed: the example reports through the API (the real pipeline), the fixtures straight into the store.
    const examples = path.join(repo, 'examples', 'reports');
    const files = existsSync(examples) ? (await readdir(examples)).filter((f) => f.endsWith('.md')).sort() : [];
    for (const f of files) {
      const res = await app.request(`/api/reports?source=${encodeURIComponent(f)}`, {
        method: 'POST', headers: { 'Content-Type': 'text/markdown' }, body: await readFile(path.join(examples, f), 'utf8'),
      });
      assert.ok(res.status === 201 || res.status === 200, `seeding ${f}: ${res.status} ${await res.text()}`);
    }
    await store.saveReport(harbourReport());
    await store.saveReport(hostileReport());
    await new Promise<void>((resolve) => {
      server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => { base = `http://127.0.0.1:${info.port}`; resolve(); });
    });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
    await store?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    assert.deepEqual(outside, [], 'no request may leave for an outside host');
    assert.deepEqual(pageErrors, [], 'no uncaught error, CSP violation or console error in the page');
  });

  it('lists the reports and navigates by keyboard with a visible focus ring', async () => {
    const page = await newPage();
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Harbour Talks End Without a Deal' }).waitFor();
    const rows = await page.locator('[data-testid="report-list"] tbody tr').count();
    assert.ok(rows >= 2, `${rows} rows`);
    // Tab: skip link, then the first navigation link, with a visible outline.
    await page.keyboard.press('Tab');
    assert.equal(await js(page, 'document.activeElement?.textContent'), 'Skip to content');
    await page.keyboard.press('Tab');
    const focused = await js<{ text: string; outline: string; width: string }>(page, `(() => {
      const el = document.activeElement;
      const s = getComputedStyle(el);
      return { text: el.textContent, outline: s.outlineStyle, width: s.outlineWidth };
    })()`);
    assert.equal(focused.text, 'Reports');
    assert.notEqual(focused.outline, 'none');
    assert.notEqual(focused.width, '0px');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="claims-table"]');
    assert.match(page.url(), /#\/claims$/);
    await page.goto(`${base}/#/reports`);
    await page.getByRole('link', { name: 'Harbour Talks End Without a Deal' }).waitFor();
    await shot(page, 'reports');
    // Filtering the list changes it.
    await page.fill('[data-testid="report-filter"]', 'lantern');
    await until(page, `document.querySelectorAll('[data-testid="report-list"] tbody tr').length === 1`);
    await page.fill('[data-testid="report-filter"]', '');
    await page.close();
  });

  it('reader: highlights the known quote by kind, shows a card on focus, notes and warnings', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/reports/harbour`);
    const quote = page.locator('#ann-quote-0');
    await quote.waitFor();
    assert.equal(await quote.textContent(), 'We are closer than we were a week ago,');
    assert.equal(await quote.getAttribute('data-kind'), 'quote');
    // Kinds differ by underline style, not only colour.
    const styles = await js<Record<string, string | null>>(page, `(() => {
      const get = (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const s = getComputedStyle(el);
        return s.textDecorationLine + '/' + s.textDecorationStyle + '/' + s.borderBottomStyle;
      };
      return { entity: get('#ann-entity-0-0'), timex: get('#ann-timex-0'), event: get('#ann-event-0'), quote: get('#ann-quote-0'), claim: get('#ann-claim-0') };
    })()`);
    assert.equal(new Set(Object.values(styles)).size, 5, JSON.stringify(styles));
    // Focus the quote: the card names the kind, the speaker, the rule and confidence.
    await quote.focus();
    const card = page.locator('[data-testid="ann-card"]');
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /Quote/);
    assert.match(text, /Petra Lindqvist/);
    assert.match(text, /test\/fixture/);
    assert.match(text, /90%/);
    // Enter moves focus into the card, whose link to the actor is then reachable; Escape returns.
    await page.keyboard.press('Enter');
    await until(page, `document.activeElement?.id === 'ann-card'`);
    await page.keyboard.press('Tab');
    assert.equal(await js(page, 'document.activeElement?.textContent'), 'Petra Lindqvist');
    assert.match(String(await js(page, 'document.activeElement?.getAttribute("href")')), /^#\/actors\/petra%20lindqvist$/);
    await page.keyboard.press('Escape');
    assert.equal(await js(page, 'document.activeElement?.id'), 'ann-quote-0');
    // A date's card gives its resolved value.
    await page.locator('#ann-timex-1').focus();
    assert.match(await card.innerText(), /2025-12[\s\S]*Dec 2025 \(month\)/);
    await page.locator('#ann-claim-0').focus();
    await shot(page, 'reader');
    assert.match(await page.locator('[data-testid="citation"]').first().innerText(), /Valmora draft circulates[\s\S]*The Quiet Ledger/);
    assert.match(await page.locator('[data-testid="warnings"]').innerText(), /dangling-citation/);
    // Turning a kind off removes its highlights.
    await page.locator('[data-kind-toggle="quote"]').uncheck();
    assert.equal(await page.locator('.ann-quote:not(.sample)').count(), 0);
    await page.close();
  });

  it('claims: a column filter changes the list, sorting works, the link opens the passage', async () => {
    apiCalls.length = 0;
    const page = await newPage();
    await page.goto(`${base}/#/claims`);
    const rows = page.locator('[data-testid="claims-table"] tbody tr');
    await until(page, `document.querySelectorAll('[data-testid="claims-table"] tbody tr').length >= 3`);
    const before = await rows.count();
    await page.fill('[data-filter="speaker"]', 'lindqvist');
    await until(page, `document.querySelectorAll('[data-testid="claims-table"] tbody tr').length < ${before}`);
    assert.match(await rows.first().innerText(), /We are closer than we were a week ago/);
    await page.fill('[data-filter="speaker"]', '');
    await page.selectOption('[data-filter="modality"]', 'reported');
    await until(page, `[...document.querySelectorAll('[data-testid="claims-table"] tbody tr')].every((r) => r.querySelector('.modality')?.textContent === 'reported')`);
    await page.selectOption('[data-filter="modality"]', '');
    await page.click('[data-sort="outlet"]');
    assert.equal(await page.locator('th[aria-sort="ascending"] [data-sort="outlet"]').count(), 1);
    // The cue of the harbour claim is highlighted.
    await page.fill('[data-filter="outlet"]', 'lantern');
    await until(page, `document.querySelectorAll('[data-testid="claims-table"] tbody tr').length === 2`);
    assert.deepEqual((await page.locator('mark.cue').allTextContents()).sort(), ['According to', 'said']);
    await shot(page, 'claims');
    // Pick the claim and export the references it rests on as CSL-JSON.
    await page.check('[data-row="harbour/claim/0"]');
    assert.match(await page.locator('.exports-label').innerText(), /Export 1 selected/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="CSL-JSON"]')]);
    assert.equal(download.suggestedFilename(), 'parley-claims-citations.json');
    const csl = JSON.parse(await readFile(await download.path(), 'utf8')) as { id: string; title?: string }[];
    assert.deepEqual(csl.map((i) => [i.id, i.title]), [['report-harbour', 'Harbour Talks End Without a Deal'], ['harbour-note-1', 'Valmora draft circulates']]);
    // Filters and sort are in the address, so the view is a link.
    assert.match(new URL(page.url()).hash, /^#\/claims\?.*outlet=lantern.*sort=outlet&dir=asc/);
    // The table asked the server for one filtered page; nothing loaded every report.
    assert.ok(apiCalls.some((u) => /\/api\/claims\?.*outlet=lantern.*sort=outlet.*limit=100/.test(u)), apiCalls.join('\n'));
    assert.equal(apiCalls.filter((u) => /\/api\/reports\/[^?]/.test(u)).length, 0, 'no report fetched to build the table');
    await page.locator('tr[data-kind="claim"] a', { hasText: 'open' }).first().click();
    await page.waitForSelector('#ann-claim-0.target');
    assert.equal(await js(page, 'document.activeElement?.id'), 'ann-claim-0');
    await page.close();
  });

  it('claims: pages of 100 from the server, the address keeps the filters, exports take every matching row', async () => {
    // 230 quotes in one invented report: three pages.
    let text = '';
    const quotes: Extraction['quotes'] = [];
    for (let i = 0; i < 230; i++) {
      const line = `Delegate ${i} said: "Item ${String(i).padStart(3, '0')} stays on the paging agenda."\n`;
      const q = line.indexOf('Item');
      quotes.push({ start: text.length + q, end: text.length + line.lastIndexOf('.') + 1, speaker: null, cue: { start: text.length + line.indexOf('said'), end: text.length + line.indexOf('said') + 4 }, rule: 'test/fixture', confidence: 1 });
      text += line;
    }
    await store.saveReport({ ...harbourReport(), id: 'paging', source: 'paging.md', title: 'Paging agenda', publisher: 'Paging Desk', published: '2024-06-01', url: null, text, entities: [], timexes: [], events: [], claims: [], citations: [], markers: [], warnings: [], paragraphs: [], quotes });
    const page = await newPage();
    await page.goto(`${base}/#/claims?outlet=paging&sort=text&dir=asc`);
    const count = () => page.locator('[data-testid="claims-count"]').innerText();
    await until(page, `document.querySelector('[data-testid="claims-count"]')?.textContent === '1–100 of 230 shown'`);
    assert.equal(await page.locator('[data-testid="claims-table"] tbody tr').count(), 100, 'one page of rows in the DOM');
    assert.equal(await page.locator('[data-filter="outlet"]').inputValue(), 'paging', 'the filter comes from the address');
    assert.match(await page.locator('[data-testid="claims-table"] tbody tr').first().innerText(), /Item 000 stays/);
    await page.click('[data-testid="claims-next"]');
    await until(page, `document.querySelector('[data-testid="claims-count"]')?.textContent === '101–200 of 230 shown'`);
    assert.match(await page.locator('[data-testid="claims-table"] tbody tr').first().innerText(), /Item 100 stays/);
    assert.match(new URL(page.url()).hash, /page=2/);
    await page.click('[data-testid="claims-next"]');
    await until(page, `document.querySelector('[data-testid="claims-count"]')?.textContent === '201–230 of 230 shown'`);
    assert.ok(await page.locator('[data-testid="claims-next"]').isDisabled());
    // Sorting the other way starts again at page 1 with the last item first.
    await page.click('[data-sort="text"]');
    await until(page, `document.querySelector('[data-testid="claims-count"]')?.textContent === '1–100 of 230 shown'`);
    await until(page, `/Item 229 stays/.test(document.querySelector('[data-testid="claims-table"] tbody tr')?.textContent ?? '')`);
    // A filter narrows it on the server.
    await page.fill('[data-filter="text"]', 'item 12');
    await until(page, `document.querySelector('[data-testid="claims-count"]')?.textContent === '1–10 of 10 shown'`);
    await page.fill('[data-filter="text"]', '');
    await until(page, `document.querySelector('[data-testid="claims-count"]')?.textContent === '1–100 of 230 shown'`);
    // The CSV export takes all 230 matching rows, not only the page shown.
    assert.match(await page.locator('.exports-label').innerText(), /Export all 230 matching/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="CSV"]')]);
    const csv = (await readFile(await download.path(), 'utf8')).trim().split('\r\n');
    assert.equal(csv.length, 1 + 230);
    assert.match(csv[1] ?? '', /Item 229 stays/, 'in the order shown');
    assert.ok(csv.every((line, i) => i === 0 || line.includes('Paging Desk')));
    assert.match(await count(), /of 230/);
    await page.close();
  });

  it('timeline: events on the axis, filters and the as-of slider change the list, zoom by keyboard', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/timeline`);
    await until(page, `Number(document.querySelector('[data-testid="timeline-axis"]')?.dataset.drawn) > 0`);
    const count = async () => Number(/^(\d+) of/.exec((await page.locator('[data-testid="timeline-count"]').textContent()) ?? '')?.[1]);
    const total = await count();
    assert.ok(total >= 3, `${total} events`);
    // Events come from /api/timeline (merged) when the server has it, else /api/events, else the reports.
    const has = async (p: string) => (await fetch(`${base}${p}`)).status === 200;
    const source = (await has('/api/timeline?limit=1')) ? 'timeline' : (await has('/api/events?limit=1')) ? 'api' : 'reports';
    assert.equal(await page.locator('[data-source]').getAttribute('data-source'), source);
    // A month-precision event is drawn as a hatched span.
    assert.ok(Number(await page.locator('[data-testid="timeline-axis"]').getAttribute('data-coarse')) >= 1);
    await page.selectOption('[data-filter="outlet"]', 'The Lantern Courier');
    await until(page, `Number(/^(\\d+) of/.exec(document.querySelector('[data-testid="timeline-count"]')?.textContent ?? '')?.[1]) < ${total}`);
    assert.equal(await count(), 2);
    await page.selectOption('[data-filter="outlet"]', '');
    await page.fill('[data-filter="actor"]', 'varga');
    await until(page, `document.querySelector('[data-testid="timeline-count"]')?.textContent?.startsWith('2 of')`);
    await page.fill('[data-filter="actor"]', '');
    // As of the earliest publication date: fewer events (harbour is published 2 December).
    await page.check('[data-filter="asof-on"]');
    await until(page, `Number(/^(\\d+) of/.exec(document.querySelector('[data-testid="timeline-count"]')?.textContent ?? '')?.[1]) < ${total}`);
    await page.uncheck('[data-filter="asof-on"]');
    await until(page, `document.querySelector('[data-testid="timeline-count"]')?.textContent?.startsWith(String(${total}) + ' of')`);
    await shot(page, 'timeline');
    // Keyboard zoom changes the visible range.
    const range = async () => page.locator('[data-testid="timeline-axis"]').getAttribute('aria-label');
    const r0 = await range();
    await page.focus('[data-testid="timeline-axis"]');
    await page.keyboard.press('+');
    assert.notEqual(await range(), r0);
    // Clicking an event on the axis opens its details, with a link to the passage. Filtered to
    // one event, the busiest period centres on it, in the first lane.
    await page.fill('[data-filter="actor"]', 'lindqvist');
    await page.check('[data-type="meeting"]');
    await until(page, `document.querySelector('[data-testid="timeline-count"]')?.textContent?.startsWith('1 of')`);
    await page.focus('[data-testid="timeline-axis"]');
    await page.keyboard.press('1');
    const box = await page.locator('[data-testid="timeline-axis"]').boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + 28 + 6);
    const details = page.locator('[data-testid="event-details"]');
    await details.waitFor();
    assert.match(await details.innerText(), /Meeting between Petra Lindqvist and Tomas Varga in Valmora on 2025-11-30\.[\s\S]*30 Nov 2025 \(day; 2025-11-30\)[\s\S]*Petra Lindqvist, Tomas Varga/);
    if (source === 'timeline') {
      // A merged event lists every report that tells it.
      assert.match(await page.locator('[data-testid="event-mentions"]').innerText(), /Harbour Talks End Without a Deal[\s\S]*The Lantern Courier, 2025-12-02/);
    }
    await shot(page, 'timeline-event');
    await details.getByRole('link', { name: 'Open the passage in the report' }).click();
    await page.waitForSelector('#ann-event-0.target');
    await page.close();
  });

  it('actors: search as you type, actor page, co-participation network', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/actors`);
    await page.fill('[data-testid="actor-search"]', 'varg');
    await until(page, `document.querySelector('[data-testid="actor-results"]')?.textContent?.includes('Tomas Varga')`);
    assert.ok(await page.locator('[data-testid="network"] .node').count() >= 2);
    await shot(page, 'actors');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="actor-page"]');
    const body = await page.locator('[data-testid="actor-page"]').innerText();
    assert.match(body, /Tomas Varga/);
    assert.match(body, /envoy/);
    assert.match(body, /Petra Lindqvist[\s\S]*1 shared event/);
    await shot(page, 'actor-page');
    if (/^#\/actors\/a\d+$/.test(new URL(page.url()).hash)) {
      // The server's actor page: split the short name off, and the audit trail records it.
      await page.check('[data-split="Varga"]');
      await page.click('[data-testid="split"]');
      await until(page, `/Split Varga off Tomas Varga/.test(document.querySelector('[data-testid="actor-message"]')?.textContent ?? '')`);
      await until(page, `/split/.test(document.querySelector('[data-testid="audit"]')?.textContent ?? '')`);
    }
    // Her quote is listed on her page, as said by her.
    await page.goto(`${base}/#/actors/petra%20lindqvist`);
    const petra = page.locator('[data-testid="actor-page"]');
    await petra.waitFor();
    assert.match(await petra.innerText(), /by\s*quote\s*“We are closer than we were a week ago,”/);
    assert.match(await petra.innerText(), /Why these names were merged[\s\S]*surname of an earlier full name/);
    await page.close();
  });

  it('actors: the co-participation network stays readable at 300 nodes', async () => {
    // 320 invented delegates in 400 two-person meetings: the view keeps the 300 busiest, labels
    // only the busiest and the one under focus, and keeps every node inside the drawing.
    const given = ['Ada', 'Bo', 'Cai', 'Dora', 'Eli', 'Fen', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kai', 'Lea', 'Mo', 'Nia', 'Oli', 'Pia'];
    const family = ['Arden', 'Brisk', 'Corran', 'Dell', 'Esker', 'Fallow', 'Garth', 'Heron', 'Isle', 'Joss', 'Kestrel', 'Lorne', 'Moss', 'Nairn', 'Orme', 'Penn', 'Quill', 'Rook', 'Sedge', 'Tarn'];
    const people = Array.from({ length: 320 }, (_, i) => `${given[i % given.length]} ${family[Math.floor(i / given.length) % family.length]}`);
    let text = '';
    const entities: Extraction['entities'] = [];
    const events: Extraction['events'] = [];
    for (let i = 0; i < 400; i++) {
      const a = (i * 7) % people.length;
      const b = (i * 13 + 1) % people.length;
      const start = text.length;
      text += `${people[a]} met ${people[b]}. `;
      for (const [k, name, at] of [[a, people[a]!, start], [b, people[b]!, start + people[a]!.length + 5]] as const) {
        let e = entities.find((x) => x.name === name);
        if (!e) entities.push((e = { id: `e${k + 1}`, name, type: 'person', aliases: [], roles: [], mentions: [], merges: [] }));
        e.mentions.push({ start: at, end: at + name.length, rule: 'test/fixture', confidence: 1 });
      }
      const ida = entities.find((x) => x.name === people[a])!.id;
      const idb = entities.find((x) => x.name === people[b])!.id;
      events.push({ id: `v${i + 1}`, type: 'meeting', date: '2025-11-20', participants: [ida, idb], location: null, trigger: { start: start + people[a]!.length + 1, end: start + people[a]!.length + 4 }, status: 'happened', claim: null, summary: 'A meeting', rule: 'test/fixture', confidence: 1 });
    }
    await store.saveReport({ ...harbourReport(), id: 'network-300', source: 'network.md', title: 'Three hundred delegates', publisher: 'Network Desk', url: null, text, entities, timexes: [], quotes: [], claims: [], citations: [], markers: [], warnings: [], paragraphs: [], events });
    const page = await newPage();
    await page.goto(`${base}/#/actors`);
    await until(page, `document.querySelectorAll('[data-testid="network"] .node').length >= 300`);
    const nodes = await page.locator('[data-testid="network"] .node').count();
    assert.equal(nodes, 300, 'the busiest 300 actors are drawn');
    // Labels and nodes as drawn on the screen (client rectangles, after the view box scaling).
    const geometry = `(() => {
      const svg = document.querySelector('[data-testid="network"]'); const frame = svg.getBoundingClientRect();
      const rect = (el) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, id: el.dataset?.id ?? el.parentElement?.dataset?.id }; };
      return { frame: rect(svg), labels: [...svg.querySelectorAll('.node-label')].map(rect), shapes: [...svg.querySelectorAll('.node circle, .node rect')].map(rect), zoom: Number(svg.dataset.zoom) };
    })()`;
    type R = { x: number; y: number; w: number; h: number; id: string };
    const overlapping = (boxes: R[]): string[] => {
      const bad: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          // Half a pixel of anti-aliasing slack.
          if (a.x + a.w - 0.5 > b.x && b.x + b.w - 0.5 > a.x && a.y + a.h - 0.5 > b.y && b.y + b.h - 0.5 > a.y) bad.push(`${a.id} × ${b.id}`);
        }
      }
      return bad;
    };
    const within = (r: R, f: R) => r.x >= f.x - 0.5 && r.y >= f.y - 0.5 && r.x + r.w <= f.x + f.w + 0.5 && r.y + r.h <= f.y + f.h + 0.5;
    let g = await js<{ frame: R; labels: R[]; shapes: R[]; zoom: number }>(page, geometry);
    assert.ok(g.labels.length >= 10 && g.labels.length <= 40, `${g.labels.length} labels: the busiest that fit are named`);
    assert.deepEqual(overlapping(g.labels), [], 'no label overlaps another');
    assert.deepEqual(g.shapes.filter((s) => !within(s, g.frame)).map((s) => s.id), [], 'every node inside the drawing');
    assert.deepEqual(g.labels.filter((s) => !within(s, g.frame)).map((s) => s.id), [], 'every label inside the drawing');
    // The busiest actor is named.
    const busiest = await js<string>(page, `[...document.querySelectorAll('[data-testid="network"] .node')].map((a) => [a.dataset.id, Number(/, (\\d+) co-participants/.exec(a.getAttribute('aria-label'))[1])]).sort((a, b) => b[1] - a[1])[0][0]`);
    assert.ok(g.labels.some((l) => l.id === busiest), `the busiest actor ${busiest} is named`);
    await page.locator('[data-testid="network"]').screenshot({ path: path.join(shots, 'network-300.png') });
    // Zoom in by keyboard on the drawing: more names, still none overlapping, still inside.
    await page.focus('[data-testid="network"]');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await until(page, `Number(document.querySelector('[data-testid="network"]').dataset.zoom) > 2`);
    g = await js(page, geometry);
    assert.deepEqual(overlapping(g.labels), [], 'zoomed in: no label overlaps another');
    assert.deepEqual(g.labels.filter((s) => !within(s, g.frame)).map((s) => s.id), [], 'zoomed in: labels in view');
    await page.keyboard.press('ArrowRight');
    await page.locator('[data-testid="network"]').screenshot({ path: path.join(shots, 'network-300-zoomed.png') });
    await page.keyboard.press('0');
    await until(page, `document.querySelector('[data-testid="network"]').dataset.zoom === '1.00'`);
    // Keyboard: Tab from the drawing reaches a node, whose focus ring and name are visible.
    await page.keyboard.press('Tab');
    const focused = await js<{ id: string; stroke: string; width: string; label: boolean }>(page, `(() => {
      const a = document.activeElement; const shape = a.querySelector('circle, rect'); const cs = getComputedStyle(shape);
      return { id: a.dataset.id, stroke: cs.stroke, width: cs.strokeWidth, label: !!document.querySelector('.node-label[data-id="' + a.dataset.id + '"]') };
    })()`);
    assert.ok(focused.id, 'a node has focus');
    assert.equal(focused.width, '3px', 'the focused node has a thick ring');
    assert.equal(focused.stroke, 'rgb(179, 89, 0)', 'in the focus colour');
    assert.ok(focused.label, 'the focused node is named');
    g = await js(page, geometry);
    assert.deepEqual(overlapping(g.labels), [], 'with a node focused, its neighbours are named without overlaps');
    // Zooming and panning 300 nodes keeps every frame within budget (best of three, as for the timeline).
    await page.focus('[data-testid="network"]');
    await js(page, `(() => {
      window.__frames = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__frames.push(e.duration); }).observe({ type: 'long-animation-frame' });
    })()`);
    let worst = Infinity;
    for (let attempt = 1; attempt <= 3 && worst > FRAME_BUDGET_MS; attempt++) {
      await js(page, 'window.__frames.length = 0');
      for (const key of ['+', '+', 'ArrowRight', 'ArrowDown', '+', '-', 'ArrowLeft', '-', '0']) {
        await page.keyboard.press(key);
        await js(page, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      }
      const frames = await js<number[]>(page, 'window.__frames.slice()');
      worst = Math.max(0, ...frames);
      process.stdout.write(`# network of 300, run ${attempt}: 9 zoom/pan steps; frames over 50 ms: ${frames.length} (worst ${worst.toFixed(0)} ms)\n`);
    }
    assert.ok(worst <= FRAME_BUDGET_MS, `a frame took ${worst.toFixed(0)} ms in each of three runs (budget ${FRAME_BUDGET_MS} ms)`);
    await page.close();
  });

  it('ingest: an uploaded file is analysed and appears in every view without a reload', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/ingest`);
    await js(page, 'window.__noReload = 1');
    const md = [
      '---', 'title: Lakeside Round Opens', 'published: 2025-12-05', 'publisher: The Reed Bulletin', '---',
      'Lakeside Round Opens', '',
      'Negotiator Ines Okafor met mediator Bruno Castell in Lakeside on December 4. "The first day was calm," Okafor said.', '',
    ].join('\n');
    await page.setInputFiles('[data-testid="file-input"]', { name: 'lakeside.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
    await page.waitForSelector('[data-testid="ingest-done"]', { timeout: 60_000 });
    assert.match(await page.locator('[data-testid="ingest-done"]').innerText(), /Added: Lakeside Round Opens/);
    assert.match(await page.locator('[data-testid="report-text"]').innerText(), /Negotiator Ines Okafor met mediator Bruno Castell/);
    await shot(page, 'ingest');
    await page.click('a[data-nav="reports"]');
    await page.getByRole('link', { name: 'Lakeside Round Opens' }).waitFor();
    assert.equal(await js(page, 'window.__noReload'), 1, 'the page was not reloaded');
    // A file type the API does not take is refused before upload.
    await page.click('a[data-nav="ingest"]');
    await page.setInputFiles('[data-testid="file-input"]', { name: 'x.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
    await page.getByRole('alert').waitFor();
    await page.close();
  });

  it('ingest: a pasted URL is fetched by the server, analysed and shown without a reload', async () => {
    const page = await newPage();
    await page.goto(`${base}/#/ingest`);
    await js(page, 'window.__noReload = 1');
    await page.fill('[data-testid="fetch-url"]', `${siteBase}/quay-talks`);
    await page.getByRole('button', { name: 'Fetch and store' }).click();
    await page.waitForSelector('[data-testid="ingest-done"]', { timeout: 60_000 });
    assert.match(await page.locator('[data-testid="ingest-done"]').innerText(), /Added: Quay Talks Adjourn/);
    assert.match(await page.locator('[data-testid="report-text"]').innerText(), /Envoy Marta Lind met negotiator Owen Price/);
    assert.equal(await js(page, 'window.__noReload'), 1, 'the page was not reloaded');
    await page.close();
  });

  it('hostile reports render as inert text in every view: no script runs, no outside request', async () => {
    const page = await newPage();
    // Also through the real pipeline: paste the hostile text.
    await page.goto(`${base}/#/ingest`);
    await page.fill('[data-testid="paste-text"]', HOSTILE_PASTE);
    await page.getByRole('button', { name: 'Analyse and store' }).click();
    await page.waitForSelector('[data-testid="ingest-done"]', { timeout: 60_000 });
    assert.match(await page.locator('[data-testid="ingest-done"]').innerText(), /^Added/);
    assert.ok((await page.locator('[data-testid="report-text"]').innerText()).includes('"<script>window.__pwned = 22</script> is not a plan,"'));
    // Pasting the fixture's text again is recognised as already stored; the original is shown.
    await page.fill('[data-testid="paste-text"]', HOSTILE_TEXT);
    await page.getByRole('button', { name: 'Analyse and store' }).click();
    await until(page, `/Already stored|re-publication/.test(document.querySelector('[data-testid="ingest-done"]')?.textContent ?? '')`, 60_000);
    for (const route of ['#/reports/hostile', '#/claims', '#/timeline', '#/actors', '#/reports']) {
      await page.goto(`${base}/${route}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(200);
    }
    await page.goto(`${base}/#/reports/hostile`);
    const text = page.locator('[data-testid="report-text"]');
    await text.waitFor();
    const shown = await text.innerText();
    for (const payload of ['<script>window.__pwned = 1</script>', 'onerror="window.__pwned = 2"', 'href="javascript:window.__pwned=3"', '</textarea><script>window.__pwned = 4</script>']) {
      assert.ok(shown.includes(payload), `shown as text: ${payload}`);
    }
    assert.match(await page.locator('h1').innerText(), /<img src=x onerror="window.__pwned=5">Title/);
    // Hover and focus every annotation so each card renders its hostile fields.
    for (const el of await page.locator('[data-testid="report-text"] [tabindex="0"]').all()) await el.focus();
    await page.locator('#ann-entity-0-0').hover();
    await shot(page, 'hostile');
    const dom = await js<{ pwned: unknown; scripts: string[]; injected: number; jsLinks: number; handlers: number }>(page, `({
      pwned: window.__pwned,
      scripts: [...document.scripts].map((s) => s.src),
      injected: document.querySelectorAll('main script, main img, main iframe, main svg[onload], main b, main i, main textarea:not([data-testid])').length,
      jsLinks: [...document.querySelectorAll('a')].filter((a) => /^\\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
    })`);
    assert.equal(dom.pwned, undefined);
    assert.equal(dom.scripts.length, 1);
    assert.match(dom.scripts[0] ?? '', /\/assets\/index-[\w-]+\.js$/);
    assert.equal(dom.injected, 0);
    assert.equal(dom.jsLinks, 0);
    assert.equal(dom.handlers, 0);
    // The unsafe URL is text, not a link.
    assert.equal(await page.locator('a', { hasText: 'javascript:window.__pwned=7' }).count(), 0);
    assert.equal(await page.locator('.unsafe-url', { hasText: 'javascript:window.__pwned=7' }).count(), 1);
    await page.close();
  });

  it('timeline: 1,000 events render and zoom without a long frame', async () => {
    const words: string[] = [];
    const events: Extraction['events'] = [];
    let text = '';
    for (let i = 0; i < 1000; i++) {
      const w = `talk${i}`;
      const start = text.length;
      text += `${w} `;
      words.push(w);
      const day = new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
      events.push({
        id: `v${i + 1}`, type: i % 3 ? 'meeting' : 'call', date: i % 10 === 0 ? day.slice(0, 7) : day, participants: [], location: null,
        trigger: { start, end: start + w.length }, status: 'happened', claim: null, summary: `Dense event ${i}`, rule: 'test/fixture', confidence: 1,
      });
    }
    await store.saveReport({ ...harbourReport(), id: 'dense', source: 'dense.md', title: 'Dense', publisher: 'Dense Desk', url: null, text, entities: [], timexes: [], quotes: [], claims: [], citations: [], markers: [], warnings: [], paragraphs: [], events });
    const page = await newPage();
    await page.goto(`${base}/#/timeline`);
    await page.selectOption('[data-filter="outlet"]', 'Dense Desk');
    await until(page, `document.querySelector('[data-testid="timeline-count"]')?.textContent?.startsWith('1000 of')`);
    await page.locator('[data-testid="timeline-axis"]').focus();
    await page.keyboard.press('0');
    // Best of three runs: a 2-core machine shared with other work can stall any one frame; the
    // renderer is within budget when one full zoom/pan sequence has no frame over it.
    await js(page, `(() => {
      window.__frames = [];
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__frames.push(e.duration); }).observe({ type: 'long-animation-frame' });
    })()`);
    let worst = Infinity;
    let frames: number[] = [];
    for (let attempt = 1; attempt <= 3 && worst > FRAME_BUDGET_MS; attempt++) {
      await js(page, 'window.__frames.length = 0');
      const t0 = Date.now();
      for (const key of ['+', '+', '+', '→', '→', '-', '-', '←', '0', '1', '0']) {
        await page.keyboard.press(key === '→' ? 'ArrowRight' : key === '←' ? 'ArrowLeft' : key);
        await js(page, 'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      }
      const elapsed = Date.now() - t0;
      frames = await js<number[]>(page, 'window.__frames.slice()');
      worst = Math.max(0, ...frames);
      process.stdout.write(`# timeline with 1000 events, run ${attempt}: 11 zoom/pan steps in ${elapsed} ms; frames over 50 ms: ${frames.length} (worst ${worst.toFixed(0)} ms)\n`);
    }
    assert.ok(Number(await page.locator('[data-testid="timeline-axis"]').getAttribute('data-drawn')) > 100);
    assert.ok(worst <= FRAME_BUDGET_MS, `a frame took ${worst.toFixed(0)} ms in each of three runs (budget ${FRAME_BUDGET_MS} ms; set PARLEY_FRAME_BUDGET_MS on a loaded machine)`);
    // The probe itself works: a deliberately long frame is seen.
    await js(page, 'window.__frames.length = 0');
    await js(page, 'new Promise((r) => requestAnimationFrame(() => { const t = performance.now(); while (performance.now() - t < 120); requestAnimationFrame(() => setTimeout(r, 50)); }))');
    await until(page, 'window.__frames.length > 0');
    await page.close();
  });

  it('every control in every view has an accessible name', async () => {
    const page = await newPage();
    const unnamed = `[...document.querySelectorAll('main a[href], main button, main input, main select, main textarea, main [tabindex="0"]')].filter((el) => {
      const text = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
      if (text(el.getAttribute('aria-label'))) return false;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(' ').some((id) => text(document.getElementById(id)?.textContent))) return false;
      if (el.closest('label') && text(el.closest('label').textContent)) return false;
      if (el.id && [...document.querySelectorAll('label')].some((l) => l.htmlFor === el.id && text(l.textContent))) return false;
      if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && text(el.textContent)) return false;
      return true;
    }).map((el) => el.outerHTML.slice(0, 120))`;
    for (const route of ['#/reports', '#/reports/harbour', '#/claims', '#/timeline', '#/actors', '#/actors/tomas%20varga', '#/ingest']) {
      await page.goto(`${base}/${route}`);
      await page.waitForLoadState('networkidle');
      await until(page, `document.querySelector('main')?.textContent.length > 50`);
      assert.deepEqual(await js<string[]>(page, unnamed), [], route);
    }
    // The check itself finds an unnamed control.
    await js(page, `document.querySelector('main').append(document.createElement('input'))`);
    assert.equal((await js<string[]>(page, unnamed)).length, 1);
    await page.close();
  });
});
