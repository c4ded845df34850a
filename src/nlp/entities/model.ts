/**
 * Loads the shipped tagger weights (models/ner/, written by `npm run train:ner`) once per
 * process. The metadata is a boundary: it is validated, and a model trained with other
 * features than this code computes is refused with a message that says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { FEATURE_VERSION } from './features.js';
import { NameLexicon } from './name-lexicon.js';
import { NTAGS, TAGS, type Weights } from './tagger.js';

export const ModelMetaSchema = z.object({
  version: z.literal(1),
  featureVersion: z.number().int(),
  hashBits: z.number().int().min(10).max(24),
  tags: z.array(z.string()),
  scale: z.number().positive(),
  epochs: z.number().int(),
  seed: z.number().int(),
  trainedOn: z.string(),
  sha256: z.record(z.string(), z.string()),
  folds: z.number().int(),
  /** Digests of what training read (fingerprint.ts), compared with the sources by a test. */
  fingerprint: z.object({ data: z.string(), gazetteer: z.string(), code: z.string() }),
});
export type ModelMeta = z.infer<typeof ModelMetaSchema>;

export interface LoadedModel {
  readonly meta: ModelMeta;
  /** First pass: sentence features only. */
  readonly first: Weights;
  /** Second pass: also the first pass's labels for the same word in the document. */
  readonly second: Weights;
  /** The names annotated in the training data, read as features. */
  readonly names: NameLexicon;
}

/** The models/ner folder: found by walking up from this module (works from src/ and dist/src/). */
export function modelDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'models', 'ner');
    if (existsSync(join(candidate, 'model.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('models/ner/model.json not found above ' + dirname(fileURLToPath(import.meta.url)));
}

export function loadModel(dir: string = modelDir()): LoadedModel {
  const meta = ModelMetaSchema.parse(JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8')));
  if (meta.featureVersion !== FEATURE_VERSION) {
    throw new Error(`models/ner was trained with feature version ${meta.featureVersion}, this code computes ${FEATURE_VERSION}: run npm run train:ner`);
  }
  if (meta.tags.join() !== TAGS.join()) throw new Error(`models/ner tags ${meta.tags.join()} differ from ${TAGS.join()}`);
  const mask = (1 << meta.hashBits) - 1;
  const read = (file: string): Weights => {
    const raw = gunzipSync(readFileSync(join(dir, file)));
    const table = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
    if (table.length !== (mask + 1) * NTAGS) throw new Error(`models/ner/${file} holds ${table.length} weights, expected ${(mask + 1) * NTAGS}`);
    return { table, mask };
  };
  const names = NameLexicon.parse(gunzipSync(readFileSync(join(dir, 'names.txt.gz'))).toString('utf8'));
  return { meta, first: read('weights-1.bin.gz'), second: read('weights-2.bin.gz'), names };
}

let shared: LoadedModel | undefined;

/** The process-wide model, loaded on first use. */
export function sharedModel(): LoadedModel {
  shared ??= loadModel();
  return shared;
}
