/**
 * A fast tokenizer for news prose: words (with internal hyphens, ampersands and O'Brien-style
 * apostrophes), dotted abbreviations ("U.S.", "a.m."), numbers ("1,000", "6:00", "24th"),
 * clitics ("'s", "n't" stays inside the word) and single punctuation characters.
 *
 * Tokens are stored as parallel typed arrays (offsets into the text), never as strings:
 * every stage that needs a token's text slices it on demand.
 */

export const TOKEN_WORD = 1;
export const TOKEN_NUMBER = 2;
export const TOKEN_PUNCT = 3;
export const TOKEN_CLITIC = 4;

export interface Tokens {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** One of TOKEN_WORD, TOKEN_NUMBER, TOKEN_PUNCT, TOKEN_CLITIC. */
  readonly kinds: Uint8Array;
}

const TOKEN_RE =
  /((?:\p{L}\.){2,}(?!\p{L}))|(\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-‐&]|['’](?=\p{Lu}))[\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}]))|(['’](?:s|re|ve|ll|d|m)(?![\p{L}]))|([^\s\p{L}\p{N}])|(\p{N}[\p{L}\p{N}]*)/gu;

export function tokenize(text: string): Tokens {
  // Upper bound on the token count: one per character. Start small and grow.
  let cap = Math.max(16, text.length >> 2);
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let kinds = new Uint8Array(cap);
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    if (n === cap) {
      cap *= 2;
      const s = new Uint32Array(cap); s.set(starts); starts = s;
      const e = new Uint32Array(cap); e.set(ends); ends = e;
      const k = new Uint8Array(cap); k.set(kinds); kinds = k;
    }
    starts[n] = m.index;
    ends[n] = m.index + m[0].length;
    kinds[n] =
      m[1] !== undefined || m[2] !== undefined ? TOKEN_WORD
        : m[3] !== undefined || m[6] !== undefined ? TOKEN_NUMBER
          : m[4] !== undefined ? TOKEN_CLITIC
            : TOKEN_PUNCT;
    n++;
  }
  return { count: n, starts: starts.subarray(0, n), ends: ends.subarray(0, n), kinds: kinds.subarray(0, n) };
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenAtOrAfter(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
