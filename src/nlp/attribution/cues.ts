/**
 * Reporting verbs in a sentence: every word of the reporting-verb lexicon used as a verb.
 * A word is read as a noun, not a verb, after a determiner ("the report", "his claims") or
 * before "of"; a participle after a form of "be" is passive ("was told") and attributes
 * nothing by itself. Found in one pass over the document's word tokens, looked up in the lexicon.
 */
import type { Span } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import { cueBase, cueClass, type CueClass } from '../lexicon/reporting-verbs.js';
import { TOKEN_WORD } from '../text/tokens.js';
import { isNationalityWord } from '../lexicon/nationalities.js';
import { DETERMINERS } from './phrase.js';

export interface Cue extends Span {
  readonly base: string;
  readonly cls: CueClass;
  /** An -ing participle ("saying", "adding"): its subject is the clause's. */
  readonly participle: boolean;
}

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
  'attack', 'echo', 'highlight', 'compliment', 'tout', 'defend', 'detail', 'outline', 'label', 'brand', 'dub', 'swear', 'rail',
  'stress', 'pressure', 'press', 'appeal', 'invite', 'challenge', 'thank', 'discuss', 'decline', 'mock', 'guarantee',
]);
const CLAUSE_NEXT_RE = /^\s+[“"«]|^\s+(?:that|the|a|an|his|her|their|its|him|them|it|us|me|what|how|why|whether|to|no|some|more|less|this|these|those)\b/iu;
const PARTICLE_RE = /^\s+(?:for|on|out|up)\b/iu;

const CACHE = new WeakMap<Document, Cue[]>();

/** The reporting verbs in [start, end), from one pass over the document's words (cached). */
export function cuesIn(doc: Document, start: number, end: number): Cue[] {
  let all = CACHE.get(doc);
  if (!all) CACHE.set(doc, (all = documentCues(doc)));
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1; else hi = mid;
  }
  const out: Cue[] = [];
  for (let i = lo; i < all.length && all[i]!.start < end; i++) if (all[i]!.end <= end) out.push(all[i]!);
  return out;
}

function documentCues(doc: Document): Cue[] {
  const out: Cue[] = [];
  const text = doc.text;
  const tokens = doc.tokens;
  const bodyEnd = doc.bodyEnd;
  let t = 0;
  for (const sent of doc.layers.sentences) {
    if (sent.start >= bodyEnd) break;
    while (t < tokens.count && tokens.starts[t]! < sent.start) t++;
    const heading = doc.layers.paragraphs[sent.paragraph]?.heading === true || (sent.paragraph === 0 && /^[^a-z]*(?:\b\p{Lu}\S*\s+){3,}/u.test(text.slice(sent.start, sent.end)));
    for (; t < tokens.count && tokens.starts[t]! < sent.end; t++) {
      if (tokens.kinds[t] !== TOKEN_WORD) continue;
      const c = text.charCodeAt(tokens.starts[t]!);
      // lexicon forms are lower case: "States" is not "states" — except in a headline ("Kallas Says …")
      if ((c < 97 || c > 122) && !(heading && c >= 65 && c <= 90)) continue;
      let word = text.slice(tokens.starts[t]!, tokens.ends[t]!);
      if (c <= 90) word = word.toLowerCase();
      if (cueClass(word) === undefined) continue;
      // in a title-case headline a noun-like cue with another cue right after it is the noun
      // of that verb's subject: "Leaked Call Shows Envoy Coaching …" reports with "Shows"
      if (heading && NOUN_LIKE.has(cueBase(word) ?? word) && t + 1 < tokens.count && tokens.kinds[t + 1] === TOKEN_WORD &&
        cueClass(text.slice(tokens.starts[t + 1]!, tokens.ends[t + 1]!).toLowerCase()) !== undefined) continue;
      const cue = readCue(text, word, tokens.starts[t]!, sent.start, sent.end);
      if (cue) out.push(cue);
    }
  }
  return out;
}

