/**
 * Visits and trips: "visited the Kremlin", "a visit to Kyrgyzstan", "travelled to Moscow",
 * "flew to Abu Dhabi", "arrived in Kyiv", "came to Canada", and the planned
 * "will be at the Élysée" (the trigger is "be"; the place must be a name, hence no `i` flag).
 * Idioms are not journeys: "came to power", "went into effect".
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?:(?<t>[Vv]isit(?:s|ed|ing)?|[Tt]rips?)\b|(?<t2>[Tt]ravel(?:l?ed|s)?|flew|arrived|came|went)(?= (?:to|in|into)\b)|(?:will|would|is to|are to|shall) (?<t3>be)(?= (?:at|in) (?:the )?[A-ZÀ-ÖØ-Þ]))/gd;

/** Idioms, not journeys: "came to power", "went into effect", "came to an end". */
const IDIOM_RE = /^\s+(?:to|into|in)\s+(?:power|force|effect|an end|a halt|light|terms|a conclusion|an agreement|office|question|play|being|view|sight)\b/i;

export const visitTrigger = triggerExtractor({
  name: 'events/visit',
  type: 'visit',
  pattern: PATTERN,
  accept: (doc, _start, end) => !IDIOM_RE.test(textAfter(doc, end, 30)),
});
