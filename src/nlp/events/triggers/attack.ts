/**
 * Attacks: "attacked", "a drone attack", "strikes", "bombed", "shelling", "invaded",
 * "sabotaged", "an offensive". "strike a deal" is not an attack.
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>attack(?:s|ed)?|strikes?|struck|bomb(?:ed|ing|ings)|shell(?:ed|ing)|invad(?:ed|e)|invasion|sabotag(?:ed|e)|offensive|assault)\b/gid;

export const attackTrigger = triggerExtractor({
  name: 'events/attack',
  type: 'attack',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (/^(?:strikes?|struck)$/.test(word) && /^\s+(?:a|an)\s+(?:deal|balance|chord|compromise|bargain)\b/i.test(textAfter(doc, end, 30))) return false;
    return true;
  },
});
