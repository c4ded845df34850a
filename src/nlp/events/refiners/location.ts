/**
 * The place of an event: a place mention introduced by "in"/"at" (and "to"/"into" for a visit)
 * in the trigger's clause — after the trigger first ("met in Geneva", "will be at the
 * Élysée"), else before it ("In Geneva, the delegations met"); for a visit, also the place it
 * names as its object ("visited the Kremlin"); for an attack, its target ("struck Kharkiv", "strikes
 * on Odesa"). A place name used as the trigger's modifier
 * ("the Geneva talks") comes first. An organisation counts as a place only when it
 * stands alone after "at the"/"visited the" ("at the Kremlin on Tuesday", not "at the NATO summit").
 * An event inside a quotation takes its place from the quotation only.
 */
import type { Mention } from '../../../model/annotations.js';
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf, isIntroductory, quotationAround } from '../clause.js';
import { mentionsIn } from '../trigger.js';

const PREP_RE = /\b(?:in|at)\s+(?:the\s+)?$/i;
const VISIT_PREP_RE = /\b(?:in|at|to|into|visit(?:s|ed|ing)?)\s+(?:the\s+)?$/i;
/** An attack's target is where it happens: "struck Kharkiv", "strikes on Odesa", "the shelling of Kherson". */
const ATTACK_PREP_RE = /\b(?:in|at|on|against|near|struck|hit|attacked|bombed|shelled|targeted|invaded)\s+(?:the\s+)?$/i;

/** A lower-case word after the name that is not a function word: "at the NATO summit". */
export const NOUN_AFTER_RE = /^\s+(?!(?:on|in|at|for|with|and|or|to|by|from|after|before|where|which|who|that|was|is|were|are|as|during|since|until|last|this|next)\b)\p{Ll}/u;

/** `attackEnd`: the end of an attack's trigger ("the shelling of Kherson" names its target right after it). */
function isLocative(doc: Document, m: Mention, visit: boolean, attackEnd = -1): boolean {
  const before = doc.text.slice(Math.max(0, m.start - 20), m.start);
  const ofTarget = attackEnd >= 0 && m.type === 'place' && /^\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(attackEnd, m.start));
  if (!ofTarget && !(visit ? VISIT_PREP_RE : attackEnd >= 0 ? ATTACK_PREP_RE : PREP_RE).test(before)) return false;
  if (m.type === 'place') return true;
  if (m.type !== 'organization') return false;
  // An organisation used as a place: "at the Kremlin" with no noun after it.
  return /the\s+$/i.test(before) && !NOUN_AFTER_RE.test(doc.text.slice(m.end, m.end + 16));
}

const RELATIVE_BETWEEN_RE = /\b(?:whose|which|that|who|whom)\b/i;
/** "commits France to lead a force in Ukraine": a place in an infinitive's clause is that verb's
 *  ("is likely to take place in Switzerland", "to travel to Moscow" keep theirs). */
const INFINITIVE_BETWEEN_RE = /\bto\s+(?!(?:the|a|an|take\s+place|be\s+held|be\s+hosted|meet|convene|gather|resume|continue|start|begin|open|travel|fly|go|come|arrive|visit)\b)\p{Ll}+\b(?!\s*$)/u;

/** "the Geneva talks", "the Kremlin meeting": a place name right before the trigger noun. */
export function modifierPlace(doc: Document, triggerStart: number): Mention | undefined {
  const m = mentionsIn(doc, Math.max(0, triggerStart - 60), triggerStart).at(-1);
  if (!m || m.type !== 'place' || doc.text.slice(m.end, triggerStart) !== ' ') return undefined;
  return m;
}

export const location: Refiner<EventCandidate> = {
  name: 'events/location',
  refine(doc, cs) {
    return cs.map((c) => {
      const clause = clauseOf(doc, c.sentence, c.start);
      const visit = c.type === 'visit';
      // An event told in a quotation happens where the quotation says, not where it was spoken
      // ('"We will meet next week," Umerov said in Kyiv').
      const quote = quotationAround(doc, c.start, c.end);
      const from = quote ? Math.max(clause.start, quote.start) : clause.start;
      const to = quote ? Math.min(clause.end, quote.end) : clause.end;
      const ms = mentionsIn(doc, from, to).filter((m) => isLocative(doc, m, visit, c.type === 'attack' ? c.end : -1));
      // (not across a relative clause about something else: "hosted a meeting whose agenda had been set in Washington")
      const after = ms.find((m) => m.start >= c.end && !RELATIVE_BETWEEN_RE.test(doc.text.slice(c.end, m.start)) && !INFINITIVE_BETWEEN_RE.test(doc.text.slice(c.end, m.start)));
      // Before the trigger only when nothing separates them ("In Geneva the talks resumed") or the
      // place opens the sentence ("In Geneva, …"): an aside ("X, negotiator in Geneva, resigned") does not count.
      // Nor across a complement: "told reporters in Kyiv that Ukraine would not accept any deal"
      // places the telling, not the deal.
      const before = ms.filter((m) => m.end <= c.start && !/\bthat\b/i.test(doc.text.slice(m.end, c.start)) &&
        (!/,/.test(doc.text.slice(m.end, c.start)) || isIntroductory(doc, c.sentence, m, c.start))).at(-1);
      const chosen = modifierPlace(doc, c.start) ?? after ?? before;
      return chosen ? { ...c, location: chosen.entity } : c;
    });
  },
};
