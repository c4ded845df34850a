/**
 * Searches and raids: "searched the home of", "a search of his offices", "raided", "seized".
 * "search for" (looking for something) is not a search of premises.
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
    return true;
  },
});
