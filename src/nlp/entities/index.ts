/**
 * The entities stage. Its extractors and refiners are listed, in order, in the plan below.
 */
import { defineStage, type Stage } from '../pipeline.js';

export const entitiesStage: Stage = defineStage<never>({
  name: 'entities',
  extractors: [],
  refiners: [],
  commit: () => {},
});
