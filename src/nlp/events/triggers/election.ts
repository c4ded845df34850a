/**
 * Elections: "elections", "was elected", "a referendum", "the presidential vote", "the ballot".
 * "unelected" and "President-elect" are not events (the word boundary excludes them).
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>elections?|elected|re-elected|referend(?:um|a)|(?:presidential|parliamentary) votes?|ballots?)\b/gid;

export const electionTrigger = triggerExtractor({ name: 'events/election', type: 'election', pattern: PATTERN });
