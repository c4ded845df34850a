/**
 * Reporting verbs in a sentence: every word of the reporting-verb lexicon used as a verb.
 * A word is read as a noun, not a verb, after a determiner ("the report", "his claims") or
 * before "of"; a participle after a form of "be" is passive ("was told") and attributes
 * nothing by itself. One alternation pattern over all forms, built once.
 */
import type { Span } from '../../model/annotations.js';
import { cueBase, cueClass, cueForms, type CueClass } from '../lexicon/reporting-verbs.js';
import { DETERMINERS } from './phrase.js';

export interface Cue extends Span {
  readonly base: string;
  readonly cls: CueClass;
  /** An -ing participle ("saying", "adding"): its subject is the clause's. */
  readonly participle: boolean;
}

const FORMS = cueForms().sort((a, b) => b.length - a.length);
const CUE_RE = new RegExp(`(?<![\\p{L}\\-'’])(?:${FORMS.join('|')})(?![\\p{L}\\-])`, 'gu');
/**
 * Verbs that are at least as often nouns ("the peace plan was", "calls for calm"): read as a
 * verb only after a pronoun, a name, an auxiliary or "to".
 */
const NOUN_LIKE = new Set([
  'plan', 'call', 'support', 'vote', 'claim', 'report', 'document', 'estimate', 'view', 'fear', 'hope', 'doubt', 'answer',
  'question', 'comment', 'note', 'quote', 'promise', 'demand', 'charge', 'push', 'post', 'state', 'object', 'project',
  'protest', 'reply', 'show', 'find', 'read', 'see', 'favor', 'favour', 'suspect', 'pledge', 'vow', 'blame', 'praise', 'cry',
  'figure', 'judge', 'trust', 'wish', 'aim', 'forecast', 'recall', 'regret', 'welcome', 'hail', 'joke', 'blast', 'slam',
  'signal', 'hint', 'dispute', 'counter', 'learn', 'concern', 'reject', 'tweet', 'broadcast', 'publish', 'record', 'review',
]);
const CLAUSE_NEXT_RE = /^\s+(?:that|the|a|an|his|her|their|its|him|them|it|us|me|what|how|why|whether|to|no|some|more|less|this|these|those)\b/iu;
const DET_NAME_RE = /\b(?:the|a|an|his|her|its|their|this|that|our)\s+\p{Lu}[\p{L}.'’\-]*\s+$/iu;
const VERB_CONTEXT_RE = /(?:\b(?:he|she|it|they|we|i|you|who|which|that|will|would|can|could|may|might|must|should|shall|to|did|does|do|not|also|has|have|had|then|still|now|never|often|repeatedly|publicly|later|again|just|only|already)|\p{Lu}[\p{L}.'’\-]*|[,]|\p{L}+ly)\s+$/u;
const BE_RE = /\b(?:is|are|was|were|be|been|being|get|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
const PREV_WORD_RE = /([\p{L}'’]+)\s*$/u;
const PARTICLE_RE = /^\s+(?:for|on|out|up)\b/iu;
/** Verbs whose -ed form is mostly an adjective or a naming ("known as", "so-called"). */
const NAMING_RE = /^\s+as\b/iu;

export function cuesIn(text: string, start: number, end: number): Cue[] {
  const out: Cue[] = [];
  const slice = text.slice(start, end);
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(slice); m !== null; m = CUE_RE.exec(slice)) {
    const word = m[0];
    const s = start + m.index;
    let e = s + word.length;
    const before = text.slice(Math.max(start, s - 40), s);
    const prev = PREV_WORD_RE.exec(before)?.[1]?.toLowerCase();
    if (prev !== undefined && DETERMINERS.has(prev) && prev !== 'in' && prev !== 'for' && prev !== 'with' && prev !== 'by' && prev !== 'on' && prev !== 'from') continue;
    const after = text.slice(e, Math.min(end, e + 30));
    if (/^\s+of\b/i.test(after) || NAMING_RE.test(after)) continue;
    const lower = word.toLowerCase();
    const participle = lower.endsWith('ing');
    const base0 = cueBase(word) ?? lower;
    // only the base and -s forms of such verbs can be nouns ("plan", "plans"; never "planned")
    const nounForm = !participle && NOUN_LIKE.has(base0) && (lower === base0 || lower === `${base0}s` || lower === `${base0}es`);
    if (nounForm && !VERB_CONTEXT_RE.test(before) && !CLAUSE_NEXT_RE.test(after)) continue;
    if (nounForm && (/,\s*$/.test(before) && lower === base0 || DET_NAME_RE.test(before))) continue;
    if (!participle && BE_RE.test(before)) continue;
    const base = cueBase(word) ?? lower;
    const cls = cueClass(word) ?? 'speech';
    const part = PARTICLE_RE.exec(after);
    if (part && (base === 'call' || base === 'push' || base === 'vote' || (base === 'point' && /out/i.test(part[0])))) e += part[0].length;
    out.push({ start: s, end: e, base, cls, participle });
  }
  return out;
}

const OPENING_SUBJECT_RE = /^\s*(?:(?:He|She|They|We|I|It)\b|(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){0,4}\p{Lu}[\p{L}'’.\-]*)/u;

/** The subject that opens a sentence ("President Macron outlined …", "She …"), for participial cues. */
export function openingSubject(text: string, start: number, end: number): Span | null {
  const m = OPENING_SUBJECT_RE.exec(text.slice(start, Math.min(end, start + 120)));
  if (!m) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return { start: start + lead, end: start + m[0].length };
}
