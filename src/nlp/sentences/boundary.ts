/** A candidate sentence boundary: the sentence ends at `end`; the next one starts at `next`. */
export interface Boundary {
  end: number;
  next: number;
  /** The rule that proposed (or last moved) it. */
  rule: string;
}

/** Index of the first non-space character at or after `i` (or text.length). */
export function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)) i++;
    else break;
  }
  return i;
}

/** The word just before position `i` (letters, digits, dots and hyphens), e.g. "U.S" for "U.S." */
export function wordBefore(text: string, i: number): string {
  let s = i;
  while (s > 0 && /[\p{L}\p{N}.\-]/u.test(text[s - 1]!)) s--;
  return text.slice(s, i);
}

/** The word starting at `i`, without surrounding quotes or brackets. */
export function wordAt(text: string, i: number): string {
  while (i < text.length && /["'“‘«(\[]/.test(text[i]!)) i++;
  let e = i;
  while (e < text.length && /[\p{L}\p{N}'’\-]/u.test(text[e]!)) e++;
  return text.slice(i, e);
}
