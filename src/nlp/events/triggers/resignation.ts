/**
 * Resignations and dismissals: "resigned", "his resignation", "stepped down", "dismissed",
 * "was fired", "quit".
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>resign(?:ed|s|ing|ation)?|step(?:ped|s)? down|dismiss(?:ed|al)|fired|sacked|quit)\b/gid;

export const resignationTrigger = triggerExtractor({ name: 'events/resignation', type: 'resignation', pattern: PATTERN });
