/**
 * Train the name tagger on CoNLL-2003 `eng.train` and write the shipped weights to models/ner/.
 *
 *   npm run train:ner [-- --data ../shared/corpus/conll03-train/eng.train --epochs 10 --bits 18]
 *
 * Averaged perceptron, greedy decoding with the predicted tag history (as at run time),
 * documents shuffled with a fixed seed: the same data gives the same bytes. Only `eng.train`
 * is read (never the development or test split).
 *
 * Two models: the first reads sentence features only; the second also reads the first pass's
 * labels of the same word elsewhere in the document. So that the second model learns from
 * first-pass labels as imperfect as they are at run time, those labels are produced by
 * jackknifing: the documents are cut into `folds` parts and each part is tagged by a first-pass
 * model trained on the others. The same folds give each document a lexicon of the names
 * annotated in the other folds (name-lexicon.ts); the shipped lexicon holds all of them.
 * Weights are averaged, scaled to int16 and gzipped.
 *
 * model.json records the training fingerprint (fingerprint.ts: digests of the data, the
 * gazetteer and the feature code) that test/nlp/entities/model.test.ts compares with the
 * current sources. `--check` trains into a temporary folder and exits 1 unless the bytes equal
 * the shipped ones.
 */
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { TRAINING_DEFAULTS, trainingFingerprint } from '../src/nlp/entities/fingerprint.js';
import { projectRoot, sharedDir } from '../src/paths.js';
import { addToHistory, documentCase, documentContexts, sentenceFeatures, FEATURE_VERSION, type History, type SentenceFeatures } from '../src/nlp/entities/features.js';
import { NameLexicon } from '../src/nlp/entities/name-lexicon.js';
import { NTAGS, TAGS, bestAllowed, decode, dynamicFeatures, score, type Weights } from '../src/nlp/entities/tagger.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const dataPath = resolve(arg('data', join(sharedDir() ?? resolve(projectRoot(), '..', 'shared'), TRAINING_DEFAULTS.data)));
const epochs = Number(arg('epochs', String(TRAINING_DEFAULTS.epochs)));
const bits = Number(arg('bits', String(TRAINING_DEFAULTS.bits)));
const folds = Number(arg('folds', String(TRAINING_DEFAULTS.folds)));
const shippedDir = resolve(projectRoot(), 'models', 'ner');
const check = process.argv.includes('--check');
const outDir = check ? mkdtempSync(join(tmpdir(), 'parley-ner-')) : resolve(arg('out', shippedDir));
const SEED = TRAINING_DEFAULTS.seed;

interface Sent { words: string[]; gold: Uint8Array }

/** CoNLL IOB1 → our BIO tag indices; documents split at -DOCSTART-. */
function readConll(path: string): Sent[][] {
  const docs: Sent[][] = [];
  let doc: Sent[] = [];
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
    doc.push({ words, gold });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      if (doc.length) docs.push(doc);
      doc = [];
    } else if (parts.length < 4) flush();
    else {
      words.push(parts[0]!);
      tags.push(parts[3]!);
    }
  }
  flush();
  if (doc.length) docs.push(doc);
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

interface Example { sf: SentenceFeatures; gold: Uint8Array }
interface TrainDoc { sents: Example[]; history: History | null }

/** Train one averaged perceptron over `docs` (each with its history, or none) → int16-ready floats. */
function train(docs: TrainDoc[], label: string): Float32Array {
  const mask = (1 << bits) - 1;
  const w = new Float32Array((mask + 1) * NTAGS);
  const u = new Float64Array((mask + 1) * NTAGS);
  const weights: Weights = { table: w, mask };
  const dyn = new Int32Array(16);
  const scores = new Float64Array(NTAGS);
  let c = 1;
  const update = (f: number, t: number, d: number): void => {
    const i = (f & mask) * NTAGS + t;
    w[i]! += d;
    u[i]! += c * d;
  };
  const rand = mulberry32(SEED);
  const order = docs.map((_, i) => i);
  let errors = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    errors = 0;
    for (const di of order) {
      const doc = docs[di]!;
      for (const { sf, gold } of doc.sents) {
        let prev = 0;
        let prev2 = 0;
        for (let i = 0; i < gold.length; i++) {
          const nd = dynamicFeatures(sf, i, prev, prev2, doc.history, dyn);
          score(weights, sf.feats, sf.offsets[i]!, sf.offsets[i + 1]!, dyn, nd, scores);
          const guess = bestAllowed(scores, prev);
          const g = gold[i]!;
          if (guess !== g) {
            errors++;
            for (let k = sf.offsets[i]!; k < sf.offsets[i + 1]!; k++) {
              update(sf.feats[k]!, g, 1);
              update(sf.feats[k]!, guess, -1);
            }
            for (let k = 0; k < nd; k++) {
              update(dyn[k]!, g, 1);
              update(dyn[k]!, guess, -1);
            }
          }
          c++;
          prev2 = prev;
          prev = guess;
        }
      }
    }
  }
  console.log(`${label}: ${epochs} epochs, ${errors} token errors in the last, ${Date.now() - t0} ms`);
  const avg = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) avg[i] = w[i]! - u[i]! / c;
  return avg;
}

