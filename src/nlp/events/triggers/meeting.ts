/**
 * Meetings: "met", "held talks", "the Geneva talks", "a videoconference", "the summit",
 * "co-chaired by", "a round with the Ukrainians", "received X" (a host receiving a visitor),
 * "led the delegation in Geneva" (heading a delegation is taking part in its talks; the present
 * "who heads the delegation" is a role, not an event),
 * "negotiators spent two days in Geneva" (sides spending time at a place meet there), "spent four
 * hours with Putin".
 * "received" and "hosted" need an actor as object ("received no text" is not a meeting).
 */
import { triggerExtractor, actorObjectFollows } from '../trigger.js';

const PATTERN = /\b(?<t>met|meets?|meeting|meetings|talks|negotiations|summit|videoconferences?|video[- ]conferences?|video call|conferences?|co-chaired|sat down|convened|(?:received|hosted)(?=\s)|(?:led|headed)(?=\s+(?:[A-Za-z’'-]+\s+){0,3}(?:delegation|negotiating team)\b)|round(?= (?:of (?:talks|negotiations)|with)\b)|spent)\b/gid;
const TIME_WITH_RE = /^\s+(?:(?:nearly|almost|about|more than|over|some|another)\s+)?[\p{L}\d-]+\s+(?:hours?|days?|minutes?)\s+with\s+\p{Lu}/u;
/** "negotiators spent two days in Geneva": sides spending time at a place are meeting there. */
const SIDES_BEFORE_RE = /\b(?:negotiators|delegations|delegates|envoys|mediators|the two sides|both sides|the two teams|both teams)\s+$/i;
const TIME_AT_PLACE_AFTER_RE = /^\s+(?:the\s+(?:day|night|evening|weekend)|(?:an?|one|two|three|four|five|six|several|many|long|\d+)\s+(?:(?:long|full|more)\s+)?(?:days?|hours?|weeks?|nights?))\s+(?:in|at)\s+(?:the\s+)?[A-Z]/;

export const meetingTrigger = triggerExtractor({
  name: 'events/meeting',
  type: 'meeting',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (word === 'received' || word === 'hosted') return actorObjectFollows(doc, end);
    // "spent nearly four hours with Putin": time spent with someone is a meeting
    if (word === 'spent' && TIME_WITH_RE.test(doc.text.slice(end, end + 50))) return true;
    if (word === 'spent') return SIDES_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 30), start)) && TIME_AT_PLACE_AFTER_RE.test(doc.text.slice(end, end + 60));
    // "meet" as an adjective ("meet the target") is rare in news; "meets the criteria" is not a meeting.
    if (/^meets?$/.test(word)) return !/^\s+(?:the|its|their)\s+(?:criteria|requirements?|conditions?|target|needs|demands?)\b/i.test(doc.text.slice(end, end + 30));
    return true;
  },
});
