/**
 * Near-duplicate detection: the same story re-published (another site, a fixed typo, a new
 * headline). A report is a set of 5-word shingles; two reports are near-duplicates when the
 * Jaccard similarity of their sets is at least 0.8. Candidates are found with MinHash +
 * locality-sensitive hashing (128 hashes in 32 bands of 4: a pair at similarity 0.8 shares a
 * band with probability > 0.9999999), then confirmed with the exact Jaccard similarity.
 */
export const SHINGLE_WORDS = 5;
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
export const HASHES = 128;
export const BAND_ROWS = 4;
export const BANDS = HASHES / BAND_ROWS;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Lower-cased words (letters and digits); punctuation, case and white space do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** FNV-1a, 32 bits, over UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a fast, well-mixed permutation of 32-bit integers. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashed shingles of `SHINGLE_WORDS` consecutive words (a shorter text is one shingle). */
export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < SHINGLE_WORDS) {
    out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) out.add(fnv1a(w.slice(i, i + SHINGLE_WORDS).join(' ')));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d)));

export function minhash(set: ReadonlySet<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const h = mix(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

export interface Band {
  band: number;
  /** A signed 32-bit hash of the band's rows (it fits an SQL `integer`). */
  hash: number;
}

/** LSH bands of a signature; none for an empty set (nothing to compare). */
export function lshBands(set: ReadonlySet<number>): Band[] {
  if (set.size === 0) return [];
  const sig = minhash(set);
  const out: Band[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = b + 1;
    for (let r = 0; r < BAND_ROWS; r++) h = mix(h ^ Math.imul(sig[b * BAND_ROWS + r]!, 0x01000193) ^ r);
    out.push({ band: b, hash: h | 0 });
  }
  return out;
}
