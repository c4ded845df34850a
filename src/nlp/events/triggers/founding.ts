/**
 * Foundings: "founded", "established", "created", "launched", "set up", "formed".
 * Not: "created the impression", "launched missiles" (an attack), "set up a meeting", "formed part of",
 * "with that established, …".
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>found(?:ed|ing)|establish(?:ed|ment)|creat(?:ed|ion)|launched|set up|formed)\b/gid;
const NOT_AFTER_RE = /^\s+(?:part of|(?:(?:a|an|the|its|new|two|several)\s+)*(?:impression|illusion|problems?|conditions|missiles?|drones?|attacks?|strikes?|offensive|meetings?|calls?))\b/i;

export const foundingTrigger = triggerExtractor({
  name: 'events/founding',
  type: 'founding',
  pattern: PATTERN,
  // "With that established, …": a participle of reasoning, not a founding.
  accept: (doc, start, end) => !NOT_AFTER_RE.test(textAfter(doc, end, 50)) &&
    !(/\b(?:that|this|it)\s+$/i.test(doc.text.slice(Math.max(0, start - 6), start)) && /^\s*,/.test(textAfter(doc, end, 3))),
});
