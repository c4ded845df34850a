/**
 * The author's own speculation: "The envoy is likely a go-between", "She probably knew of the plan",
 * "it is not impossible that …". Same clause reading as the hedge rule, modality
 * `speculative`, no source. Inside a direct quotation the word belongs to the speaker: the
 * speaker-hedge refiner hands it over.
 */
import { SPECULATION_PATTERNS } from '../../lexicon/hedges.js';
import { qualifierExtractor } from './hedge.js';

export const speculationExtractor = qualifierExtractor('attribution/speculation', SPECULATION_PATTERNS, 'speculative');
