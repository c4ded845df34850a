/**
 * Train the name tagger on CoNLL-2003 `eng.train` and write the shipped weights to models/ner/.
 *
 *   npm run train:ner [-- --data ../shared/corpus/conll03-train/eng.train --epochs 10 --bits 20]
 *
 * Averaged perceptron, greedy decoding with the predicted tag history (as at run time),
 * documents shuffled with a fixed seed: the same data gives the same bytes. Only `eng.train`
 * is read (never the development or test split). Weights are averaged, scaled to int16 and
 * gzipped.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { documentCase, sentenceFeatures, wordHashes, FEATURE_VERSION } from '../src/nlp/entities/features.js';
import { NTAGS, TAGS, bestAllowed, dynamicFeatures, score, type Weights } from '../src/nlp/entities/tagger.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const dataPath = resolve(arg('data', '../shared/corpus/conll03-train/eng.train'));
const epochs = Number(arg('epochs', '10'));
const bits = Number(arg('bits', '20'));
const outDir = resolve(arg('out', 'models/ner'));
const SEED = 20251202;

interface Sent { words: string[]; gold: Uint8Array }
interface Doc { sents: Sent[] }

/** CoNLL IOB1 → our BIO tag indices; documents split at -DOCSTART-. */
function readConll(path: string): Doc[] {
  const docs: Doc[] = [];
  let doc: Doc = { sents: [] };
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length === 0) return;
    const gold = new Uint8Array(words.length);
    let prevType = 'O';
    tags.forEach((t, i) => {
      const type = t === 'O' ? 'O' : t.slice(2);
      const bio = type === 'O' ? 'O' : t.startsWith('B-') || prevType !== type ? `B-${type}` : `I-${type}`;
      gold[i] = TAGS.indexOf(bio as (typeof TAGS)[number]);
      prevType = type;
    });
    doc.sents.push({ words, gold });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (doc.sents.length) docs.push(doc);
      doc = { sents: [] };
    } else if (parts.length < 4) flush();
    else {
      words.push(parts[0]!);
      tags.push(parts[3]!);
    }
  }
  flush();
  if (doc.sents.length) docs.push(doc);
  return docs;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Cached { feats: Int32Array; offsets: Int32Array; wl: Int32Array; sh: Int32Array; gold: Uint8Array }

const t0 = Date.now();
const docs = readConll(dataPath);
const cached: Cached[][] = docs.map((d) => {
  const dc = documentCase(d.sents.map((s) => s.words));
  return d.sents.map((s) => {
    const offsets = new Int32Array(s.words.length + 1);
    const feats = sentenceFeatures(s.words, dc, new Int32Array(64 * s.words.length + 64), offsets);
    const { wl, sh } = wordHashes(s.words);
    return { feats: feats.slice(0, offsets[s.words.length]!), offsets, wl, sh, gold: s.gold };
  });
});
const tokens = docs.reduce((a, d) => a + d.sents.reduce((b, s) => b + s.words.length, 0), 0);
console.log(`read ${docs.length} documents, ${tokens} tokens in ${Date.now() - t0} ms`);

const mask = (1 << bits) - 1;
const w = new Float32Array((mask + 1) * NTAGS);
const u = new Float64Array((mask + 1) * NTAGS); // Σ c·update, for averaging
const weights: Weights = { table: w, mask };
const dyn = new Int32Array(4);
const scores = new Float64Array(NTAGS);
let c = 1;

const update = (f: number, t: number, d: number): void => {
  const i = (f & mask) * NTAGS + t;
  w[i]! += d;
  u[i]! += c * d;
};

const rand = mulberry32(SEED);
const order = docs.map((_, i) => i);
for (let epoch = 1; epoch <= epochs; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let errors = 0;
  for (const di of order) {
    for (const s of cached[di]!) {
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < s.gold.length; i++) {
        dynamicFeatures(prev, prev2, s.wl[i]!, s.sh[i]!, dyn);
        score(weights, s.feats, s.offsets[i]!, s.offsets[i + 1]!, dyn, scores);
        const guess = bestAllowed(scores, prev);
        const gold = s.gold[i]!;
        if (guess !== gold) {
          errors++;
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            update(s.feats[k]!, gold, 1);
            update(s.feats[k]!, guess, -1);
          }
          for (const f of dyn) {
            update(f, gold, 1);
            update(f, guess, -1);
          }
        }
        c++;
        prev2 = prev;
        prev = guess;
      }
    }
  }
  console.log(`epoch ${epoch}: ${errors} token errors (${((100 * errors) / tokens).toFixed(2)}%), ${Date.now() - t0} ms`);
}

// Average, scale to int16, write.
let maxAbs = 0;
const avg = new Float32Array(w.length);
for (let i = 0; i < w.length; i++) {
  const a = w[i]! - u[i]! / c;
  avg[i] = a;
  if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
}
const scale = 32000 / maxAbs;
const q = new Int16Array(w.length);
let nonzero = 0;
for (let i = 0; i < w.length; i++) {
  q[i] = Math.round(avg[i]! * scale);
  if (q[i] !== 0) nonzero++;
}
const bytes = gzipSync(Buffer.from(q.buffer), { level: 9 });
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'weights.bin.gz'), bytes);
const meta = {
  version: 1,
  featureVersion: FEATURE_VERSION,
  hashBits: bits,
  tags: [...TAGS],
  scale,
  epochs,
  seed: SEED,
  trainedOn: 'CoNLL-2003 eng.train',
  sha256: createHash('sha256').update(bytes).digest('hex'),
};
writeFileSync(resolve(outDir, 'model.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`wrote ${outDir}: ${bytes.length} bytes gzipped, ${nonzero} non-zero weights, ${Date.now() - t0} ms`);
