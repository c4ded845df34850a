/**
 * Status from tense and modality, read in the trigger's clause just before it (at most six
 * words, and not across "before"/"after"/"until"/"once"/"when"/"while", which open a clause of
 * their own):
 *   planned       — "will", "is to", "is due to", "is expected to", "plans to", "invited … to",
 *                   "the next round", a reported future ("said he would meet"), or a noun
 *                   trigger whose verb is "is scheduled/planned/expected/likely/set" or "will";
 *   hypothetical  — "would", "could", "can", "might", "may", "should", "if", "unless", "whether"
 *                   (not reported), or a wish or proposal ("ready to hold", "ready for
 *                   elections", "favour a referendum", "a halt to strikes", "called for elections", "refused to
 *                   hold talks", "not to hold an election"), a condition counted from an event
 *                   that is only supposed ("within 100 days of a peace deal"), a prospect ("the window for a
 *                   deal", "hopes for a ceasefire"), or what a rule
 *                   allows or bans ("does not allow elections under martial law"), a noun trigger whose verb is modal ("a deal would require …")
 *                   or that is only likely ("a deal … looked unlikely"),
 *                   or one that "any" makes generic ("any agreement had to leave …");
 *   happened      — otherwise. The date refiner later turns a dated event after the
 *                   publication date into a planned one.
 */
import type { EventStatus } from '../../../model/annotations.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf, SUBORDINATORS } from '../clause.js';

