/**
 * The training fingerprint of the name tagger: digests of everything `npm run train:ner` reads
 * that can change the weights — the training data, the gazetteer's entries (the word lists the
 * features read), the source of the feature and training code — and the training settings.
 * The training script records it in models/ner/model.json; a test compares it with the current
 * sources, so a change to a word list or to the features cannot leave stale weights unnoticed.
 * `npm run train:ner -- --check` retrains into a temporary folder and compares the bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerEntries } from './gazetteer.js';

/** The settings `npm run train:ner` uses: a shipped model must have been trained with them. */
export const TRAINING_DEFAULTS = { data: 'corpus/conll03-train/eng.train', epochs: 10, bits: 18, folds: 5, seed: 20251202 } as const;

/** Source files (from the project root) whose code decides the weights. */
export const TRAINING_SOURCES: readonly string[] = [
  'src/nlp/entities/features.ts', 'src/nlp/entities/tagger.ts', 'src/nlp/entities/gazetteer.ts',
  'src/nlp/entities/name-lexicon.ts', 'scripts/train-ner.ts',
];

export interface TrainingFingerprint {
  /** sha256 of the training file's bytes. */
  readonly data: string;
  /** sha256 of the gazetteer's entries and categories. */
  readonly gazetteer: string;
  /** sha256 of TRAINING_SOURCES (path and text, line ends normalised). */
  readonly code: string;
}

const sha256 = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

export function dataDigest(path: string): string {
  return sha256(readFileSync(path));
}

export function gazetteerDigest(): string {
  const h = createHash('sha256');
  for (const [entry, cat] of gazetteerEntries()) h.update(`${cat}\t${entry}\n`);
  return h.digest('hex');
}

export function codeDigest(root: string): string {
  const h = createHash('sha256');
  for (const file of TRAINING_SOURCES) h.update(`${file}\n${readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n')}\n`);
  return h.digest('hex');
}

export function trainingFingerprint(root: string, dataPath: string): TrainingFingerprint {
  return { data: dataDigest(dataPath), gazetteer: gazetteerDigest(), code: codeDigest(root) };
}
