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
import { NTAGS, TAGS, Tagger } from './tagger.js';

export const ModelMetaSchema = z.object({
  version: z.literal(1),
  featureVersion: z.number().int(),
  hashBits: z.number().int().min(10).max(24),
  tags: z.array(z.string()),
  scale: z.number().positive(),
  epochs: z.number().int(),
  seed: z.number().int(),
  trainedOn: z.string(),
  sha256: z.string(),
});
export type ModelMeta = z.infer<typeof ModelMetaSchema>;

export interface LoadedModel {
  readonly meta: ModelMeta;
  readonly tagger: Tagger;
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
  const raw = gunzipSync(readFileSync(join(dir, 'weights.bin.gz')));
  const table = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const mask = (1 << meta.hashBits) - 1;
  if (table.length !== (mask + 1) * NTAGS) throw new Error(`models/ner/weights.bin.gz holds ${table.length} weights, expected ${(mask + 1) * NTAGS}`);
  return { meta, tagger: new Tagger({ table, mask }) };
}

let shared: LoadedModel | undefined;

/** The process-wide model, loaded on first use. */
export function sharedModel(): LoadedModel {
  shared ??= loadModel();
  return shared;
}
