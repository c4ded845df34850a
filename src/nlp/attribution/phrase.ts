/**
 * Phrase boundaries around a cue, read from the words themselves (no parser): the subject
 * noun phrase before a reporting verb, a noun phrase after an inverted one ("said the
 * mayor"), the adjuncts a verb may carry before its content ("said on Monday in a statement
 * that"), and where a content clause ends. Every function takes offsets into `text` and the
 * limits of the sentence, and returns offsets — never strings.
 */
import type { Span } from '../../model/annotations.js';

interface Word { s: number; e: number; w: string }

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*|[^\s\p{L}\p{N}]/gu;

export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  const slice = text.slice(start, end);
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(slice); m !== null; m = WORD_RE.exec(slice)) {
    let w = m[0];
    let e = start + m.index + w.length;
    // a sentence-final period sticks to the word before it: "said Smith." → "Smith"
    if (w.length > 1 && w.endsWith('.') && !/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Lt|Col|Sgt|Prof)\.$/u.test(w)) {
      out.push({ s: start + m.index, e: e - 1, w: w.slice(0, -1) });
      out.push({ s: e - 1, e, w: '.' });
      continue;
    }
    out.push({ s: start + m.index, e, w });
  }
  return out;
}

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
const BETWEEN = new Set([
  'has', 'have', 'had', 'also', 'again', 'would', 'will', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do',
  'is', 'are', 'was', 'were', 'then', 'later', 'once', 'still', 'even', 'just', 'further', 'already', 'never', 'not',
  'often', 'now', 'too', 'first', 'last', 'long', 'soon', 'must', 'shall', 'always', 'himself', 'herself', 'themselves', 'itself',
]);

const ADVERBIAL_RE = /\s(?:no longer|in no way|not only|at least|of course|by no means|in fact|in turn|once again|in part|for now|so far|at first|at times|in private|in public)\s*$/iu;

/** Words that end a subject noun phrase when reading backwards from the verb. */
const STOP = new Set([
  'that', 'which', 'and', 'but', 'or', 'because', 'while', 'when', 'whereas', 'if', 'as', 'after', 'before', 'since',
  'although', 'though', 'so', 'than', 'where', 'whether', 'until', 'unless', 'nor', 'yet', 'is', 'are', 'was', 'were',
  'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not',
  'to', 'what', 'how', 'why', 'said', 'says', 'say', 'told', 'also', 'even', 'however', 'meanwhile', 'instead', 'thus',
  'therefore', 'hence', 'indeed', 'still', 'moreover', 'furthermore',
]);

/** Determiners: a word after one of these is a noun ("the report", "his claims"), not a verb. */
export const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'such', 'any', 'some',
  'no', 'every', 'each', 'many', 'several', 'few', 'other', 'new', 'recent', 'same', 'whose', 'of', 'in', 'for', 'with', 'by', 'on', 'from',
]);

const LEADING_PREP = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'with', 'by', 'following', 'under', 'for', 'from', 'to', 'like', 'unlike', 'amid', 'despite', 'within', 'outside', 'across', 'over', 'through', 'throughout', 'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'now', 'then', 'but', 'and', 'so', 'yet', 'still', 'also', 'meanwhile', 'however']);

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * The subject noun phrase that ends just before `pos` (a verb), within [floor, pos): skips
 * auxiliaries and adverbs, then reads back to a clause boundary; an apposition set off by
 * commas ("Anna Berg, a lawyer for the family, said") is kept with its head.
 */
