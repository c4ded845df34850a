/**
 * The author's own speculation: "Umarov is likely a CIA agent", "He probably made a deal",
 * "it is not impossible that …". Same clause reading as the hedge rule, modality
 * `speculative`, no source. Inside a direct quotation the word belongs to the speaker: the
 * speaker-hedge refiner hands it over.
 */
import { SPECULATION_PATTERNS } from '../../lexicon/hedges.js';
import { qualifierExtractor } from './hedge.js';

export const speculationExtractor = qualifierExtractor('attribution/speculation', SPECULATION_PATTERNS, 'speculative');
