/**
 * RSS 2.0 / RSS 1.0 / Atom feed → its items → one report per item. Each item's link is fetched
 * as a page (same limits and address checks as any URL). A broken item becomes an error for
 * that item only; the other items carry on.
 *
 * Fallback: when the page of an item cannot be read but the feed itself carries the item's
 * full text (`content:encoded`, Atom `content`, or a `description`/`summary` of at least
 * MIN_FALLBACK_CHARS characters of text), that text becomes the report, with a
 * `feed-item-fallback` warning naming the page's error. A short teaser is never stored as if
 * it were the report: then the item fails with the page's error.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { Warning } from '../model/warnings.js';
import { normaliseDate } from './dates.js';
import { decodeBytes } from './decode.js';
import { IngestError } from './errors.js';
import { fetchUrl, type Fetched, type FetchOptions } from './fetch.js';
import type { FrontMatterMeta } from './front-matter.js';
import { extractHtml } from './html.js';
import { parseReportBytes } from './read-file.js';
import type { RawReport } from './report.js';

export const DEFAULT_MAX_FEED_ITEMS = 100;
export const MIN_FALLBACK_CHARS = 200;

export interface FeedOptions extends FetchOptions {
  /** Items read from one feed, in feed order; the rest are skipped. Default 100. */
  maxFeedItems?: number;
}

export interface FeedItem {
  /** Position in the feed, from 1. */
  index: number;
  link?: string;
  title?: string;
  published?: string;
  authors?: string[];
  /** The item's own text as HTML (content, else description/summary). */
  html?: string;
}

export interface ParsedFeed {
  title?: string;
  items: FeedItem[];
  /** Items that are not usable (no link and no text, a link that is not http(s), wrong shape). */
  errors: IngestError[];
}

export interface FeedResult {
  reports: RawReport[];
  errors: IngestError[];
  /** Items past `maxFeedItems`, not read. */
  skipped: number;
}

/** A text node as fast-xml-parser gives it: a string, a number, or an element with `#text`. */
const Text = z.union([
  z.string(),
  z.number().transform(String),
  z.object({ '#text': z.union([z.string(), z.number().transform(String)]).optional() }).loose().transform((o) => o['#text']),
]);
const Texts = z.union([Text, z.array(Text)]).transform((t) => (Array.isArray(t) ? t.find((x) => x) : t));

const RssItem = z.object({
  title: Texts.optional(),
  link: Texts.optional(),
  guid: z.unknown().optional(),
  description: Texts.optional(),
  'content:encoded': Texts.optional(),
  pubDate: Texts.optional(),
  'dc:date': Texts.optional(),
  'dc:creator': z.union([Texts, z.array(Text)]).optional(),
  author: Texts.optional(),
}).loose();

const AtomLink = z.object({ '@_href': z.string(), '@_rel': z.string().optional(), '@_type': z.string().optional() }).loose();
const AtomPerson = z.union([z.string(), z.object({ name: Text.optional() }).loose().transform((p) => p.name)]);
const AtomEntry = z.object({
  title: Texts.optional(),
  link: z.union([AtomLink, z.array(AtomLink)]).optional(),
  id: Texts.optional(),
  content: Texts.optional(),
  summary: Texts.optional(),
  published: Texts.optional(),
  updated: Texts.optional(),
  author: z.union([AtomPerson, z.array(AtomPerson)]).optional(),
}).loose();

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry',
});

/** Feed XML → its items, each validated; `base` resolves relative links. */
export function parseFeed(xml: string, base: string): ParsedFeed {
  if (/<!ENTITY/i.test(xml)) throw new IngestError('feed-invalid', base, `${base}: the feed declares XML entities (refused)`);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError('feed-invalid', base, `${base}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg.slice(0, 120)})`);
  }
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new IngestError('feed-invalid', base, `${base}: the feed could not be parsed (${err instanceof Error ? err.message.slice(0, 120) : 'error'})`);
  }
  const root = isRecord(doc) ? doc : {};
  const errors: IngestError[] = [];
  const items: FeedItem[] = [];
  const itemError = (index: number, message: string, link?: string): IngestError =>
    new IngestError('feed-item-invalid', link ?? `${base}#item-${index}`, `${base}: item ${index}: ${message}`);

  let title: string | undefined;
  let rawItems: unknown[];
  let kind: 'rss' | 'atom';
  const rss = root['rss'];
  const rdf = root['rdf:RDF'];
  const atom = root['feed'];
  if (isRecord(rss) && isRecord(rss['channel'])) {
    kind = 'rss';
    title = textOf(rss['channel']['title']);
    rawItems = arrayOf(rss['channel']['item']);
  } else if (isRecord(rdf)) {
    kind = 'rss';
    title = isRecord(rdf['channel']) ? textOf(rdf['channel']['title']) : undefined;
    rawItems = arrayOf(rdf['item']);
  } else if (isRecord(atom)) {
    kind = 'atom';
    title = textOf(atom['title']);
    rawItems = arrayOf(atom['entry']);
  } else {
    throw new IngestError('feed-invalid', base, `${base}: neither an RSS channel nor an Atom feed`);
  }

  rawItems.forEach((raw, i) => {
    const index = i + 1;
    const item = kind === 'rss' ? rssItem(raw, index) : atomItem(raw, index);
    if (typeof item === 'string') {
      errors.push(itemError(index, item));
      return;
    }
    if (item.link !== undefined) {
      let url: URL;
      try {
        url = new URL(item.link, base);
      } catch {
        errors.push(itemError(index, `link ${JSON.stringify(item.link.slice(0, 200))} is not a URL`));
        return;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        errors.push(itemError(index, `link is not http(s) (${url.protocol.slice(0, 20)})`));
        return;
      }
      item.link = url.href;
    } else if (!item.html?.trim()) {
      errors.push(itemError(index, 'no link and no text'));
      return;
    }
    items.push(item);
  });
  return { ...(title ? { title } : {}), items, errors };
}

