import { z } from 'zod';
import { ExtractionSchema } from './extraction.js';

/** The extraction contract as a JSON Schema document (docs/extraction.schema.json is generated from it). */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(ExtractionSchema, { target: 'draft-2020-12' });
}
