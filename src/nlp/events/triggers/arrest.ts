/**
 * Arrests and charges: "arrested", "an arrest", "detained", "charged with", "indicted",
 * "taken into custody".
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>arrested|arrests?|detained|detention|charged(?= with\b)|indicted|indictment|(?:taken )?into custody)\b/gid;

export const arrestTrigger = triggerExtractor({ name: 'events/arrest', type: 'arrest', pattern: PATTERN });
