/**
 * Quoted passages of a document: the spans between matching quotation marks (“…”, "…", «…»,
 * „…“, and the doubled apostrophes ''…'' of some wire copy), paragraph by paragraph. A quote
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

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"', '\'\'': '\'\'' };

export function quotePieces(doc: Document): QuotePiece[] {
  const cached = CACHE.get(doc);
  if (cached) return cached;
  const out: QuotePiece[] = [];
  const text = doc.text;
  const paras = doc.layers.paragraphs;
  const bodyEnd = doc.bodyEnd;
  let carried = false;
  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]!;
    if (p.start >= bodyEnd) break;
    let open = -1;
    let closer = '';
    let continued = false;
    let i = p.start;
    if (carried && /^["“«„]/.test(text.slice(p.start, p.start + 1))) {
      open = p.start; closer = text[p.start] === '«' ? '»' : text[p.start] === '"' ? '"' : '”'; continued = true; i = p.start + 1;
    }
    carried = false;
    for (; i < p.end; i++) {
      const c = text[i]!;
      const two = c === '\'' && text[i + 1] === '\'';
      if (open >= 0) {
        if ((two && closer === '\'\'') || c === closer || (closer === '”' && c === '"') || (closer === '"' && c === '”')) {
          const markLen = two ? 2 : 1;
          const start = open + (text.startsWith('\'\'', open) ? 2 : 1);
          if (i > start) out.push({ start, end: i, open, close: i + markLen, paragraph: pi, continued });
          open = -1; continued = false;
          i += markLen - 1;
        }
        continue;
      }
      const opener = two ? '\'\'' : c;
      const closeWith = OPENERS[opener];
      if (closeWith !== undefined) {
        open = i; closer = closeWith;
        if (two) i++;
      }
    }
    if (open >= 0) {
      // unclosed at the paragraph end: a statement running on when the next paragraph reopens
      const next = paras[pi + 1];
      const start = open + (text.startsWith('\'\'', open) ? 2 : 1);
      let end = p.end;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (next && next.start < bodyEnd && /^["“«„]/.test(text.slice(next.start, next.start + 1)) && (open === p.start || continued)) {
        if (end > start) out.push({ start, end, open, close: end, paragraph: pi, continued });
        carried = true;
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
