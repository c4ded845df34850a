/**
 * Calls: "a phone call", "a telephone conversation", "the call between …", "a November 20 call", "X called Y",
 * "spoke by phone", "talked over the phone", "spoke by video link", "spoke to Trump by phone". "called" must have an actor as object: "called this recording fake",
 * "the man they called Ali Baba", "called the Moscow talks a step forward", "called for a ceasefire"
 * and "so-called" are not calls.
 */
import { actorObjectFollows, mentionAfter, textAfter, triggerExtractor, wordBefore } from '../trigger.js';
import type { Document } from '../../../model/document.js';

const PATTERN = /\b(?<t>(?:tele)?phone (?:call|conversation)s?|calls?|called|phoned|conversations?|(?:spoke|talked) (?:by|on the|over the) (?:tele)?phone|(?:spoke|talked) by video(?: ?link)?|(?:spoke|spoken|talked)(?= (?:to|with) [^.;,\n]{1,40}? (?:by|on the|over the) (?:tele)?phone\b))\b/gid;
const NOUN_BEFORE = new Set(['a', 'the', 'first', 'second', 'this', 'that', 'their', 'his', 'her', 'another', 'phone', 'telephone', 'video', 'recorded', 'leaked', 'private']);

/** "a November 20 call", "their Tuesday call", "the October 14 phone call": a dated noun. */
const DATED_BEFORE_RE = /\b(?:a|an|the|their|his|her|that|this)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:['’]s)?|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+$/;

/** "called the Moscow talks a step forward": the name after "called the" modifies a noun, the object is no actor. */
function namesModifier(doc: Document, end: number): boolean {
  if (!/^\s+the\s/i.test(doc.text.slice(end, end + 6))) return false;
  const m = mentionAfter(doc, end);
  return m !== null && /^\s+(?!(?:on|in|at|for|with|and|or|to|about|over|after|before|from|last|this|next|yesterday|today|again|twice|directly|late|early)\b)\p{Ll}+/u.test(doc.text.slice(m.end, m.end + 20));
}

export const callTrigger = triggerExtractor({
  name: 'events/call',
  type: 'call',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (doc.text.slice(Math.max(0, start - 3), start).toLowerCase() === 'so-') return false;
    const after = textAfter(doc, end, 20);
    // "called for a ceasefire", "calls on Moscow", "called it": no call ("spoke by phone on March
    // 18" is one whatever follows)
    if (!/^(?:spoke|talked)\b/.test(word) && /^\s+(?:for|on|upon|off|it|this|that|these|those)\b/i.test(after)) return false;
    if (word === 'called' || word === 'phoned') return actorObjectFollows(doc, end) && !/^\s+\p{Lu}[\p{L}-]*\s+(?:a|an|the)\s/u.test(after) && !namesModifier(doc, end);
    if (word === 'call' || word === 'calls') return NOUN_BEFORE.has(wordBefore(doc.text, start)) || /^\s+(?:between|with)\b/i.test(after) || DATED_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 40), start));
    return true;
  },
});
