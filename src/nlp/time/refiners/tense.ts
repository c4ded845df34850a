/**
 * The tense of the words around a timex, for choosing between the past and the coming
 * occurrence of a year-less date ("February 12", "Friday", "the end of June"): the nearest tense
 * marker in the same sentence decides. Future: will, 'll, shall, would (not "would have": a
 * report's "would" is a plan seen from the past, still ahead of the report), going to, is/are to, was/were to (due, set to, expected to, planning: a plan seen from the past),
 * plans/planned to, planned for, planned a (rally …), ready/prepared/willing to, wants/hopes/offers to,
 * set to, scheduled, slated, upcoming, as soon as, must, should,
 * has to, payable, effective ("payable Jan. 2", "effective Feb. 1": terms that take effect
 * later). A bare "planned" is a past participle as often as not ("a hastily planned trip").
 * Past: was, were, had, did, said, ago, last, since ("since March 3" lies behind), common
 * irregular past forms (took, met, began, ...; not the ones that read as presents too: set, put,
 * cut, hit), and other verbs in -ed (not "succeed", "need", "hundred"); neither after a form of "be"
 * ("will be named", "is expected": the auxiliary carries the tense), after "has"/"have" (the
 * present perfect speaks of now: "has extended the loans through January"), after an article or
 * a possessive ("a still unspecified date": an adjective) or before the agent of a passive
 * ("markets untouched by the crisis"; "peaked by August" keeps its tense). Prepositions ("by",
 * "until") do not outweigh a tense, but a deadline in a sentence without one lies ahead, and
 * so does the date a deferral names ("postponed the talks until Tuesday", "voted to extend martial
 * law until May 9") or the deadline of an
 * expectation ("expected an answer by Thursday") or under a modal ("could be reached by the end of
 * June"), whatever the tense of its verb. A verb after a
 * comma or an "and" belongs to the next clause, so it decides only when the date's own clause has none.
 */
import type { Document } from '../../../model/document.js';

export const IRREGULAR_PAST = 'took|came|went|began|held|met|left|won|lost|fell|rose|got|gave|saw|found|led|sent|spent|bought|sold|paid|brought|kept|ran|made|became|fled|struck|spoke|wrote|broke|chose|drove|flew|grew|knew|threw|stood|fought|caught|sought|thought|felt|heard|meant|built|drew|shot|stole|swept|tore|underwent|withdrew|arose|froze|hid|forgave|overtook|woke';
/** A present tense that tells a timetable ("meets separately Monday", "the offer expires Friday",
 *  "leaves for Brussels on Tuesday"): what is to come. ("To meet", "did meet" take the tense of
 *  their own verbs.) */
const SCHEDULED_PRESENT = String.raw`(?<!\b(?:to|did|does|do|not)\s+)(?:meets|meet(?=\s+(?:separately|again|with|on|next|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|leaves|begins|starts|arrives|returns|travels|visits|heads|resumes|expires|opens|convenes|reconvenes|takes\s+office)`;
/** What "by" introduces when it gives a deadline rather than the agent of a passive. */
const TIME_AFTER_BY = String.raw`(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|then|now|today|tomorrow|tonight|early|late|mid|next|this|the\s+(?:end|middle|start|beginning|close|time))`;
const MARKERS = new RegExp(
  String.raw`\b(?:(will|won['’]t|shall|would(?!\s+have\b|n['’]t\s+have\b)|going\s+to|(?:is|are|am|be)\s+(?:to|due|set|scheduled|expected|planned|slated)|(?:was|were)\s+(?:planning|preparing|going\s+to|due|set\s+to|scheduled|slated|expected\s+to|to\s+(?!have\b))|plans?\s+to|planned\s+(?:to|for|an?|the|their|its|his|her|another)\b|planning|(?:ready|prepared|willing)\s+to|(?:wants?|hopes?|offers?|offered)\s+to|payable|effective|intends?\s+to|set\s+to|(?<!\bhad\s+been\s+)(?:scheduled|slated)|upcoming|as\s+soon\s+as|must|should|needs?\s+to|ha(?:s|ve)\s+to|${SCHEDULED_PRESENT})|(was|were|had|did|ago|last|since|(?<!\b(?:be|been|being|is|are|am|was|were|has|have|having|a|an|the|its|their|his|her|our|this|that|these|those)\s+(?:[a-z]+ly\s+|still\s+)?)(?:${IRREGULAR_PAST}|(?!(?:hundred|united|kindred)\b)[a-z]{2,}[^\We]ed)(?!\s+by\s+(?!${TIME_AFTER_BY}))))\b|['’]ll\b|\b(said|says|told)\b`,
  'gi',
);

