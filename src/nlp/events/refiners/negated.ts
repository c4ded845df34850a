/**
 * A negated trigger tells of something that did not happen: "did not meet", "has not been
 * charged", "no agreement", "never visited". The negation must be one of the two words before.
 */
import { filterRefiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';

const NEGATION_RE = /\b(?:not|never|no|without)\s+(?:[a-z]+\s+)?$|n[’']t\s+(?:[a-z]+\s+)?$/i;

export const negated = filterRefiner<EventCandidate>('events/negated', (doc, c) => {
  const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
  return !NEGATION_RE.test(before);
});
