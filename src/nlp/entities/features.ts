/**
 * Token features of the name tagger, shared by the decoder and `scripts/train-ner.ts` so that
 * training and tagging can never disagree. Features are hashed integers (template id mixed with
 * the hashes of the strings it reads), never strings: no allocation per feature, and the weight
 * table is a fixed-size array indexed by `hash & mask`.
 *
 * Per token: the word (lower-cased and as written), its neighbours two either side, word shapes
 * and their pairs, prefixes and suffixes up to four letters, word bigrams, position and
 * all-caps-line flags, gazetteer categories of the token and its neighbours, and how the same
 * word is capitalised elsewhere in the document (what makes ALL-CAPS headlines readable).
 * The tag-dependent features (previous tags) are added by the decoder.
 */
import { GAZ_COUNT, gazKey, matchGazetteer } from './gazetteer.js';

export const FEATURE_VERSION = 3;

export function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return Math.imul(h, 0xc2b2ae35) ^ (h >>> 13);
}

const T = (id: number): number => Math.imul(id + 1, 0x27d4eb2d);
const BIAS = T(0);
const PAD = fnv('<pad>');

/** "Zelensky" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d", "McCain" → "XxXx". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 48 && c <= 57) s = 'd';
    else if (ch !== ch.toLowerCase()) s = 'X';
    else if (ch !== ch.toUpperCase()) s = 'x';
    else s = ch === '’' ? "'" : ch;
    if (s !== last) out += s;
    last = s;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** How a lower-cased word is written elsewhere in the document, away from line starts. */
export type DocCase = Map<string, number>;
const CASE_CAP = 1;
const CASE_LOW = 2;

export function isAllCapsLine(words: readonly string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (!/\p{L}/u.test(w)) continue;
    if (w !== w.toUpperCase()) return false;
    if (w.length > 1) letters++;
  }
  return letters >= 1;
}

export function documentCase(sentences: readonly (readonly string[])[]): DocCase {
  const seen: DocCase = new Map();
  for (const words of sentences) {
    if (isAllCapsLine(words)) continue;
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      const c = w[0]!;
      if (c === c.toUpperCase() && c === c.toLowerCase()) continue;
      if (i === 1 && /^["“'‘(]$/.test(words[0]!)) continue;
      const key = gazKey(w);
      seen.set(key, (seen.get(key) ?? 0) | (c !== c.toLowerCase() ? CASE_CAP : CASE_LOW));
    }
  }
  return seen;
}

function normWord(key: string): string {
  return /\d/.test(key) ? key.replace(/\d/g, '0') : key;
}

/**
 * Static features of every token of one sentence, written into `out` (grown if needed);
 * `offsets[i]..offsets[i+1]` are token i's features. Returns the (possibly new) buffer.
 */
export function sentenceFeatures(words: readonly string[], docCase: DocCase, out: Int32Array, offsets: Int32Array): Int32Array {
  const n = words.length;
  const keys = words.map(gazKey);
  const gaz = matchGazetteer(keys, words);
  const wl = keys.map((k) => fnv(normWord(k)));
  const wr = words.map(fnv);
  const sh = words.map((w) => fnv(shape(w)));
  const caps = isAllCapsLine(words) ? 1 : 0;
  const at = (a: readonly number[], i: number): number => (i >= 0 && i < n ? a[i]! : PAD);
  const gazAt = (i: number): number => (i >= 0 && i < n ? gaz.begin[i]! | (gaz.inside[i]! << GAZ_COUNT) : 0);
  let k = 0;
  const push = (f: number): void => {
    if (k === out.length) {
      const grown = new Int32Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[k++] = f;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = keys[i]!;
    push(BIAS);
    push(mix(T(1), wl[i]!));
    push(mix(T(2), wr[i]!));
    push(mix(T(3), at(wl, i - 1)));
    push(mix(T(4), at(wl, i + 1)));
    push(mix(T(5), at(wl, i - 2)));
    push(mix(T(6), at(wl, i + 2)));
    push(mix(T(7), sh[i]!));
    push(mix(T(8), at(sh, i - 1)));
    push(mix(T(9), at(sh, i + 1)));
    push(mix(mix(T(10), at(sh, i - 1)), sh[i]!));
    push(mix(mix(T(11), sh[i]!), at(sh, i + 1)));
    push(mix(mix(T(12), at(wl, i - 1)), wl[i]!));
    push(mix(mix(T(13), wl[i]!), at(wl, i + 1)));
    let p = 0x811c9dc5;
    let s = 0x811c9dc5;
    const len = w.length;
    for (let j = 0; j < 4 && j < len; j++) {
      p = Math.imul(p ^ w.charCodeAt(j), 0x01000193);
      s = Math.imul(s ^ w.charCodeAt(len - 1 - j), 0x01000193);
      if (j < len - 1) {
        push(mix(T(14 + j), p));
        push(mix(T(18 + j), s));
      }
    }
    const flags = (i === 0 ? 1 : 0) | (caps << 1) | (len === 1 ? 4 : 0);
    push(mix(T(22), flags));
    push(mix(mix(T(23), flags), sh[i]!));
    push(mix(mix(T(24), caps), wl[i]!));
    const g = gazAt(i);
    for (let c = 0; c < 2 * GAZ_COUNT; c++) if (g & (1 << c)) push(mix(mix(T(25), c), caps));
    const gp = gazAt(i - 1);
    const gn = gazAt(i + 1);
    for (let c = 0; c < 2 * GAZ_COUNT; c++) {
      if (gp & (1 << c)) push(mix(T(26), c));
      if (gn & (1 << c)) push(mix(T(27), c));
    }
    const dc = i > 0 && !caps ? -1 : (docCase.get(w) ?? 0);
    if (dc >= 0) push(mix(mix(T(28), dc), caps | (i === 0 ? 2 : 0)));
    if (dc >= 0) push(mix(mix(mix(T(29), dc), caps), sh[i]!));
  }
  offsets[n] = k;
  return out;
}

export const T_PREV = T(40);
export const T_PREV2 = T(41);
export const T_PREV_WORD = T(42);
export const T_PREV_SHAPE = T(43);

/** The word and shape hashes the tag-dependent features read (recomputed cheaply by the decoder). */
export function wordHashes(words: readonly string[]): { wl: Int32Array; sh: Int32Array } {
  const wl = new Int32Array(words.length);
  const sh = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    wl[i] = fnv(normWord(gazKey(words[i]!)));
    sh[i] = fnv(shape(words[i]!));
  }
  return { wl, sh };
}
