/** Regenerates docs/extraction.schema.json from the zod contract: `node dist/scripts/write-json-schema.js`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractionJsonSchema } from '../src/model/json-schema.js';
import { projectRoot } from '../src/paths.js';

writeFileSync(join(projectRoot(), 'docs', 'extraction.schema.json'), `${JSON.stringify(extractionJsonSchema(), null, 2)}\n`);
