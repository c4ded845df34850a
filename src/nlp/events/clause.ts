/**
 * The clause around a trigger: the part of its sentence between clause boundaries (";", ":",
 * a comma before a relative or contrastive word: ", which", ", who", ", while", ", but" … or a
 * relation in time (", a day after US and Ukrainian negotiators ended talks"), and
 * the comma closing an opening "According to …" phrase).
 * Dates, participants and places are looked for inside it first. Dashes are not boundaries:
 * a pair of dashes usually brackets an aside inside one clause.
 */
import type { Quote, Span } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import { narrowestCover } from '../text/cover.js';

/** Words that open a clause of time, which tells its own event ("before Witkoff travels"). */
export const TIME_SUBORDINATORS = ['before', 'after', 'until', 'once', 'when', 'while'] as const;
/** … and of condition ("if talks resume", "unless Moscow agrees"). */
export const SUBORDINATORS = [...TIME_SUBORDINATORS, 'if', 'unless'] as const;
/** An amount of time before "after"/"before": "a day after", "four days before", "hours after". */
export const AMOUNT_RELATION = String.raw`(?:a|an|one|two|three|four|five|\d+|several|just|only|hours|days|weeks)\s+(?:(?:day|days|hours?|weeks?|months?|years?)\s+)?(?:after|before)`;

const BOUNDARY_RE = new RegExp(String.raw`[;:]|,\s+(?=(?:which|who|whom|whose|where|while|whereas|although|though|but|because|since|so that|even though|as well as|after|before|when|until)\b|${AMOUNT_RELATION}\b)`, 'g');

/** An opening source phrase ("According to a statement published by the White House on March 25, …"). */
const SOURCE_OPENING_RE = /^\s*(?:According to|As reported by|Citing)\b[^,;:]*,/;

/** The end of a sentence's opening source phrase, or -1. */
export function sourceOpeningEnd(doc: Document, sentence: number): number {
  const s = doc.layers.sentences[sentence];
  if (!s) return -1;
  const m = SOURCE_OPENING_RE.exec(doc.text.slice(s.start, s.end));
  return m ? s.start + m[0].length - 1 : -1;
}

export function clauseOf(doc: Document, sentence: number, offset: number): Span {
  const s = doc.layers.sentences[sentence];
  if (!s) return { start: offset, end: offset };
  const text = doc.text.slice(s.start, s.end);
  let start = s.start;
  let end = s.end;
  // The opening source phrase is a clause of its own: what it names reports the sentence.
  const opening = sourceOpeningEnd(doc, sentence);
  if (opening >= 0) {
    if (offset < opening) return { start, end: opening };
    start = opening + 1;
  }
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(text); m !== null; m = BOUNDARY_RE.exec(text)) {
    const at = s.start + m.index;
    if (at < offset) start = Math.max(start, at + m[0].length);
    else {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The introductory stretch of a sentence: from its start (after a connective such as "However,"
 *  or after "that") to the first comma, which must come before `until` (the trigger). A timex
 *  there frames the whole sentence: "On May 12, the alliance … met". A timex with no comma
 *  after it ("Reuters on May 12 reported …") belongs to its own verb. */
const CONNECTIVE_RE = /^(?:however|simultaneously|meanwhile|then|finally|thus|yet|still|later|earlier|also|and|but|so|in addition|at the same time|moreover|likewise|by then|in the end)\s*,?\s*/i;

export function isIntroductory(doc: Document, sentence: number, span: Span, until: number): boolean {
  const s = doc.layers.sentences[sentence];
  if (!s || span.start < s.start || until <= span.end) return false;
  if (!doc.text.slice(span.end, until).includes(',')) return false;
  const before = doc.text.slice(s.start, span.start);
  const lead = CONNECTIVE_RE.exec(before);
  const from = lead ? lead[0].length : 0;
  if (!before.slice(from).includes(',')) return true;
  // "One should remember that at the G20 meeting in Osaka (2019), …"
  const that = before.lastIndexOf(' that ');
  return that >= 0 && !before.slice(that).includes(',');
}

/** Whether sentence `to` is told near sentence `from` before it: at most `paragraphs` paragraph
 *  breaks apart, and `to` not in a heading. */
export function nearSentences(doc: Document, from: number, to: number, paragraphs = 1): boolean {
  const a = doc.layers.sentences[from]!;
  const b = doc.layers.sentences[to]!;
  return b.paragraph - a.paragraph <= paragraphs && !doc.layers.paragraphs[b.paragraph]?.heading;
}

type Cover<T extends Span> = (start: number, end: number) => T | undefined;
const quoteCovers = new WeakMap<readonly Quote[], Map<string, Cover<Quote>>>();

/** The quotation around [start, end), if any (the narrowest), leaving out the quotes `withoutRule` found. */
export function quotationAround(doc: Document, start: number, end: number, withoutRule = ''): Quote | undefined {
  const quotes = doc.layers.quotes;
  if (quotes.length === 0) return undefined;
  let byRule = quoteCovers.get(quotes);
  if (!byRule) quoteCovers.set(quotes, (byRule = new Map()));
  let cover = byRule.get(withoutRule);
  if (!cover) byRule.set(withoutRule, (cover = narrowestCover(quotes.filter((q) => q.rule !== withoutRule))));
  return cover(start, end);
}
