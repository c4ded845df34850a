/**
 * Resignations and dismissals: "resigned", "his resignation", "stepped down", "dismissed",
 * "was fired", "quit". "fired missiles" is not a dismissal.
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>resign(?:ed|s|ing|ation)?|step(?:ped|s)? down|dismiss(?:ed|al)|fired|sacked|quit)\b/gid;

/** "fired missiles", "fired at the convoy" are attacks, not dismissals. */
const FIRED_AT_RE = /^\s+(?:(?:two|three|several|dozens of|\d+)\s+)?(?:at|on|upon|missiles?|rockets?|drones?|shots?|shells?|artillery|warning)\b/i;

export const resignationTrigger = triggerExtractor({
  name: 'events/resignation',
  type: 'resignation',
  pattern: PATTERN,
  accept: (doc, start, end) => doc.text.slice(start, end).toLowerCase() !== 'fired' || !FIRED_AT_RE.test(textAfter(doc, end, 30)),
});
