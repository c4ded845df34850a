/**
 * HTML page → article text and metadata. The page is parsed into a server-side DOM (linkedom:
 * no scripts run, no resources load). Metadata is read first — JSON-LD `NewsArticle` (and the
 * other Article types, `@graph` references resolved), then `og:`/`article:` meta tags, then
 * Readability's title and <title>. Then everything executable or embedded is removed (scripts,
 * iframes, objects, event-handler attributes, `javascript:` URLs), so are cookie, consent,
 * newsletter and paywall notices (named so by their class or id), and the main text is taken
 * with Mozilla Readability, falling back to the body's text without navigation, header, footer
 * and asides. Headings, paragraphs and list items are separated by blank lines; `<br>` keeps a
 * line break; white space inside a block is folded. Only text nodes ever reach the output:
 * no markup, attribute or script is echoed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Warning } from '../model/warnings.js';
import { normaliseDate } from './dates.js';
import { IngestError } from './errors.js';
import type { FrontMatterMeta } from './front-matter.js';

export interface HtmlPage {
  text: string;
  meta: FrontMatterMeta;
  warnings: Warning[];
}

/** Fewer letters than this in the extracted text (title excluded): the page has no article. */
export const MIN_ARTICLE_LETTERS = 40;
/** Readability gives up (and the body text is used) on pages with more elements than this. */
export const MAX_READABILITY_ELEMENTS = 60_000;
/**
 * Readability's time grows steeply with nesting depth (about 4 s at 500 levels, 25 s at 1000):
 * deeper pages skip it and use the body text. Real article pages stay far below this.
 */
export const MAX_READABILITY_DEPTH = 120;
/**
 * The DOM parser itself slows down quadratically on absurd nesting (18 s for 100,000 levels):
 * pages whose container elements nest deeper than this are refused before parsing.
 */
export const MAX_HTML_DEPTH = 10_000;

const CONTAINER_TAG = /<(\/?)(?:div|span|section|article|main|aside|header|footer|table|tbody|ul|ol|dl|blockquote|a|b|i|em|strong|font|center|form|fieldset|figure)\b[^>]*>/gi;

/** Approximate maximum nesting of container elements (elements HTML never closes implicitly). */
function containerDepth(html: string, limit: number): number {
  let depth = 0;
  let max = 0;
  CONTAINER_TAG.lastIndex = 0;
  for (let m = CONTAINER_TAG.exec(html); m; m = CONTAINER_TAG.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max && (max = depth) > limit) break;
  }
  return max;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'FIGURE', 'FIGCAPTION', 'DD', 'DT', 'DL', 'HR', 'TABLE', 'CAPTION', 'UL', 'OL', 'ADDRESS', 'DETAILS', 'SUMMARY']);
const CELL_TAGS = new Set(['TD', 'TH']);
/** Executable or embedded content: removed before anything else reads the DOM's text. */
const UNSAFE_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal'];
/** Not article text. */
const CLUTTER_TAGS = ['style', 'noscript', 'template', 'svg', 'math', 'canvas', 'button', 'input', 'select', 'textarea', 'nav', 'link', 'audio', 'video', 'dialog'];
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background'];
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data)\s*:/i;

// linkedom's DOM, typed by what we use of it.
interface El {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  firstChild: El | null;
  nextSibling: El | null;
  attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  remove(): void;
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
}
interface Doc extends El {
  body: El | null;
}

