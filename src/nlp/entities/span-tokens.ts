/**
 * Token-level helpers over `doc.tokens` for the rules: the tokens inside a span, the word
 * before or after an offset, capitalisation tests. Offsets only; strings are sliced on demand.
 */
import type { Document } from '../../model/document.js';
import { tokenAtOrAfter } from '../text/tokens.js';

export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function tokensIn(doc: Document, start: number, end: number): Tok[] {
  const t = doc.tokens;
  const out: Tok[] = [];
  for (let i = tokenAtOrAfter(t, start); i < t.count && t.ends[i]! <= end; i++) {
    out.push({ start: t.starts[i]!, end: t.ends[i]!, text: doc.text.slice(t.starts[i]!, t.ends[i]!) });
  }
  return out;
}

/** Up to `n` tokens ending at or before `offset`, nearest last. */
export function tokensBefore(doc: Document, offset: number, n: number): Tok[] {
  const t = doc.tokens;
  const out: Tok[] = [];
  for (let i = tokenAtOrAfter(t, offset) - 1; i >= 0 && out.length < n; i--) {
    if (t.ends[i]! > offset) continue;
    out.unshift({ start: t.starts[i]!, end: t.ends[i]!, text: doc.text.slice(t.starts[i]!, t.ends[i]!) });
  }
  return out;
}

/** Up to `n` tokens starting at or after `offset`. */
export function tokensAfter(doc: Document, offset: number, n: number): Tok[] {
  const t = doc.tokens;
  const out: Tok[] = [];
  for (let i = tokenAtOrAfter(t, offset); i < t.count && out.length < n; i++) {
    out.push({ start: t.starts[i]!, end: t.ends[i]!, text: doc.text.slice(t.starts[i]!, t.ends[i]!) });
  }
  return out;
}

export const isCapitalised = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
export const hasLetter = (w: string): boolean => /\p{L}/u.test(w);
export const isLower = (w: string): boolean => /^\p{Ll}/u.test(w);