function quantize(avg: Float32Array): { q: Int16Array; scale: number } {
  let maxAbs = 0;
  for (const a of avg) if (Math.abs(a) > maxAbs) maxAbs = Math.abs(a);
  const scale = 32000 / maxAbs;
  const q = new Int16Array(avg.length);
  for (let i = 0; i < avg.length; i++) q[i] = Math.round(avg[i]! * scale);
  return { q, scale };
}

const t0 = Date.now();
const raw = readConll(dataPath);
/** The names annotated in some documents, as a lexicon. */
function lexiconOf(docs: Sent[][]): NameLexicon {
  const lex = new NameLexicon();
  for (const d of docs) {
    for (const s of d) {
      for (let i = 0; i < s.gold.length; i++) {
        const t = s.gold[i]!;
        if (t === 0 || t % 2 === 0) continue;
        let j = i + 1;
        while (j < s.gold.length && s.gold[j] === t + 1) j++;
        lex.add(s.words.slice(i, j), TAGS[t]!.slice(2));
      }
    }
  }
  return lex.build();
}

// Each document's features read a name lexicon built from the other folds only.
const foldLexicons = Array.from({ length: folds }, (_, f) => lexiconOf(raw.filter((_, i) => i % folds !== f)));
const docs: TrainDoc[] = raw.map((d, di) => {
  const dc = documentCase(d.map((s) => s.words));
  const ctx = documentContexts(d.map((s) => s.words));
  const lex = foldLexicons[di % folds]!;
  return { sents: d.map((s) => ({ sf: sentenceFeatures(s.words, dc, lex, ctx), gold: s.gold })), history: null };
});
console.log(`read ${docs.length} documents in ${Date.now() - t0} ms`);

const mask = (1 << bits) - 1;
const first = train(docs, 'first pass, all documents');

// Jackknifed first-pass labels → each document's history.
for (let f = 0; f < folds; f++) {
  const model: Weights = { table: train(docs.filter((_, i) => i % folds !== f), `first pass, fold ${f + 1}/${folds}`), mask };
  docs.forEach((d, i) => {
    if (i % folds !== f) return;
    const history: History = new Map();
    for (const { sf } of d.sents) addToHistory(history, sf.keys, decode(model, sf, null));
    d.history = history;
  });
}
const second = train(docs, 'second pass, all documents');

mkdirSync(outDir, { recursive: true });
const sha256: Record<string, string> = {};
const names = gzipSync(Buffer.from(lexiconOf(raw).serialise()), { level: 9 });
writeFileSync(resolve(outDir, 'names.txt.gz'), names);
sha256['names.txt.gz'] = createHash('sha256').update(names).digest('hex');
const scales: number[] = [];
for (const [file, avg] of [['weights-1.bin.gz', first], ['weights-2.bin.gz', second]] as const) {
  const { q, scale } = quantize(avg);
  scales.push(scale);
  const bytes = gzipSync(Buffer.from(q.buffer), { level: 9 });
  writeFileSync(resolve(outDir, file), bytes);
  sha256[file] = createHash('sha256').update(bytes).digest('hex');
  console.log(`wrote ${file}: ${bytes.length} bytes`);
}
const meta = {
  version: 1, featureVersion: FEATURE_VERSION, hashBits: bits, tags: [...TAGS], scale: scales[1]!,
  epochs, folds, seed: SEED, trainedOn: 'CoNLL-2003 eng.train', sha256,
  fingerprint: trainingFingerprint(projectRoot(), dataPath),
};
writeFileSync(resolve(outDir, 'model.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`done in ${Date.now() - t0} ms`);
if (check) {
  const differ = ['model.json', 'names.txt.gz', 'weights-1.bin.gz', 'weights-2.bin.gz']
    .filter((f) => !readFileSync(join(outDir, f)).equals(readFileSync(join(shippedDir, f))));
  rmSync(outDir, { recursive: true, force: true });
  console.log(differ.length ? `models/ner differs from what training produces: ${differ.join(', ')} (run npm run train:ner)` : 'models/ner is what training produces');
  process.exitCode = differ.length ? 1 : 0;
}