/** The word ending just before `pos` (skipping spaces), within `floor`, or '' — and whether a comma came first. */
function wordBefore(text: string, pos: number, floor: number): { word: string; at: number; comma: boolean } {
  let i = pos - 1;
  while (i >= floor && text.charCodeAt(i) === 32) i--;
  const comma = i >= floor && text.charCodeAt(i) === 44;
  const end = i + 1;
  while (i >= floor && /[\p{L}'’.\-]/u.test(text[i]!)) i--;
  return { word: text.slice(i + 1, end), at: i + 1, comma };
}

const VERB_CONTEXT = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'shall', 'to', 'did', 'does', 'do', 'not', 'also', 'has', 'have', 'had', 'then', 'still', 'now',
  'never', 'often', 'repeatedly', 'publicly', 'later', 'again', 'just', 'only', 'already']);
const NAMING_AS = new Set(['know', 'describe', 'see', 'view', 'call', 'label', 'brand', 'dub', 'characterize', 'characterise',
  'portray', 'cite', 'consider', 'judge', 'deem', 'hail', 'praise', 'criticize', 'criticise', 'dismiss', 'reject', 'recognize',
  'recognise', 'welcome', 'quote', 'tout', 'regard', 'identify', 'list', 'rank']);
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'am', 'been', "'s", '’s']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
const ARTICLE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'our']);
const NOT_NOUN_DETERMINERS = new Set(['in', 'for', 'with', 'by', 'on', 'from']);
const PRONOUN_DETERMINERS = new Set(['neither', 'either', 'another', 'one']);

