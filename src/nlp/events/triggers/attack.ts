/**
 * Attacks: "attacked", "a drone attack", "strikes", "bombed", "shelling", "invaded", "a missile barrage",
 * "sabotaged", "an offensive", "drones hit a power station". "strike a deal", "struck a warmer
 * tone" and "struck down" are not attacks,
 * nor is "hit" without a weapon or a force before it ("the sanctions hit the economy").
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>attack(?:s|ed)?|strikes?|struck|hit|bomb(?:ed|ing|ings)|shell(?:ed|ing)|invad(?:ed|e)|invasion|sabotag(?:ed|e)|offensive|assault|barrages?)\b/gid;
/** "hit" is an attack only with a weapon or a force as its subject: "drones hit a power station" (not "sanctions hit the economy"). */
const WEAPON_BEFORE_RE = /\b(?:drones?|missiles?|rockets?|shells?|bombs?|artillery|strikes?|airstrikes?|warplanes?|jets?|forces|troops|army|units?)\s+(?:also\s+|again\s+|reportedly\s+)?$/i;

export const attackTrigger = triggerExtractor({
  name: 'events/attack',
  type: 'attack',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    // "struck a deal", "struck a warmer tone", "struck down the law": no attack
    if (/^(?:strikes?|struck|hit)$/.test(word) && /^\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:deal|balance|chord|compromise|bargain|tone|note|agreement|pose|nerve|accord)s?\b|(?:down|off|out|back)\b)/iu.test(textAfter(doc, end, 40))) return false;
    if (word === 'hit' && !WEAPON_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 30), start))) return false;
    return true;
  },
});
