/**
 * The attribution stage. Its extractors and refiners are listed, in order, in the plan below.
 */
import { defineStage, type Stage } from '../pipeline.js';

export const attributionStage: Stage = defineStage<never>({
  name: 'attribution',
  extractors: [],
  refiners: [],
  commit: () => {},
});
