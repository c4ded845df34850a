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
import type { NameLexicon } from './name-lexicon.js';

export const FEATURE_VERSION = 6;

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

/**
 * Context aggregation: for every capitalised word of the document, the words that stand before
 * and after its occurrences (hashed, at most six of each). A token reads the contexts of the
 * same word elsewhere ("... shares of Siemens rose" helps the headline "SIEMENS ...").
 */
export type DocContexts = Map<string, { prev: number[]; next: number[] }>;

export function documentContexts(sentences: readonly (readonly string[])[]): DocContexts {
  const out: DocContexts = new Map();
  for (const words of sentences) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!/^\p{Lu}/u.test(w)) continue;
      const key = gazKey(w);
      let c = out.get(key);
      if (!c) out.set(key, (c = { prev: [], next: [] }));
      const p = i > 0 ? wordInfo(words[i - 1]!).wl : PAD;
      const n = i + 1 < words.length ? wordInfo(words[i + 1]!).wl : PAD;
      if (c.prev.length < 6 && !c.prev.includes(p)) c.prev.push(p);
      if (c.next.length < 6 && !c.next.includes(n)) c.next.push(n);
    }
  }
  return out;
}

function normWord(key: string): string {
  return /\d/.test(key) ? key.replace(/\d/g, '0') : key;
}

interface WordInfo {
  readonly key: string;
  readonly wl: number;
  readonly wr: number;
  readonly sh: number;
  /** Hashes of the prefixes (0..3) and suffixes (4..7) of 1-4 letters; 0 when the word is too short. */
  readonly affixes: Int32Array;
}

const WORDS = new Map<string, WordInfo>();

/** Per-word hashes, computed once per distinct word (a bounded cache shared across documents). */
export function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (info) return info;
  const key = gazKey(word);
  const affixes = new Int32Array(8);
  let p = 0x811c9dc5;
  let s = 0x811c9dc5;
  const len = key.length;
  for (let j = 0; j < 4 && j < len - 1; j++) {
    p = Math.imul(p ^ key.charCodeAt(j), 0x01000193);
    s = Math.imul(s ^ key.charCodeAt(len - 1 - j), 0x01000193);
    affixes[j] = mix(T(14 + j), p);
    affixes[4 + j] = mix(T(18 + j), s);
  }
  info = { key, wl: fnv(normWord(key)), wr: fnv(word), sh: fnv(shape(word)), affixes };
  if (WORDS.size > 200_000) WORDS.clear();
  WORDS.set(word, info);
  return info;
}

/** One sentence's static features: `feats[offsets[i]..offsets[i+1])` are token i's. */
export interface SentenceFeatures {
  readonly feats: Int32Array;
  readonly offsets: Int32Array;
  readonly wl: Int32Array;
  readonly sh: Int32Array;
  readonly keys: readonly string[];
  /** 1 when the sentence is an ALL-CAPS line (a headline), else 0. */
  readonly caps: number;
}

let scratch = new Int32Array(8192);