function rssItem(raw: unknown, index: number): FeedItem | string {
  const r = RssItem.safeParse(raw);
  if (!r.success) return `not an RSS item (${issues(r.error)})`;
  const d = r.data;
  const item: FeedItem = { index };
  // A guid is the item's link when it says it is a permalink, or (by default) when it is an
  // absolute http(s) URL.
  const guid = textOf(d.guid);
  const permalink = isRecord(d.guid) ? d.guid['@_isPermaLink'] : undefined;
  const guidLink = guid && (permalink === 'true' || (permalink !== 'false' && /^https?:\/\//i.test(guid))) ? guid : undefined;
  const link = d.link ?? guidLink;
  if (link) item.link = link.trim();
  if (d.title) item.title = d.title;
  const date = d.pubDate ?? d['dc:date'];
  if (date) setDate(item, date);
  const creators = d['dc:creator'] ?? d.author;
  if (creators) item.authors = [creators].flat().filter((a): a is string => typeof a === 'string' && a.length > 0);
  const html = d['content:encoded'] ?? d.description;
  if (html) item.html = html;
  return item;
}

function atomItem(raw: unknown, index: number): FeedItem | string {
  const r = AtomEntry.safeParse(raw);
  if (!r.success) return `not an Atom entry (${issues(r.error)})`;
  const d = r.data;
  const item: FeedItem = { index };
  const links = d.link === undefined ? [] : Array.isArray(d.link) ? d.link : [d.link];
  const link = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  if (link) item.link = link['@_href'].trim();
  if (d.title) item.title = d.title;
  const date = d.published ?? d.updated;
  if (date) setDate(item, date);
  const authors = d.author === undefined ? [] : [d.author].flat().filter((a): a is string => typeof a === 'string' && a.length > 0);
  if (authors.length > 0) item.authors = authors;
  const html = d.content ?? d.summary;
  if (html) item.html = html;
  return item;
}

function setDate(item: FeedItem, value: string): void {
  const iso = normaliseDate(value);
  if (iso) item.published = iso;
}

/** A fetched feed → one report per item (each link fetched as a page). */
export async function readFeed(feed: Fetched, options: FeedOptions = {}): Promise<FeedResult> {
  const { text } = decodeBytes(feed.bytes, feed.requested, feed.charset);
  const parsed = parseFeed(text, feed.url);
  const max = options.maxFeedItems ?? DEFAULT_MAX_FEED_ITEMS;
  const reports: RawReport[] = [];
  const errors = [...parsed.errors];
  for (const item of parsed.items.slice(0, max)) {
    try {
      reports.push(await readItem(item, parsed.title, feed.url, options));
    } catch (err) {
      if (err instanceof IngestError) errors.push(err);
      else errors.push(new IngestError('read-failed', item.link ?? feed.url, `${item.link ?? feed.url}: ${err instanceof Error ? err.message : String(err)}`));
    }
  }
  return { reports, errors, skipped: Math.max(0, parsed.items.length - max) };
}

async function readItem(item: FeedItem, feedTitle: string | undefined, feedUrl: string, options: FetchOptions): Promise<RawReport> {
  const source = item.link ?? `${feedUrl}#item-${item.index}`;
  let report: RawReport;
  if (item.link === undefined) {
    report = fromItemText(item, source, []);
  } else {
    try {
      const page = await fetchUrl(item.link, options);
      if (page.kind === 'feed') throw new IngestError('unsupported-type', source, `${source}: the item links to another feed (feeds are not followed from feeds)`);
      report = parseReportBytes(page.bytes, source, page.kind, page.charset);
    } catch (err) {
      if (!(err instanceof IngestError) || !hasFullText(item)) throw err;
      report = fromItemText(item, source, [{
        code: 'feed-item-fallback', rule: 'ingest/feed',
        message: `the page could not be read (${err.code}: ${err.message}); the text the feed carries was used instead`,
      }]);
    }
  }
  fillMeta(report.meta, item, feedTitle);
  return report;
}

function hasFullText(item: FeedItem): boolean {
  if (!item.html) return false;
  try {
    return extractHtml(wrap(item.html), 'feed item').text.length >= MIN_FALLBACK_CHARS;
  } catch {
    return false;
  }
}

function fromItemText(item: FeedItem, source: string, warnings: Warning[]): RawReport {
  const page = extractHtml(wrap(item.html ?? '', item.title), source);
  return { source, format: 'html', text: page.text, meta: page.meta, warnings: [...warnings, ...page.warnings] };
}

function wrap(html: string, title?: string): string {
  const t = title ? `<title>${title.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}</title>` : '';
  return `<!doctype html><html><head>${t}</head><body><article>${html}</article></body></html>`;
}

/** The item's own metadata fills what the page did not say. */
function fillMeta(meta: FrontMatterMeta, item: FeedItem, feedTitle: string | undefined): void {
  if (!meta.title && item.title) meta.title = item.title;
  if (!meta.published && item.published) meta.published = item.published;
  if (!meta.url && item.link) meta.url = item.link;
  if (!meta.authors && item.authors && item.authors.length > 0) meta.authors = item.authors;
  if (!meta.publisher && feedTitle) meta.publisher = feedTitle;
}

function textOf(v: unknown): string | undefined {
  const r = Texts.safeParse(v);
  return r.success && r.data ? r.data : undefined;
}

function arrayOf(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function issues(err: z.ZodError): string {
  return err.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
