/**
 * HTML page → article text and metadata. The page is parsed into a server-side DOM
 * (linkedom; nothing in it is ever executed), metadata comes from JSON-LD `NewsArticle`,
 * `og:`/`article:` meta tags and <title>, and the main text from Mozilla Readability, falling
 * back to the body's text. Paragraphs are separated by blank lines, like a text report.
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

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'DD', 'DT', 'BR', 'HR', 'TABLE', 'UL', 'OL']);
const DROP_TAGS = ['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'template', 'svg', 'canvas', 'form', 'button', 'nav'];

export function extractHtml(html: string, source: string): HtmlPage {
  const warnings: Warning[] = [];
  const { document } = parseHTML(html);
  let dropped = 0;
  for (const tag of DROP_TAGS) {
    for (const el of [...document.querySelectorAll(tag)]) {
      el.remove();
      dropped++;
    }
  }
  if (dropped > 0) warnings.push({ code: 'html-stripped', rule: 'ingest/html', message: `${dropped} script, style, iframe or similar element(s) removed; nothing from them is kept` });
  const meta = readMeta(document);

  let text = '';
  try {
    // Readability mutates the DOM it reads: give it a clone.
    const article = new Readability(document.cloneNode(true) as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
    if (article?.content) {
      const { document: articleDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
      text = blockText(articleDoc.body as unknown as Node);
      if (!meta.title && article.title) meta.title = article.title.trim();
    }
  } catch {
    text = '';
  }
  if (text.trim().length < 40 && document.body) text = blockText(document.body as unknown as Node);
  text = text.trim();
  if (text.length === 0) throw new IngestError('no-article-text', source, `${source}: the page has no article text`);
  if (meta.title && !text.startsWith(meta.title)) text = `${meta.title}\n\n${text}`;
  return { text: text + '\n', meta, warnings };
}

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** Text of a subtree with a blank line between block elements and white space folded inside them. */
function blockText(root: Node): string {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const block = BLOCK_TAGS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

interface MetaDocument {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
}

function readMeta(doc: MetaDocument): FrontMatterMeta {
  const meta: FrontMatterMeta = {};
  const attr = (sel: string): string | undefined => doc.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  const ld = readJsonLd(doc);
  const title = ld.title ?? attr('meta[property="og:title"]') ?? doc.querySelector('title')?.textContent?.trim();
  if (title) meta.title = title;
  const published = ld.published ?? attr('meta[property="article:published_time"]') ?? attr('meta[name="date"]') ?? attr('meta[itemprop="datePublished"]');
  const iso = published ? normaliseDate(published) : null;
  if (iso) meta.published = iso;
  const publisher = ld.publisher ?? attr('meta[property="og:site_name"]');
  if (publisher) meta.publisher = publisher;
  const url = ld.url ?? attr('meta[property="og:url"]') ?? doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  if (url) meta.url = url;
  const author = ld.authors ?? (attr('meta[name="author"]') ? [attr('meta[name="author"]')!] : undefined);
  if (author && author.length > 0) meta.authors = author;
  return meta;
}

interface LdFields { title?: string; published?: string; publisher?: string; url?: string; authors?: string[] }

function readJsonLd(doc: MetaDocument): LdFields {
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
    for (const item of items) {
      if (!isRecord(item)) continue;
      const type = item['@type'];
      const types = Array.isArray(type) ? type : [type];
      if (!types.some((t) => typeof t === 'string' && /Article|Posting/.test(t))) continue;
      if (typeof item['headline'] === 'string') out.title = item['headline'];
      if (typeof item['datePublished'] === 'string') out.published = item['datePublished'];
      if (typeof item['url'] === 'string') out.url = item['url'];
      const pub = item['publisher'];
      if (isRecord(pub) && typeof pub['name'] === 'string') out.publisher = pub['name'];
      else if (typeof pub === 'string') out.publisher = pub;
      const author = item['author'];
      const authors = (Array.isArray(author) ? author : [author])
        .map((a) => (isRecord(a) && typeof a['name'] === 'string' ? a['name'] : typeof a === 'string' ? a : null))
        .filter((a): a is string => a !== null);
      if (authors.length > 0) out.authors = authors;
      return out;
    }
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
