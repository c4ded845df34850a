/**
 * The extraction pipeline: stages run in this order over one document, each reading the
 * layers written before it.
 *
 * 1. structure   — paragraphs, headings and the notes section: everything after needs to know
 *                  where prose is and where the reference list starts.
 * 2. sentences   — sentence spans inside prose paragraphs (headings are one span each).
 * 3. citations   — footnote markers attached to the sentence they close, reference entries
 *                  parsed from the notes; dangling/unused warnings. Needs sentences.
 * 4. entities    — people, organisations, places, works; roles; one entity per actor.
 * 5. time        — temporal expressions resolved to TIMEX3 values. After entities so that
 *                  names such as "May" (a person) or "The Fall" (a title) are not read as dates.
 * 6. attribution — quotes and claims with speakers and sources: needs entities to link them
 *                  and citations to attach footnote markers to claims.
 * 7. events      — needs entities (participants, location), timexes (dates) and claims
 *                  (the attribution an event rests on).
 */
import type { Stage } from './pipeline.js';
import { structureStage } from './structure/index.js';
import { sentencesStage } from './sentences/index.js';
import { citationsStage } from './citations/index.js';
import { entitiesStage } from './entities/index.js';
import { timeStage } from './time/index.js';
import { attributionStage } from './attribution/index.js';
import { eventsStage } from './events/index.js';

/** The spine: reading structure only (what `npm run bench` reports as "spine"). */
export const SPINE_STAGES: readonly Stage[] = Object.freeze([structureStage, sentencesStage, citationsStage]);

export const ALL_STAGES: readonly Stage[] = Object.freeze([
  ...SPINE_STAGES,
  entitiesStage,
  timeStage,
  attributionStage,
  eventsStage,
]);
