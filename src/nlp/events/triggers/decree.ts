/**
 * Decrees: "a decree", "by decree", "an executive order", "signed an order".
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>decrees?|decreed|executive orders?|ordinances?)\b/gid;

export const decreeTrigger = triggerExtractor({ name: 'events/decree', type: 'decree', pattern: PATTERN, confidence: 0.8 });