function readCue(text: string, word: string, s: number, start: number, end: number): Cue | null {
  let e = s + word.length;
  const prev = wordBefore(text, s, start);
  const prevLower = prev.word.toLowerCase();
  if (!prev.comma && DETERMINERS.has(prevLower) && !NOT_NOUN_DETERMINERS.has(prevLower)) return null;
  if (!prev.comma && /\p{L}['’]s?$/u.test(prev.word)) return null; // "Trump's remarks", "the senators' claims"

  const after = text.slice(e, Math.min(end, e + 30));
  const b0 = cueBase(word) ?? word;
  // "Neither claim could be checked", "either report": a noun after a determiner that is also a
  // pronoun ("Neither said …" reports)
  if (!prev.comma && PRONOUN_DETERMINERS.has(prevLower) && NOUN_LIKE.has(b0) && (word === b0 || word === `${b0}s`)) return null;
  // "the report of" is a noun; "said of the plan", "recalled of the talks" report
  if (/^\s+of\b/i.test(after) && NOUN_LIKE.has(b0) && (word === b0 || word === `${b0}s`)) return null;
  if (NAMING_AS.has(cueBase(word) ?? word) && /^\s+as\b/i.test(after)) return null; // "known as", "described as" name, they do not report
  let participle = word.endsWith('ing');
  if (participle && !prev.comma) {
    // a progressive is a finite verb with a subject: "Kallas is stressing that …"
    let w = prevLower;
    if (/ly$/.test(w)) w = wordBefore(text, prev.at, start).word.toLowerCase();
    if (PROGRESSIVE.has(w)) participle = false;
  }
  const base = cueBase(word) ?? word;
  const capital = prev.word !== '' && /^\p{Lu}/u.test(prev.word);
  // only the base and -s forms of such verbs can be nouns ("plan", "plans"; never "planned")
  const nounForm = !participle && NOUN_LIKE.has(base) && (word === base || word === `${base}s` || word === `${base}es`);
  if (nounForm) {
    // a noun followed by its verb: "the local press claimed", "the plan calls for"
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    if (next !== undefined && cueClass(next) !== undefined && !NOUN_LIKE.has(cueBase(next) ?? next)) return null;
    const verbContext = !prev.comma && (VERB_CONTEXT.has(prevLower) || capital || /ly$/.test(prevLower)) || prev.comma;
    // "…,” the letter reads." — right before the end of a clause, after a noun, it is the verb
    // (the quotation must end like a quoted sentence: `"legally binding" security guarantees.` is a noun)
    const clauseEnd = /^[.,;!?]/.test(after) && prev.word !== '' && /(?:[,.!?…]["”’']|["”’']\s*,)\s*(?:\S+\s+){0,3}$/u.test(text.slice(start, prev.at));
    if (!verbContext && !clauseEnd && !CLAUSE_NEXT_RE.test(after)) return null;
    // "states" is far more often the noun ("in swing states that …"): a verb only after its subject
    if (base === 'state' && !verbContext) return null;
    // after a nationality word it is a noun: "Russian state television", "Ukrainian claims"
    if (!prev.comma && isNationalityWord(prev.word)) return null;
    if (prev.comma && word === base) return null;
    if (capital && !prev.comma && ARTICLE.has(wordBefore(text, prev.at, start).word.toLowerCase())) return null; // "the Florida plan"
  }
  if (!word.endsWith('ing') && !prev.comma) {
    // passive: "was told", "is expected", "were quietly told"
    let w = prevLower;
    if (/ly$/.test(w)) w = wordBefore(text, prev.at, start).word.toLowerCase();
    if (BE.has(w)) return null;
  }
  const cls = cueClass(word) ?? 'speech';
  // "pressed their offensive": no urging; "pressed Kyiv to accept", "pressed for talks" are
  if (base === 'press' && !/^\s+(?:for\b|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}to\b|(?:him|her|them|us|me|the\s+\p{L}+)\s+to\b)/u.test(after)) return null;
  // "responded with a missile barrage": an action, not speech
  if (base === 'respond' && /^\s+with\s+(?![“"«])/i.test(after)) return null;
  // "pushes ahead with the loan", "pushed back the talks": a motion, not an intention ("pushes for", "pushed to" are)
  if (base === 'push' && /^\s+(?:ahead|back|on|through|forward|into|out|up|down)\b/i.test(after)) return null;
  const part = PARTICLE_RE.exec(after);
  if (part && (base === 'call' || base === 'push' || base === 'vote' || (base === 'point' && /out/i.test(part[0])))) e += part[0].length;
  return { start: s, end: e, base, cls, participle };
}

const OPENING_ADJUNCT_RE = /^\s*(?:In|On|At|During|After|Before|Since|With|Without|For|From|Following|Despite|Amid|Under|Over|Last|This|Earlier|Later|Yesterday|Today|However|Meanwhile|Still|Yet|But|And|So|Then|Instead|Now|Also)\b[^,;:]{0,120},\s*/u;
const OPENING_SUBJECT_RE = /^\s*(?:(?:He|She|They|We|I|It)\b|(?:The|A|An)\s+\p{Ll}[\p{L}\-]*(?:\s+\p{Ll}[\p{L}\-]*)?(?=\s*,)|(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}'’.\-]*\s+){0,4}\p{Lu}[\p{L}'’.\-]*(?<!^\s*(?:The|A|An)))/u;

/** The subject of the last clause coordinated after a comma in [from, end) ("…, but Dmitriev struck a
 *  warmer tone, writing …" → Dmitriev), for participial cues; null when there is none. */
export function coordinatedSubject(text: string, from: number, end: number): Span | null {
  let at = -1;
  for (const m of text.slice(from, end).matchAll(/[,;]\s+(?:but|and|while|whereas|yet)\s+(?=\p{Lu})/gu)) at = from + m.index + m[0].length;
  return at >= 0 ? openingSubject(text, at, end) : null;
}

/** The subject that opens a sentence ("President Macron outlined …", "She …"), for participial cues. */
export function openingSubject(text: string, start: number, end: number): Span | null {
  // an opening adjunct ("In a televised address, two ministers …") is not the subject
  const lead = OPENING_ADJUNCT_RE.exec(text.slice(start, Math.min(end, start + 160)));
  if (lead) start += lead[0].length;
  const m = OPENING_SUBJECT_RE.exec(text.slice(start, Math.min(end, start + 120)));
  if (!m) return null;
  const pad = m[0].length - m[0].trimStart().length;
  let stop = start + m[0].length;
  // "Russian officials have …": a nationality word modifies the noun after it, which is the head
  if (isNationalityWord(m[0].trim().split(/\s+/).at(-1) ?? '')) {
    const head = /^\s+(\p{Ll}[\p{L}\-]*)/u.exec(text.slice(stop, Math.min(end, stop + 40)));
    if (head && cueClass(head[1]!) === undefined && !DETERMINERS.has(head[1]!)) stop += head[0].length;
  }
  return { start: start + pad, end: stop };
}
