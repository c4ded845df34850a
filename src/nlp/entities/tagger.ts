/**
 * The name tagger: a greedy left-to-right averaged perceptron over BIO tags (CoNLL-2003 classes),
 * scoring each token with its static features (`features.ts`) plus four features of the tags
 * already given (previous tag, previous two tags, previous tag × word, previous tag × shape).
 * An I- tag may only continue a name of its own type. Shared by the stage and the trainer.
 */
import { T_PREV, T_PREV2, T_PREV_SHAPE, T_PREV_WORD, mix, sentenceFeatures, wordHashes, type DocCase } from './features.js';

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

/** The tag-dependent feature hashes of token i given the previous two tags (written into `dyn`). */
export function dynamicFeatures(prev: number, prev2: number, wl: number, sh: number, dyn: Int32Array): void {
  dyn[0] = mix(T_PREV, prev);
  dyn[1] = mix(T_PREV2, prev2 * 16 + prev);
  dyn[2] = mix(mix(T_PREV_WORD, prev), wl);
  dyn[3] = mix(mix(T_PREV_SHAPE, prev), sh);
}

/** Sum the weights of features `feats[lo..hi)` and `dyn` into `scores` (one per tag). */
export function score(w: Weights, feats: Int32Array, lo: number, hi: number, dyn: Int32Array, scores: Float64Array): void {
  scores.fill(0);
  const table = w.table;
  const add = (f: number): void => {
    const base = (f & w.mask) * NTAGS;
    for (let t = 0; t < NTAGS; t++) scores[t]! += table[base + t]!;
  };
  for (let i = lo; i < hi; i++) add(feats[i]!);
  for (let i = 0; i < dyn.length; i++) add(dyn[i]!);
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

/** A reusable tagger over one weight table (buffers are kept between sentences). */
export class Tagger {
  #feats: Int32Array = new Int32Array(4096);
  #offsets: Int32Array = new Int32Array(256);
  readonly #dyn = new Int32Array(4);
  readonly #scores = new Float64Array(NTAGS);
  constructor(readonly weights: Weights) {}

  tag(words: readonly string[], docCase: DocCase): Uint8Array {
    const n = words.length;
    if (this.#offsets.length < n + 1) this.#offsets = new Int32Array(2 * (n + 1));
    this.#feats = sentenceFeatures(words, docCase, this.#feats, this.#offsets);
    const { wl, sh } = wordHashes(words);
    const tags = new Uint8Array(n);
    let prev = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      dynamicFeatures(prev, prev2, wl[i]!, sh[i]!, this.#dyn);
      score(this.weights, this.#feats, this.#offsets[i]!, this.#offsets[i + 1]!, this.#dyn, this.#scores);
      const t = bestAllowed(this.#scores, prev);
      tags[i] = t;
      prev2 = prev;
      prev = t;
    }
    return tags;
  }
}