export type Tense = 'future' | 'past' | 'none';

export function tenseAt(doc: Document, start: number, end: number): Tense {
  const si = doc.sentenceAt(start);
  const s = si >= 0 ? doc.layers.sentences[si]! : null;
  // A date that something looking ahead governs lies ahead, whatever the tense of its verb.
  for (const [re, reach] of AHEAD_BEFORE) if (re.test(doc.text.slice(Math.max(s ? s.start : 0, start - reach), start))) return 'future';
  const from = s ? s.start : Math.max(0, start - 200);
  const to = s ? Math.min(s.end, end + 120) : Math.min(doc.text.length, end + 120);
  const text = doc.text.slice(from, to);
  let best: Tense = 'none';
  let bestDistance = Infinity;
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m !== null; m = MARKERS.exec(text)) {
    const at = from + m.index;
    const atEnd = at + m[0].length;
    if (atEnd > start && at < end) continue;
    let distance = at >= end ? (at - end) * 1.5 : start - atEnd;
    // A reporting verb after the date ("will leave Thursday, he said") dates the report, not what it
    // reports: it decides only when nothing else does.
    if (m[3] !== undefined && at >= end) distance += 1000;
    // A verb after a comma belongs to the next clause ("The plan, drafted in October, would freeze
    // the line"): the date's own verb, before it, comes first.
    // So does one after "and" ("had spoken to him on Saturday and would receive him on Monday").
    else if (at >= end && /,|\band\b/.test(doc.text.slice(end, at))) distance += 40;
    if (distance < bestDistance) {
      bestDistance = distance;
      // "On Friday, the government planned to pay …": a date before a past plan is when it was made.
      const pastPlan = at >= end && /^planned\b/i.test(m[0]);
      best = m[2] !== undefined || m[3] !== undefined || pastPlan ? 'past' : 'future';
    }
  }
  // A deadline in a sentence without a tensed verb ("a plan to pay the loan down by February")
  // lies ahead.
  if (best === 'none' && DEADLINE_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) return 'future';
  return best;
}

const DEADLINE_BEFORE = /\b(?:by|until|till|through)\s+$/i;
/** An expectation, a demand or a plan with its deadline: "expected an answer by", "demanded a
 *  reply before", "a program to pay down the loan by". */
const AWAITED_BY = /\b(?:(?:expect(?:s|ed|ing)?|await(?:s|ed|ing)?|demand(?:s|ed|ing)?|want(?:s|ed)?|ask(?:s|ed)\s+for|gave\s+\p{L}+\s+until)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}|(?:program(?:me)?|plan|bid|effort|deal|pledge|promise|commitment|target|aim|goal)\s+to\s+\p{Ll}+\b[^.;,:]{0,60}?\s)(?:by|before|until)\s+(?:(?:the|next|early|late)\s+)?$/iu;
/** A modal, then a deadline: "could be reached by", "must be paid before". */
const MODAL_DEADLINE = /\b(?:could|can|may|might|should|must|would|will)\b[^.;!?]{0,60}?\b(?:by|before|until|till)\s+["“]?(?:(?:the|next|early|late)\s+)?$/i;
/** A deferral whose object is the date: "postponed … until". ("planned … for Saturday" is not
 *  enough: "a service planned for Saturday was cancelled" lies behind.) */
const DEFERRED_TO = /\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|adjourn(?:s|ed|ing)?|extend(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+off|reschedul(?:e|es|ed|ing))\b[^.;!?]{0,60}?\b(?:until|till|to)\s+(?:(?:the|next|early|late)\s+)?$/i;
/** What governs a date that lies ahead, and how far before the date it is looked for:
 *  "postponed the talks until Tuesday" (the verb is past, the day it names lies ahead of it — and,
 *  in a report, of the report), "expected an answer by Thursday", "a plan to pay the loan down by
 *  February" (the deadline of an expectation, a demand or a plan), "a deal could be reached by the
 *  end of June" (a deadline under a modal). */
const AHEAD_BEFORE: readonly (readonly [RegExp, number])[] = [[DEFERRED_TO, 90], [AWAITED_BY, 100], [MODAL_DEADLINE, 70]];