/** Static features of every token of one sentence (the tag-independent part of the model). */
export function sentenceFeatures(words: readonly string[], docCase: DocCase, names: NameLexicon | null, contexts: DocContexts | null = null): SentenceFeatures {
  const n = words.length;
  const infos = words.map(wordInfo);
  const keys = infos.map((w) => w.key);
  const gaz = matchGazetteer(keys, words);
  const lex = names ? names.match(keys, words) : null;
  const wl = new Int32Array(n);
  const sh = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    wl[i] = infos[i]!.wl;
    sh[i] = infos[i]!.sh;
  }
  const offsets = new Int32Array(n + 1);
  const caps = isAllCapsLine(words) ? 1 : 0;
  const wlAt = (i: number): number => (i >= 0 && i < n ? wl[i]! : PAD);
  const shAt = (i: number): number => (i >= 0 && i < n ? sh[i]! : PAD);
  const gazAt = (i: number): number => (i >= 0 && i < n ? gaz.begin[i]! | (gaz.inside[i]! << GAZ_COUNT) : 0);
  if (scratch.length < n * 144) scratch = new Int32Array(n * 144);
  const out = scratch;
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const info = infos[i]!;
    const w0 = wl[i]!;
    const s0 = sh[i]!;
    out[k++] = BIAS;
    out[k++] = mix(T(1), w0);
    out[k++] = mix(T(2), info.wr);
    out[k++] = mix(T(3), wlAt(i - 1));
    out[k++] = mix(T(4), wlAt(i + 1));
    out[k++] = mix(T(5), wlAt(i - 2));
    out[k++] = mix(T(6), wlAt(i + 2));
    out[k++] = mix(T(7), s0);
    out[k++] = mix(T(8), shAt(i - 1));
    out[k++] = mix(T(9), shAt(i + 1));
    out[k++] = mix(mix(T(10), shAt(i - 1)), s0);
    out[k++] = mix(mix(T(11), s0), shAt(i + 1));
    out[k++] = mix(mix(T(12), wlAt(i - 1)), w0);
    out[k++] = mix(mix(T(13), w0), wlAt(i + 1));
    for (let j = 0; j < 8; j++) if (info.affixes[j] !== 0) out[k++] = info.affixes[j]!;
    const flags = (i === 0 ? 1 : 0) | (caps << 1) | (info.key.length === 1 ? 4 : 0);
    out[k++] = mix(T(22), flags);
    out[k++] = mix(mix(T(23), flags), s0);
    out[k++] = mix(mix(T(24), caps), w0);
    out[k++] = mix(mix(T(30), wlAt(i - 1)), s0);
    out[k++] = mix(mix(T(31), s0), wlAt(i + 1));
    const g = gazAt(i);
    const gp = gazAt(i - 1);
    const gn = gazAt(i + 1);
    if (g | gp | gn) {
      for (let c = 0; c < 2 * GAZ_COUNT; c++) {
        if (g & (1 << c)) out[k++] = mix(mix(T(25), c), caps);
        if (gp & (1 << c)) out[k++] = mix(T(26), c);
        if (gn & (1 << c)) out[k++] = mix(T(27), c);
      }
    }
    const ctx = contexts?.get(info.key);
    if (ctx && ctx.prev.length + ctx.next.length > 2) {
      for (const p of ctx.prev) if (p !== wlAt(i - 1)) out[k++] = mix(T(37), p);
      for (const n of ctx.next) if (n !== wlAt(i + 1)) out[k++] = mix(T(38), n);
    }
    if (lex) {
      const lb = lex.begin[i]!;
      const li = lex.inside[i]!;
      for (let b = 0; b < 5; b++) {
        if (lb & (1 << b)) out[k++] = mix(mix(T(34), b), caps);
        if (li & (1 << b)) out[k++] = mix(T(35), b);
      }
      const prevLex = i > 0 ? lex.begin[i - 1]! | lex.inside[i - 1]! : 0;
      if (prevLex && !(lb | li)) out[k++] = mix(T(36), prevLex & 15);
    }
    const dc = i > 0 && !caps ? -1 : (docCase.get(info.key) ?? 0);
    if (dc >= 0) {
      out[k++] = mix(mix(T(28), dc), caps | (i === 0 ? 2 : 0));
      out[k++] = mix(mix(mix(T(29), dc), caps), s0);
    }
  }
  offsets[n] = k;
  return { feats: out.slice(0, k), offsets, wl, sh, keys, caps };
}

/**
 * The document's first-pass labels per word ("prediction history"): for every lower-cased
 * word, how often the first pass put it at the start (B) or inside (I) of a name of each type.
 */
export type History = Map<string, Uint16Array>;

export function addToHistory(history: History, keys: readonly string[], tags: Uint8Array): void {
  for (let i = 0; i < keys.length; i++) {
    const t = tags[i]!;
    if (t === 0) continue;
    let counts = history.get(keys[i]!);
    if (!counts) history.set(keys[i]!, (counts = new Uint16Array(9)));
    counts[t]!++;
  }
}

/** History features of token `i` (at most 10) written into `out`; returns how many. */
export function historyFeatures(history: History, key: string, caps: number, out: Int32Array): number {
  const counts = history.get(key);
  if (!counts) return 0;
  let k = 0;
  let best = 0;
  let bestType = -1;
  const byType = [0, 0, 0, 0];
  for (let t = 1; t < 9; t++) {
    if (counts[t] === 0) continue;
    out[k++] = mix(T(32), t);
    byType[(t - 1) >> 1]! += counts[t]!;
  }
  for (let ty = 0; ty < 4; ty++) if (byType[ty]! > best) { best = byType[ty]!; bestType = ty; }
  out[k++] = mix(mix(T(33), bestType), caps);
  return k;
}

export const T_PREV = T(40);
export const T_PREV2 = T(41);
export const T_PREV_WORD = T(42);
export const T_PREV_SHAPE = T(43);