export function extractHtml(html: string, source: string): HtmlPage {
  const warnings: Warning[] = [];
  if (containerDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    throw new IngestError('unsupported-type', source, `${source}: the HTML nests elements more than ${MAX_HTML_DEPTH} levels deep; not a readable page`);
  }
  const document = parseHTML(html).document as unknown as Doc;
  const meta = readMeta(document);
  const htmlTitle = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const { unsafe, attrs } = sanitise(document);
  if (unsafe > 0) warnings.push({ code: 'html-stripped', rule: 'ingest/html', message: `${unsafe} script, iframe, object or embed element(s) removed; nothing from them is kept` });
  if (attrs.handlers + attrs.urls > 0) {
    warnings.push({ code: 'html-unsafe-removed', rule: 'ingest/html', message: `${attrs.handlers} event-handler attribute(s) and ${attrs.urls} javascript:/data: URL(s) removed` });
  }

  let text = '';
  let readabilityTitle: string | undefined;
  const tooDeep = document.body !== null && deeperThan(document.body, MAX_READABILITY_DEPTH);
  if (!tooDeep) try {
    // Readability mutates the DOM it reads; the fallback parses the page again (cheaper than
    // cloning every page for the rare page Readability cannot read).
    const reader = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: 100, maxElemsToParse: MAX_READABILITY_ELEMENTS,
    });
    const article = reader.parse();
    if (article?.content) {
      const articleDoc = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as Doc;
      if (articleDoc.body) text = blockText(articleDoc.body);
      if (article.title?.trim()) readabilityTitle = article.title.trim();
    }
  } catch {
    text = '';
  }
  if (letters(text) < MIN_ARTICLE_LETTERS) {
    warnings.push({
      code: 'html-body-text', rule: 'ingest/html',
      message: tooDeep
        ? `the page is nested more than ${MAX_READABILITY_DEPTH} elements deep: its whole body text was used, navigation and page furniture may remain`
        : 'no article found by the extractor: the whole body text was used, navigation and page furniture may remain',
    });
    // Readability changed the document it read: parse again (cheaper than cloning every page
    // for the few Readability cannot read). A page too deep for Readability is still intact.
    const again = tooDeep ? document : (parseHTML(html).document as unknown as Doc);
    if (!tooDeep) sanitise(again);
    removeAll(again, ['header', 'footer', 'aside', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[hidden]', '[aria-hidden="true"]']);
    if (again.body) text = blockText(again.body);
  }
  text = text.trim();
  if (letters(text) < MIN_ARTICLE_LETTERS) {
    throw new IngestError('no-article-text', source, `${source}: the page has no article text (under ${MIN_ARTICLE_LETTERS} letters of text once scripts, navigation and page furniture are removed)`);
  }
  if (!meta.title) {
    const title = readabilityTitle ?? htmlTitle;
    if (title) meta.title = title;
  }
  if (meta.title && !text.slice(0, meta.title.length + 400).includes(meta.title)) text = `${meta.title}\n\n${text}`;
  return { text: `${text}\n`, meta, warnings };
}

/** True when some element lies more than `limit` levels below `root` (iterative, stops early). */
function deeperThan(root: El, limit: number): boolean {
  const stack: [El, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let child = node.firstChild; child; child = child.nextSibling) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return false;
}

/** Remove everything executable, embedded or not text; neutralise handlers and script URLs. */
function sanitise(document: Doc): { unsafe: number; attrs: { handlers: number; urls: number } } {
  removeAll(document, ['script[type="application/ld+json"]']);
  const unsafe = removeAll(document, UNSAFE_TAGS);
  removeAll(document, CLUTTER_TAGS);
  removeBanners(document);
  return { unsafe, attrs: neutraliseAttributes(document) };
}

/** Cookie and consent notices, newsletter and subscription prompts: page furniture named so by
 *  its class or id ("cookie-banner", "gdpr-consent", "newsletter-signup", "paywall"). */
const BANNER_RE = /(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|newsletter|paywall|subscribe|subscription|signup)(?:$|[\s_-])/i;
function removeBanners(root: El): void {
  for (const el of Array.from(root.querySelectorAll('[class],[id]'))) {
    if (el.nodeName === 'BODY' || el.nodeName === 'HTML' || el.nodeName === 'ARTICLE' || el.nodeName === 'MAIN') continue;
    if (BANNER_RE.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) el.remove();
  }
}

function removeAll(root: El, selectors: readonly string[]): number {
  let n = 0;
  for (const el of Array.from(root.querySelectorAll(selectors.join(',')))) {
    el.remove();
    n++;
  }
  return n;
}

/** Drop `on*` attributes and script/data URLs everywhere (defence in depth: text never holds them). */
function neutraliseAttributes(root: El): { handlers: number; urls: number } {
  let handlers = 0;
  let urls = 0;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const attributes = Array.from(el.attributes);
    for (const { name, value } of attributes) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) {
        el.removeAttribute(name);
        handlers++;
      } else if (URL_ATTRS.includes(lower) && SCRIPT_URL.test(value)) {
        el.removeAttribute(name);
        urls++;
      }
    }
  }
  return { handlers, urls };
}

