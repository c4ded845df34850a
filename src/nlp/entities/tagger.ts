/**
 * The name tagger: a greedy left-to-right averaged perceptron over BIO tags (CoNLL-2003 classes),
 * scoring each token with its static features (`features.ts`) plus four features of the tags
 * already given (previous tag, previous two tags, previous tag × word, previous tag × shape).
 * An I- tag may only continue a name of its own type.
 *
 * Two passes over a document: the first model tags every sentence; the second model also reads
 * the first pass's labels for the same word anywhere in the document (prediction history), so
 * "Siemens" is tagged the same way in the headline and in the fifth paragraph.
 * Shared by the stage and the trainer.
 */
import { T_PREV, T_PREV2, T_PREV_SHAPE, T_PREV_WORD, historyFeatures, mix, type History, type SentenceFeatures } from './features.js';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;
export type TagType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** The weight table: `NTAGS` weights per hashed feature bucket. */
export interface Weights {
  readonly table: Float32Array | Int16Array;
  readonly mask: number;
}

export const isInside = (t: number): boolean => t > 0 && t % 2 === 0;
export const typeOf = (t: number): TagType => (['PER', 'ORG', 'LOC', 'MISC'] as const)[(t - 1) >> 1]!;

/**
 * The tag-dependent (and history) features of token i, written into `dyn`; returns their count.
 */
export function dynamicFeatures(sf: SentenceFeatures, i: number, prev: number, prev2: number, history: History | null, dyn: Int32Array): number {
  dyn[0] = mix(T_PREV, prev);
  dyn[1] = mix(T_PREV2, prev2 * 16 + prev);
  dyn[2] = mix(mix(T_PREV_WORD, prev), sf.wl[i]!);
  dyn[3] = mix(mix(T_PREV_SHAPE, prev), sf.sh[i]!);
  if (!history) return 4;
  return 4 + historyFeatures(history, sf.keys[i]!, sf.caps, dyn.subarray(4));
}

/** Sum the weights of features `feats[lo..hi)` and `dyn[0..nd)` into `scores` (one per tag). */
export function score(w: Weights, feats: Int32Array, lo: number, hi: number, dyn: Int32Array, nd: number, scores: Float64Array): void {
  const table = w.table;
  const mask = w.mask;
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
  for (let i = lo - nd; i < hi; i++) {
    const f = i < lo ? dyn[i - lo + nd]! : feats[i]!;
    const b = (f & mask) * 9;
    s0 += table[b]!; s1 += table[b + 1]!; s2 += table[b + 2]!; s3 += table[b + 3]!; s4 += table[b + 4]!;
    s5 += table[b + 5]!; s6 += table[b + 6]!; s7 += table[b + 7]!; s8 += table[b + 8]!;
  }
  scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3; scores[4] = s4;
  scores[5] = s5; scores[6] = s6; scores[7] = s7; scores[8] = s8;
}

/** The best tag allowed after `prev` (an I- tag only continues its own type). */
export function bestAllowed(scores: Float64Array, prev: number): number {
  let best = 0;
  let bestScore = scores[0]!;
  for (let t = 1; t < NTAGS; t++) {
    if (isInside(t) && prev !== t && prev !== t - 1) continue;
    if (scores[t]! > bestScore) {
      bestScore = scores[t]!;
      best = t;
    }
  }
  return best;
}

const dyn = new Int32Array(16);
const scores = new Float64Array(NTAGS);

/**
 * Tag one sentence greedily; `margins` (optional) receives best-minus-second score per token.
 * With `settled` (the first pass's tags and margins), a token the first pass put outside any
 * name by a wide margin, after an O, with no history of its own, keeps its O unscored: the
 * second pass only re-reads tokens where it can change something (half the scoring work).
 */
export function decode(
  w: Weights, sf: SentenceFeatures, history: History | null, margins?: Float32Array,
  settled?: { tags: Uint8Array; margins: Float32Array; threshold: number },
): Uint8Array {
  const n = sf.wl.length;
  const tags = new Uint8Array(n);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    if (settled && prev === 0 && settled.tags[i] === 0 && settled.margins[i]! > settled.threshold && !history?.has(sf.keys[i]!)) {
      if (margins) margins[i] = settled.margins[i]!;
      prev2 = prev;
      prev = 0;
      continue;
    }
    const nd = dynamicFeatures(sf, i, prev, prev2, history, dyn);
    score(w, sf.feats, sf.offsets[i]!, sf.offsets[i + 1]!, dyn, nd, scores);
    const t = bestAllowed(scores, prev);
    if (margins) {
      let second = -Infinity;
      for (let u = 0; u < NTAGS; u++) if (u !== t && (!isInside(u) || prev === u || prev === u - 1) && scores[u]! > second) second = scores[u]!;
      margins[i] = scores[t]! - second;
    }
    tags[i] = t;
    prev2 = prev;
    prev = t;
  }
  return tags;
}
