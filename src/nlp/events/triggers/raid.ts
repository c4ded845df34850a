/**
 * Searches and raids: "searched the home of", "a search of his offices", "raided", "seized".
 * "search for" (looking for something) is not a search of premises, nor is an "air raid" one.
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>searched|search(?:es)?|raids?|raided|ransacked|seized|seizure)\b/gid;

export const raidTrigger = triggerExtractor({
  name: 'events/raid',
  type: 'raid',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (word.startsWith('search') && /^\s+(?:for|engines?|results?)\b/i.test(textAfter(doc, end, 12))) return false;
    // "air raid sirens", "an air-raid alert": a warning of an attack from the air, not a search
    if (word.startsWith('raid') && /\bair[\s-]$/i.test(doc.text.slice(Math.max(0, start - 4), start))) return false;
    return true;
  },
});
