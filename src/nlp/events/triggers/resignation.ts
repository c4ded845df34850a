/**
 * Resignations and dismissals: "resigned", "his resignation", "stepped down", "dismissed",
 * "was fired", "quit". "fired missiles" is not a dismissal, nor is "dismissed the plan as theatre"
 * (a rejection).
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>resign(?:ed|s|ing|ation)?|step(?:ped|s)? down|dismiss(?:ed|al)|fired|sacked|quit)\b/gid;

/** "fired missiles", "fired at the convoy" are attacks, not dismissals. */
const FIRED_AT_RE = /^\s+(?:(?:two|three|several|dozens of|\d+)\s+)?(?:at|on|upon|missiles?|rockets?|drones?|shots?|shells?|artillery|warning)\b/i;

/** What is dismissed when "dismissed" rejects rather than removes from office. */
const DISMISSED_THING_RE = /^\s+(?:it|this|that|these|those|them|(?:the|a|an|his|her|their|its|such)\s+(?:[\p{L}-]+\s+)?(?:idea|plan|proposal|claims?|reports?|allegations?|accusations?|suggestions?|criticism|concerns?|notion|offer|declaration|statement|talk|threats?|warnings?|document|draft|text|move|decision)s?|claims|reports|allegations|suggestions|talk|concerns|criticism|as\b)/iu;

export const resignationTrigger = triggerExtractor({
  name: 'events/resignation',
  type: 'resignation',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (word === 'fired') return !FIRED_AT_RE.test(textAfter(doc, end, 30));
    // "Moscow dismissed it", "dismissed the plan as theatre", "dismissed claims that …": a rejection
    if (word === 'dismissed') return !DISMISSED_THING_RE.test(textAfter(doc, end, 40));
    return true;
  },
});
