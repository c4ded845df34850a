/**
 * Quoted passages of a document: the spans between matching quotation marks (“…”, "…", «…»,
 * „…“, ‘…’ in headlines, and the doubled apostrophes ''…'' of some wire copy), paragraph by
 * paragraph. A quote
 * left open at the end of a paragraph continues when the next paragraph opens with a mark
 * (the newspaper convention for a statement running over several paragraphs); otherwise it
 * is dropped. Computed once per document and shared by every quote rule.
 */
import type { Document } from '../../model/document.js';

export interface QuotePiece {
  /** The quoted words, without the marks. */
  readonly start: number;
  readonly end: number;
  /** Offset of the opening mark and of the character after the closing mark (or `end`). */
  readonly open: number;
  readonly close: number;
  /** Index of the paragraph it lies in. */
  readonly paragraph: number;
  /** The piece continues a quote opened in an earlier paragraph. */
  readonly continued: boolean;
}

const CACHE = new WeakMap<Document, QuotePiece[]>();
const OPEN_RE = /^["“«„]$/;

/** ‘ at `i` opens a quotation: after a non-letter, before a letter, closed by ’ + non-letter in the paragraph. */
function singleQuoteAt(text: string, i: number, end: number): boolean {
  if (/\p{L}/u.test(text[i - 1] ?? '') || !/\p{L}/u.test(text[i + 1] ?? '')) return false;
  return /’(?!\p{L})/u.test(text.slice(i + 1, end));
}

/** The paragraph closes a quote opened earlier: a closing mark comes before any opening one. */
function closesBare(para: string, closer: string): boolean {
  const c = para.indexOf(closer === '"' ? '"' : closer);
  if (c < 0) return false;
  const o = para.search(closer === '"' ? /$^/ : /["“«„]/);
  return o < 0 || o > c;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '\'\'': '\'\'', '‘': '’' };

export function quotePieces(doc: Document): QuotePiece[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const out: QuotePiece[] = [];
  const text = doc.text;
  const paras = doc.layers.paragraphs;
  const bodyEnd = doc.bodyEnd;
  // a quote left open at a paragraph end: 'mark' when the next paragraph reopens with a mark,
  // 'bare' when it runs on without one and closes in a later paragraph
  let carried: 'no' | 'mark' | 'bare' = 'no';
  let carriedCloser = '';
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (p.start >= bodyEnd) break;
    let open = -1;
    let contentStart = -1;
    let closer = '';
    let continued = false;
    let i = p.start;
    if (carried === 'mark' && OPEN_RE.test(text[p.start] ?? '')) {
      open = p.start; contentStart = p.start + 1; closer = carriedCloser; continued = true; i = p.start + 1;
    } else if (carried === 'bare') {
      open = p.start; contentStart = p.start; closer = carriedCloser; continued = true;
    }
    carried = 'no';
    for (; i < p.end; i++) {
      const code = text.charCodeAt(i);
      if (code !== 34 && code !== 39 && code !== 0x201c && code !== 0x201d && code !== 0xab && code !== 0xbb && code !== 0x201e && code !== 0x2018 && code !== 0x2019) continue;
      const c = text[i]!;
      const two = c === '\'' && text[i + 1] === '\'';
      if (open >= 0) {
        // a single closing mark is also the apostrophe: it closes only before a non-letter ("‘Directly to voters’ tour", not "don’t")
        const singleClose = closer === '’' && c === '’' && !/\p{L}/u.test(text[i + 1] ?? '');
        if ((two && closer === '\'\'') || (c === closer && closer !== '’') || singleClose || (closer === '”' && c === '"') || (closer === '"' && c === '”')) {
          const markLen = two ? 2 : 1;
          if (i > contentStart) out.push({ start: contentStart, end: i, open, close: i + markLen, paragraph: pi, continued });
          open = -1; continued = false;
          i += markLen - 1;
        }
        continue;
      }
      const opener = two ? '\'\'' : c;
      // a single opening mark counts only where a word may start after it and none ends before it
      if (c === '’' || (c === '‘' && !singleQuoteAt(text, i, p.end))) continue;
      // a paragraph opened with a closing mark before a letter (”We will …”) is a typo for an opening one
      const closeWith = OPENERS[opener] ?? (c === '”' && i === p.start && /\p{L}/u.test(text[i + 1] ?? '') ? '”' : undefined);
      if (closeWith !== undefined) {
        open = i; closer = closeWith; contentStart = i + opener.length;
        if (two) i++;
      }
    }
    if (open >= 0 && (open === p.start || continued)) {
      let end = p.end;
      while (end > contentStart && /\s/.test(text[end - 1]!)) end--;
      const next = paras[pi + 1];
      if (next && next.start < bodyEnd) {
        const nextText = text.slice(next.start, next.end);
        if (OPEN_RE.test(nextText[0] ?? '')) carried = 'mark';
        else if (closesBare(nextText, closer)) carried = 'bare';
      }
      if (carried !== 'no' && end > contentStart) {
        out.push({ start: contentStart, end, open, close: end, paragraph: pi, continued });
        carriedCloser = closer;
      }
    }
  }
  CACHE.set(doc, out);
  return out;
}

/** The index of the quote piece containing `offset`, or -1. */
export function pieceAt(pieces: readonly QuotePiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = pieces[mid]!;
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return mid;
  }
  return -1;
}