/** Letters in `text`, counted up to MIN_ARTICLE_LETTERS (enough to decide). */
function letters(text: string): number {
  const re = /\p{L}/gu;
  let n = 0;
  while (n < MIN_ARTICLE_LETTERS && re.exec(text)) n++;
  return n;
}

/**
 * Text of a subtree: a blank line between block elements, a line break for <br>, a space
 * between table cells, white space folded inside a block.
 */
function blockText(root: El): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim()).filter(Boolean).join('\n');
    if (t) blocks.push(t);
    current = '';
  };
  // Iterative walk (deeply nested pages must not overflow the stack); siblings, not
  // childNodes: linkedom rebuilds childNodes on every access.
  const stack: { node: El; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    const name = node.nodeType === 1 ? node.nodeName.toUpperCase() : '';
    if (leaving) {
      if (BLOCK_TAGS.has(name)) flush();
      continue;
    }
    if (node.nodeType === 3) {
      current += (node.textContent ?? '').replace(/[\s\u00a0]+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (name === 'BR') {
      current += '\n';
      continue;
    }
    if (CELL_TAGS.has(name)) current += ' ';
    if (BLOCK_TAGS.has(name)) flush();
    stack.push({ node, leaving: true });
    const children: El[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) children.push(child);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
  }
  flush();
  return blocks.join('\n\n');
}

function readMeta(doc: El): FrontMatterMeta {
  const meta: FrontMatterMeta = {};
  const content = (...selectors: string[]): string | undefined => {
    for (const sel of selectors) {
      const v = doc.querySelector(sel)?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
      if (v) return v;
    }
    return undefined;
  };
  const both = (key: string): string[] => [`meta[property="${key}"]`, `meta[name="${key}"]`];
  const ld = readJsonLd(doc);
  const title = ld.title ?? content(...both('og:title'), ...both('twitter:title'));
  if (title) meta.title = title;
  const dates = [ld.published, content(...both('article:published_time'), 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]')];
  for (const d of dates) {
    const iso = d ? normaliseDate(d) : null;
    if (iso) {
      meta.published = iso;
      break;
    }
  }
  const publisher = ld.publisher ?? content(...both('og:site_name'));
  if (publisher) meta.publisher = publisher;
  const url = ld.url ?? content(...both('og:url')) ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (url && /^https?:\/\//i.test(url)) meta.url = url;
  const author = ld.authors ?? (content('meta[name="author"]', ...both('article:author')) ? [content('meta[name="author"]', ...both('article:author'))!] : undefined);
  if (author && author.length > 0) meta.authors = author;
  return meta;
}

interface LdFields { title?: string; published?: string; publisher?: string; url?: string; authors?: string[] }

function readJsonLd(doc: El): LdFields {
  const out: LdFields = {};
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const items: unknown[] = Array.isArray(data) ? data : [data, ...(isRecord(data) && Array.isArray(data['@graph']) ? data['@graph'] : [])];
    const byId = new Map<string, Record<string, unknown>>();
    for (const item of items) if (isRecord(item) && typeof item['@id'] === 'string') byId.set(item['@id'], item);
    const deref = (v: unknown): unknown => (isRecord(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? byId.get(v['@id']) ?? v : v);
    const name = (v: unknown): string | null => {
      const d = deref(v);
      return isRecord(d) && typeof d['name'] === 'string' ? d['name'].trim() : typeof d === 'string' ? d.trim() : null;
    };
    for (const item of items) {
      if (!isRecord(item)) continue;
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && /Article|Posting/.test(t))) continue;
      const headline = item['headline'] ?? item['name'];
      if (typeof headline === 'string' && headline.trim()) out.title = headline.replace(/\s+/g, ' ').trim();
      const published = item['datePublished'] ?? item['dateCreated'];
      if (typeof published === 'string') out.published = published;
      if (typeof item['url'] === 'string') out.url = item['url'];
      const pub = name(item['publisher']);
      if (pub) out.publisher = pub;
      const author = item['author'];
      const authors = (Array.isArray(author) ? author : [author]).map(name).filter((a): a is string => !!a);
      if (authors.length > 0) out.authors = authors;
      return out;
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
