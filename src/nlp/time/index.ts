/**
 * The time stage. Its extractors and refiners are listed, in order, in the plan below.
 */
import { defineStage, type Stage } from '../pipeline.js';

export const timeStage: Stage = defineStage<never>({
  name: 'time',
  extractors: [],
  refiners: [],
  commit: () => {},
});
