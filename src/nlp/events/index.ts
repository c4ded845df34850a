/**
 * The events stage. Its extractors and refiners are listed, in order, in the plan below.
 */
import { defineStage, type Stage } from '../pipeline.js';

export const eventsStage: Stage = defineStage<never>({
  name: 'events',
  extractors: [],
  refiners: [],
  commit: () => {},
});
