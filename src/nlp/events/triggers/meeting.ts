/**
 * Meetings: "met", "held talks", "the Geneva talks", "a videoconference", "the summit",
 * "co-chaired by", "a round with the Ukrainians", "received X" (a host receiving a visitor),
 * "led the delegation in Geneva" (heading a delegation is taking part in its talks).
 * "received" and "hosted" need an actor as object ("received no text" is not a meeting).
 */
import { triggerExtractor, actorObjectFollows } from '../trigger.js';

const PATTERN = /\b(?<t>met|meets?|meeting|meetings|talks|negotiations|summit|videoconferences?|video[- ]conferences?|video call|conferences?|co-chaired|sat down|convened|(?:received|hosted)(?=\s)|(?:led|headed|leads|heads)(?=\s+(?:[A-Za-z’'-]+\s+){0,3}(?:delegation|negotiating team)\b)|round(?= (?:of (?:talks|negotiations)|with)\b))\b/gid;

export const meetingTrigger = triggerExtractor({
  name: 'events/meeting',
  type: 'meeting',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (word === 'received' || word === 'hosted') return actorObjectFollows(doc, end);
    // "meet" as an adjective ("meet the target") is rare in news; "meets the criteria" is not a meeting.
    if (/^meets?$/.test(word)) return !/^\s+(?:the|its|their)\s+(?:criteria|requirements?|conditions?|target|needs|demands?)\b/i.test(doc.text.slice(end, end + 30));
    return true;
  },
});
