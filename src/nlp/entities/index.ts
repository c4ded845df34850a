/**
 * The entities stage. Its extractors and refiners are listed, in order, in the plan below.
 */
import { defineStage, type Stage } from '../pipeline.js';
import type { Candidate } from './candidate.js';
import { commitEntities } from './commit.js';
import { taggerExtractor } from './extractors/tagger.js';

export const entitiesStage: Stage = defineStage<Candidate>({
  name: 'entities',
  extractors: [taggerExtractor],
  refiners: [],
  commit: commitEntities,
});
