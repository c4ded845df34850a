/** The shipped weights: size, load time, determinism of decoding. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadModel, modelDir } from '../../../src/nlp/entities/model.js';
import { documentCase, sentenceFeatures } from '../../../src/nlp/entities/features.js';
import { decode, TAGS } from '../../../src/nlp/entities/tagger.js';

test('models/ner is under 20 MB and loads in under 300 ms', () => {
  const dir = modelDir();
  const bytes = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
  assert.ok(bytes < 20 * 1024 * 1024, `${bytes} bytes`);
  // CPU time, not wall time: the test machine is shared and wall time measures the neighbours.
  const c0 = process.cpuUsage();
  const model = loadModel(dir);
  const used = process.cpuUsage(c0);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 300, `${ms.toFixed(0)} ms`);
  assert.deepEqual(model.meta.tags, [...TAGS]);
});

test('both passes tag a sentence the same way every time', () => {
  const model = loadModel();
  const words = ['Officials', 'in', 'Warsaw', 'said', 'Donald', 'Tusk', 'would', 'travel', 'to', 'Kyiv', '.'];
  const sf = sentenceFeatures(words, documentCase([words]), model.names);
  const a = decode(model.first, sf, null);
  const b = decode(model.first, sf, null);
  assert.deepEqual([...a], [...b]);
  const tags = [...a].map((t) => TAGS[t]);
  assert.deepEqual(tags, ['O', 'O', 'B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'O']);
});

test('the shipped files are the ones model.json describes (sha256 written by npm run train:ner)', () => {
  const dir = modelDir();
  const meta = loadModel(dir).meta;
  const files = Object.keys(meta.sha256).sort();
  assert.deepEqual(files, ['names.txt.gz', 'weights-1.bin.gz', 'weights-2.bin.gz']);
  for (const f of files) assert.equal(createHash('sha256').update(readFileSync(join(dir, f))).digest('hex'), meta.sha256[f], f);
});

test('the shipped model was trained from the current sources (training fingerprint in model.json)', async () => {
  const { TRAINING_DEFAULTS, codeDigest, dataDigest, gazetteerDigest } = await import('../../../src/nlp/entities/fingerprint.js');
  const { projectRoot, sharedDir } = await import('../../../src/paths.js');
  const meta = loadModel().meta;
  const retrain = 'models/ner is stale: run npm run train:ner and commit models/ner';
  assert.deepEqual(
    { epochs: meta.epochs, bits: meta.hashBits, folds: meta.folds, seed: meta.seed },
    { epochs: TRAINING_DEFAULTS.epochs, bits: TRAINING_DEFAULTS.bits, folds: TRAINING_DEFAULTS.folds, seed: TRAINING_DEFAULTS.seed },
    'trained with other settings than npm run train:ner uses',
  );
  assert.equal(meta.fingerprint.gazetteer, gazetteerDigest(), `the word lists the features read changed; ${retrain}`);
  assert.equal(meta.fingerprint.code, codeDigest(projectRoot()), `the feature or training code changed; ${retrain}`);
  const shared = sharedDir();
  if (shared) assert.equal(meta.fingerprint.data, dataDigest(join(shared, TRAINING_DEFAULTS.data)), `the training data changed; ${retrain}`);
});

test('the training fingerprint moves with every input it covers', async () => {
  const { codeDigest, gazetteerDigest } = await import('../../../src/nlp/entities/fingerprint.js');
  const { gazetteerEntries } = await import('../../../src/nlp/entities/gazetteer.js');
  const { mkdtempSync, mkdirSync, writeFileSync, cpSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { projectRoot } = await import('../../../src/paths.js');
  // the gazetteer digest is a pure function of the entries
  assert.equal(gazetteerDigest(), gazetteerDigest());
  assert.ok([...gazetteerEntries()].length > 500);
  // a copy of the sources has the same code digest; an edited one does not
  const root = mkdtempSync(join(tmpdir(), 'parley-fp-'));
  for (const dir of ['src/nlp/entities', 'scripts']) {
    mkdirSync(join(root, dir), { recursive: true });
    cpSync(join(projectRoot(), dir), join(root, dir), { recursive: true });
  }
  assert.equal(codeDigest(root), codeDigest(projectRoot()));
  const f = join(root, 'src/nlp/entities/features.ts');
  writeFileSync(f, readFileSync(f, 'utf8') + '\n// changed\n');
  assert.notEqual(codeDigest(root), codeDigest(projectRoot()));
});