export function subjectBefore(text: string, pos: number, floor: number): Span | null {
  // adverbial phrases between subject and verb: "It no longer mentions", "They in no way deny"
  const adv = ADVERBIAL_RE.exec(text.slice(Math.max(floor, pos - 40), pos));
  if (adv) pos -= adv[0].length;
  const words = wordsIn(text, Math.max(floor, pos - 240), pos);
  let i = words.length - 1;
  while (i >= 0 && (BETWEEN.has(words[i]!.w.toLowerCase()) || /n['’]t$/i.test(words[i]!.w) || /ly$/i.test(words[i]!.w) && !isCap(words[i]!.w) && words[i]!.w.length > 4)) i--;
  if (i < 0) return null;
  let end = words[i]!.e;
  // a parenthesis closing the subject ("Sen. Anna Berg (D-Ore.) said"): keep it, read on before it
  if (words[i]!.w === ')') {
    let j = i - 1;
    while (j >= 0 && words[j]!.w !== '(' && i - j < 12) j--;
    if (j > 0 && words[j]!.w === '(') {
      const head = headBefore(words, j - 1);
      return head === null ? null : { start: words[head]!.s, end };
    }
  }
  if (words[i]!.w === ',') {
    // an apposition or a relative clause between commas: keep it, find the head before it
    let j = i - 1;
    while (j >= 0 && words[j]!.w !== ',' && i - j < 32 && !/[;:“”"—]/.test(words[j]!.w)) j--;
    if (j < 0 || words[j]!.w !== ',') return null;
    const head = headBefore(words, j - 1);
    if (head === null) return null;
    return { start: words[head]!.s, end: words[i - 1]!.e };
  }
  const head = headBefore(words, i);
  if (head === null) return null;
  end = words[i]!.e;
  // "The draft that leaked in November called for …": the words back to "that" are a relative
  // clause with no subject of its own (they open with a past verb); the subject is the noun
  // phrase it modifies, read on before "that"
  const rel = words[head - 1]?.w.toLowerCase();
  if ((rel === 'that' || rel === 'which') && /^\p{Ll}+ed$/u.test(words[head]!.w) && head >= 2) {
    const np = headBefore(words, head - 2);
    if (np !== null && ARTICLES.has(words[np]!.w.toLowerCase())) return { start: words[np]!.s, end };
  }
  return { start: words[head]!.s, end };
}

/** Index of the first word of the noun phrase ending at word `i`, or null when there is none. */
function headBefore(words: readonly Word[], i: number): number | null {
  let j = i;
  let n = 0;
  while (j >= 0 && n < 10) {
    const w = words[j]!.w;
    const lw = w.toLowerCase();
    if (/^[,;:()“”"«»—–\-[\]]$/.test(w) || STOP.has(lw)) break;
    j--; n++;
  }
  let first = j + 1;
  if (first > i) return null;
  // drop a leading adjunct: "On Monday Kallas said", "In Geneva the envoy said"
  if (LEADING_PREP.has(words[first]!.w.toLowerCase())) {
    let k = -1;
    for (let x = first + 1; x <= i; x++) {
      const w = words[x]!.w;
      const lw = w.toLowerCase();
      const prev = words[x - 1]!.w;
      const prevName = isCap(prev) && !TIME_WORDS.has(prev.toLowerCase()) && !LEADING_PREP.has(prev.toLowerCase());
      if (ARTICLES.has(lw) || SUBJECT_PRONOUNS.has(lw) || (isCap(w) && !TIME_WORDS.has(lw) && !prevName)) k = x;
    }
    if (k < 0) return null;
    first = k;
  }
  return first;
}

/** A noun phrase starting at `pos` and running to a comma, a period or a clause word (max 12 words). */
export function nounPhraseAfter(text: string, pos: number, ceil: number): Span | null {
  const words = wordsIn(text, pos, Math.min(ceil, pos + 200));
  let last = -1;
  let depth = 0;
  for (let i = 0; i < words.length && i < 14; i++) {
    const w = words[i]!.w;
    if (w === '(') depth++;
    else if (w === ')') { depth--; if (depth < 0) break; last = i; continue; }
    if (depth > 0) { last = i; continue; }
    if (/^[,;:.!?“”"«»—–[\]]$/.test(w) || STOP.has(w.toLowerCase()) && w.toLowerCase() !== 'said') break;
    last = i;
  }
  if (last < 0) return null;
  return { start: words[0]!.s, end: words[last]!.e };
}

const ADJUNCT_RE = new RegExp(
  '^(?:\\s*,?\\s*(?:' + [
    '(?:on|last|this|early|late|earlier)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|evening)',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|again|also|repeatedly|publicly|privately|recently|previously|then|once|too|flatly|firmly|bluntly|openly|explicitly|separately|simply|frankly',
    '(?:in|at|during|on|via|through)\\s+(?:a|an|the|his|her|their|its|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:statement|interview|letter|speech|tweet|post|conference|briefing|email|e-mail|call|message|op-ed|column|report|video|address|meeting|hearing|debate|podcast|book|memo|note|press release|release)(?:\\s+(?:with|to|on|in|at)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.\\-]*(?:\\s+[\\p{Lu}][\\p{L}.\\-]*){0,3})?',
    'on\\s+(?:twitter|x|facebook|telegram|television|tv|radio|air)',
  ].join('|') + ')\\b)+', 'iu');

const ADJUNCT_START = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight', 'later', 'again', 'also', 'repeatedly', 'publicly', 'privately',
  'recently', 'previously', 'then', 'once', 'too', 'flatly', 'firmly', 'bluntly', 'openly', 'explicitly', 'separately', 'simply',
  'frankly', 'in', 'at', 'during', 'via', 'through']);

/** Skip the adjuncts right after a verb ("said on Monday in a statement"), return the new offset. */
export function skipAdjuncts(text: string, pos: number, ceil: number): number {
  const first = /^[\s,]*(\p{L}+)/u.exec(text.slice(pos, Math.min(ceil, pos + 24)));
  if (!first || !ADJUNCT_START.has(first[1]!.toLowerCase())) return pos;
  const m = ADJUNCT_RE.exec(text.slice(pos, Math.min(ceil, pos + 160)));
  return m ? pos + m[0].length : pos;
}

const END_RE = /,\s+and\s+(?=(?:he|she|they|it|we|i|the|a|an|his|her|their|its|\p{Lu}))|,\s+(?!including\b|according\b)\p{Ll}+ing\b|[,.!?]?["”’']\s*,?\s+(?:(?:he|she|they|it|\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*)*)\s+)?(?:said|says|added|asked|wrote|told|continued|explained|noted)\b|;|\s[—–]\s|,\s+(?:but|though|although|while|whereas|according\s+to)\b|\s\((?:[^()]*)\)\s*$|,\s+(?:he|she|they|it|officials?|sources?|experts?)\s+(?:said|says|added|noted|told|wrote|argued|claimed)\b/giu;
const TRAIL_RE = /(?:\s*\[[^\]\n]{1,6}\])+\s*$|[\s.,;:!?]+$/u;

/** Where a content clause starting at `start` ends inside the sentence ending at `end`. */
export function contentEnd(text: string, start: number, end: number): number {
  END_RE.lastIndex = 0;
  const slice = text.slice(start, end);
  let e = end;
  for (let m = END_RE.exec(slice); m !== null; m = END_RE.exec(slice)) {
    const closing = /^[,.!?]?["”’']/.test(m[0]) ? m[0].search(/["”’']/) + 1 : 0; // `,” he said` closes the quote
    if (m.index === 0 || insideQuote(slice, m.index + closing)) continue; // "a fair, durable, and verifiable truce" inside the quote
    e = start + m.index;
    break;
  }
  for (;;) {
    const t = TRAIL_RE.exec(text.slice(start, e));
    if (!t || t[0].length === 0) break;
    e -= t[0].length;
  }
  return e;
}

/** Whether `pos` lies inside quotation marks opened earlier in `s`. */
function insideQuote(s: string, pos: number): boolean {
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < pos; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x201c || c === 0xab) curly++;
    else if ((c === 0x201d || c === 0xbb) && curly > 0) curly--;
    else if (c === 34) straight ^= 1;
  }
  return curly > 0 || straight === 1;
}

/** Trim white space and a trailing footnote marker or punctuation from a span. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  while (s < end && /[\s,:]/.test(text[s]!)) s++;
  return { start: s, end: Math.max(s, contentEnd(text, s, end)) };
}

/** Skip white space, commas, colons and footnote markers at the start of a content span. */
export function skipLeadingMarkers(text: string, pos: number, ceil: number): number {
  const m = /^(?:[\s,:]|\[[^\]\n]{1,6}\])*/u.exec(text.slice(pos, Math.min(ceil, pos + 40)));
  return m ? pos + m[0].length : pos;
}
