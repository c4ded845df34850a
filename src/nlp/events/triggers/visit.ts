/**
 * Visits and trips: "visited the Kremlin", "a visit to Kyrgyzstan", "travelled to Moscow",
 * "flew to Abu Dhabi", "arrived in Kyiv", "came to the United States", and the planned
 * "will be at the Kremlin" (the trigger is "be"; the place must be a name, hence no `i` flag).
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?:(?<t>[Vv]isit(?:s|ed|ing)?|[Tt]rips?)\b|(?<t2>[Tt]ravel(?:l?ed|s)?|flew|arrived|came|went)(?= (?:to|in|into)\b)|(?:will|would|is to|are to|shall) (?<t3>be)(?= (?:at|in) (?:the )?[A-ZÀ-ÖØ-Þ]))/gd;

export const visitTrigger = triggerExtractor({ name: 'events/visit', type: 'visit', pattern: PATTERN });
