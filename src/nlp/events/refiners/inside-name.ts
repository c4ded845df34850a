/**
 * A trigger word inside a name is part of the name: "Central Election Commission",
 * "Joint Statement Act", "Summit Hotel".
 */
import { filterRefiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { sortedMentions } from '../trigger.js';

export const insideName = filterRefiner<EventCandidate>('events/inside-name', (doc, c) =>
  !sortedMentions(doc).some((m) => m.start <= c.start && c.end <= m.end));
