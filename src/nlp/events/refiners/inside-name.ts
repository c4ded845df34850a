/**
 * A trigger word inside a name is part of the name: "Central Election Commission",
 * "Joint Statement Act", "Summit Hotel". Only names count: a source phrase the attribution stage
 * keeps as an `other` mention ("the draft that leaked in November") may well tell an event.
 */
import { filterRefiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { mentionsAround } from '../trigger.js';

export const insideName = filterRefiner<EventCandidate>('events/inside-name', (doc, c) =>
  !mentionsAround(doc, c.start, c.end).some((m) => m.type !== 'other'));