const PLANNED_RE = /\b(?:will|shall|is to|are to|was to|were to|due to|expected to|set to|plans? to|planned to|planning to|going to|intends? to|intended to|scheduled to|preparing to|invit\p{L}*|next)\b|['’]ll\b/iu;
const HYPOTHETICAL_RE = /\b(?:[Ww]ould|[Cc]ould|[Cc]an(?:not)?|[Cc]an['’]t|[Mm]ight|may|[Ss]hould|[Ii]f|[Uu]nless|[Ww]hether)\b/; // "May" is a month
/** "any agreement", "any peace deal": no particular event. */
const GENERIC_RE = /\b[Aa]ny(?:\s+[\p{L}-]+)?$/u;
/** A wish or proposal: "ready to hold", "called for elections" ("the Willing Partners group held" is no wish: "to" is required). */
const WISH_RE = /\b(?:(?:ready|prepared|willing|wants?|wanted|hopes?|hoped|offer(?:s|ed)?) to|propos(?:es?|ed|ing)|call(?:s|ed)? for|demand(?:s|ed|ing)?|urg(?:es?|ed|ing)|foresees?|envisag(?:es?|ed)|refus(?:es|ed|ing)? to|declin(?:es|ed|ing) to|not to)\b/i;
/** A condition: "elections within 100 days of a peace deal", "sanctions lifted a year after a
 *  deal" (an indefinite event counted from: none has happened). */
/** A prospect: "the window for a deal", "hopes for a ceasefire", "pressure for talks". */
const PROSPECT_RE = /\b(?:window|chances?|prospects?|hopes?|push|pressure|path|road|basis|framework|calls?|appetite|need)\s+for(?:\s+(?:an?|new|fresh))?(?:\s+[\p{L}-]+)?$/iu;
const CONDITION_RE = /\b(?:within|in)\s+[\p{L}\d-]+(?:\s+(?:to|or)\s+[\p{L}\d-]+)?\s+(?:days?|weeks?|months?|years?)\s+(?:of|after)\s+(?:a|an|any)\b/iu;
/** A wish or a rule right before its object: "ready for elections", "favour a referendum", "does
 *  not allow parliamentary elections" (at most two words between, so that a quoted wish does not
 *  make the telling of it one: "'I am ready for elections,' Zelensky told reporters"). */
const WISH_OBJECT_RE = /\b(?:(?:ready|prepared) for|favou?r(?:s|ed|ing)?|insist(?:s|ed|ing)? on|(?:halt|end|stop|pause|moratorium|ban|freeze|ceasefire)\s+(?:to|on|of)|(?:allow|permit|forbid|prohibit|ban)(?:s|ed|ted|ned|ing|ting|ning)?)(?:\s+[\p{L}’'-]+){0,2}$/iu;
const REPORTED_FUTURE_RE = /\b(?:said|says|announced|promised|told \p{L}+|agreed|confirmed|stated)\b(?:\s+that)?(?:\s+[\p{L}'’-]+){0,3}\s+would\b/iu;
/** A noun trigger as subject, its verb a few words on: "a call between the two is expected",
 *  "any deal would require", "a visit by Zelensky to the United States could come". A
 *  coordinated verb ("met Trump and will return") is not the trigger's own modal, nor is one
 *  inside what is said ("told journalists that Kyiv would not …"). */
const SCHEDULED_AFTER_RE = /^(?:\s+(?!that\b)[\p{L}'’-]+){0,7}?\s+(?<!\b(?:and|but|or)\s+)(?:is|are|was|were)\s+(?:scheduled|planned|expected|due|likely|set)\b|^\s+(?:scheduled|planned|expected|due)\b|^(?:\s+[\p{L}'’-]+){0,4},\s+(?:scheduled|planned|due|set)\s+(?:for|to)\b/iu;
/** "a deal … looked unlikely", "a deal was closer than ever", "within reach": what is unlikely or only near has not
 *  happened ("is likely to take place" is planned). */
const LIKELY_AFTER_RE = /^(?:\s+(?!that\b)[\p{L}\d'’-]+){0,8}?\s+(?:looks?|looked|seems?|seemed|is|was|appears?|appeared|remains?|remained)\s+(?:\p{Ll}+ly\s+)?(?:unlikely|["“]?(?:closer|close|near|nearer|within\s+reach|in\s+sight|possible))\b/iu;
const MODAL_AFTER_RE = /^(?:\s+(?!that\b)[\p{L}'’-]+){0,7}?\s+(?<!\b(?:and|but|or)\s+)(?:(?<h>would|could|might|may|can(?:not)?|can['’]t)|(?<p>will|shall))\b/u;

/** Words that open a subordinate clause of time, whose verb carries its own tense. */
const SUBORDINATOR_RE = new RegExp(`^(?:${SUBORDINATORS.join('|')})$`, 'i');

export function statusOf(window: string, after: string): EventStatus {
  if (REPORTED_FUTURE_RE.test(window)) return 'planned';
  if (HYPOTHETICAL_RE.test(window) || WISH_RE.test(window) || CONDITION_RE.test(window) || PROSPECT_RE.test(window) || WISH_OBJECT_RE.test(window) || GENERIC_RE.test(window)) return 'hypothetical';
  if (LIKELY_AFTER_RE.test(after)) return 'hypothetical';
  if (PLANNED_RE.test(window) || SCHEDULED_AFTER_RE.test(after)) return 'planned';
  const modal = MODAL_AFTER_RE.exec(after);
  if (modal?.groups?.['h']) return 'hypothetical';
  if (modal?.groups?.['p']) return 'planned';
  return 'happened';
}

export const status: Refiner<EventCandidate> = {
  name: 'events/status',
  refine(doc, cs) {
    return cs.map((c) => {
      const clause = clauseOf(doc, c.sentence, c.start);
      // The modal must be close to the trigger: at most six words before it, inside the clause.
      const before = doc.text.slice(clause.start, c.start);
      const words = before.split(/\s+/).filter(Boolean);
      // "Russia could live with before Witkoff travels": a subordinate clause starts afresh.
      const six = words.slice(-6);
      const sub = six.findLastIndex((w) => SUBORDINATOR_RE.test(w));
      const window = six.slice(sub + 1).join(' ');
      const after = doc.text.slice(c.end, Math.min(clause.end, c.end + 80));
      // "once a ceasefire is agreed", "if talks resume": a condition, not something that happened
      if (sub >= 0 && /^(?:once|if|unless)$/i.test(six[sub]!)) return { ...c, status: 'hypothetical' as const };
      return { ...c, status: statusOf(window, after) };
    });
  },
};
