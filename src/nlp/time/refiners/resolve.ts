/**
 * Give every candidate its value, walking the report in document order. Deictic expressions
 * count from the publication date; anaphoric ones from the narrative time, the last explicit
 * date the story moved to. A date does not move the story when it stands inside a quotation
 * or after "since"/"until"/"before" (a bound, not where the story is), nor when it lies after
 * the publication date, nor when it counts from the story's day in a future-tense clause ("he
 * would hold consultations the following day": a plan, not something the story tells). Candidates that
 * resolve to nothing are dropped. A report without a publication date that opens with a full
 * date (a dateline: "March 3, 2011 The ferry ...") is dated by it.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import { compareDays, parseValue, type Point } from '../calendar.js';
import type { ResolveContext, TimexCandidate } from '../candidate.js';
import { EventDays } from './event-day.js';
import { tenseAt } from './tense.js';

const ENDED_AFTER = /^\s+ended\b/i;
const BOUND_BEFORE = /\b(?:since|until|till|through|before|after|by|from|as\s+of|ended|ending|ends|end)\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?$/i;

const COMPARED_BEFORE = /\b(?:after|than|from|since|over|against|compared\s+with|versus)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$/i;

export const resolve: Refiner<TimexCandidate> = {
  name: 'time/resolve',
  refine(doc, candidates) {
    const published = doc.meta.published ? parseValue(doc.meta.published) : datelineOf(doc, candidates);
    let narrative: Point | null = published;
    let narrativeDay: Point | null = published;
    let quarter: Point | null = null;
    // After a stretch of months or a half the story reports ("In the six months, profit climbed 7% from
    // a year earlier. The year-ago figures held ..."), and until it names a quarter again,
    // "a year earlier" is a year, not the story's quarter a year back.
    let inPeriod = false;
    const events = new EventDays(doc);
    const out: TimexCandidate[] = [];
    for (const c of candidates) {
      let tense: ResolveContext['tense'] | undefined;
      let eventDay: Point | null | undefined;
      const ctx: ResolveContext = {
        // ("the quarter" itself still means the story's quarter.)
        published, narrative, narrativeDay, quarter: inPeriod && !/quarter/i.test(doc.text.slice(c.start, c.end)) ? null : quarter,
        // Only year-less dates and weekdays ask for the tense: compute it on first use.
        get tense() { return (tense ??= tenseAt(doc, c.start, c.end)); },
        // Only times of day without a day of their own ask for it.
        get eventDay() { return eventDay === undefined ? (eventDay = events.dayOf(c.start, c.end)) : eventDay; },
      };
      const r = c.resolve(ctx);
      if (!r) continue;
      out.push({ ...c, resolved: r });
      if (/-H[12]$/.test(r.value) || (/^P\d+M$/.test(r.value) && /^the\s/i.test(doc.text.slice(c.start, c.start + 4)))) inPeriod = true;
      else if (/-Q[1-4]$/.test(r.value)) inPeriod = false;
      const p = r.point;
      if (!p) continue;
      // The story's quarter is one being reported: a quarter not yet over at publication is a
      // forecast, unless the text reports it in the past or says it ended (a fiscal "second
      // quarter ended March 31").
      if (p.gran === 'quarter' && (!published || published.y * 12 + published.m > p.y * 12 + p.m + 2 ||
        ENDED_AFTER.test(doc.text.slice(c.end, c.end + 8)) || ctx.tense === 'past') &&
        // "After a weak first quarter, ...": a quarter the story compares with is not the one it reports.
        !(quarter && COMPARED_BEFORE.test(doc.text.slice(Math.max(0, c.start - 30), c.start)))) quarter = p;
      if (published && p.gran === 'day' && compareDays(p, published) > 0) continue;
      if (insideQuotation(doc, c.start)) continue;
      // "… said he would hold consultations the following day": a plan, not where the story stands
      if (p.gran === 'day' && r.anchor === 'narrative' && ctx.tense === 'future') continue;
      // A bound ("since 2014", "the six months ended May 31") is not where the story stands, but a
      // later "three years later" can only count from it: it moves the narrative time, never the
      // narrative day.
      const bound = BOUND_BEFORE.test(doc.text.slice(Math.max(0, c.start - 24), c.start));
      narrative = p;
      if (!bound && p.gran === 'day') {
        narrativeDay = p;
        events.record(c.start, c.end, p);
      }
    }
    return out;
  },
};

/**
 * The dateline of a report's opening (its first 300 characters): a full date (day, month and
 * year as written) alone on its line, or after a place and before a dash ("BERLIN, March 3,
 * 2025 — Talks resumed ..."), as a day.
 */
function datelineOf(doc: Document, candidates: readonly TimexCandidate[]): Point | null {
  for (const c of candidates) {
    if (c.start > 300) break;
    if (c.fields.year !== 'stated' || c.fields.month !== 'stated' || c.fields.day !== 'stated') continue;
    const lineStart = doc.text.lastIndexOf('\n', c.start - 1) + 1;
    const lineEnd = doc.text.indexOf('\n', c.end);
    const before = doc.text.slice(lineStart, c.start);
    const after = doc.text.slice(c.end, lineEnd < 0 ? doc.text.length : lineEnd);
    if (!/^\s*(?:[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*)*,\s*)?$/u.test(before) || !/^[\s.,:;]*(?:\([^)]*\)\s*)?(?:[—–]|--|$)/.test(after)) continue;
    const r = c.resolve({ published: null, narrative: null, narrativeDay: null, eventDay: null, quarter: null, tense: 'none' });
    const p = r ? parseValue(r.value) : null;
    if (p && p.gran === 'day') return p;
  }
  return null;
}

/** Offsets of the quotation marks of a document, with +1 for an opening, -1 for a closing and 0 for a straight mark. */
interface Quotes { readonly at: Int32Array; readonly kind: Int8Array }
const QUOTES = new WeakMap<Document, Quotes>();
const QUOTE_RE = /[“”«»"]/g;

function quotesOf(doc: Document): Quotes {
  let q = QUOTES.get(doc);
  if (q) return q;
  const at: number[] = [];
  const kind: number[] = [];
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(doc.text); m !== null; m = QUOTE_RE.exec(doc.text)) {
    at.push(m.index);
    kind.push(m[0] === '“' || m[0] === '«' ? 1 : m[0] === '"' ? 0 : -1);
  }
  q = { at: Int32Array.from(at), kind: Int8Array.from(kind) };
  QUOTES.set(doc, q);
  return q;
}

/** First index in `at` whose value is >= offset. */
function lowerBound(at: Int32Array, offset: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** More opening than closing marks, or an odd number of straight ones, between the start of the sentence and the offset. */
function insideQuotation(doc: Document, offset: number): boolean {
  const { at, kind } = quotesOf(doc);
  if (at.length === 0) return false;
  const si = doc.sentenceAt(offset);
  const from = si >= 0 ? doc.layers.sentences[si]!.start : Math.max(0, offset - 300);
  let open = 0;
  let straight = 0;
  for (let i = lowerBound(at, from), end = lowerBound(at, offset); i < end; i++) {
    const k = kind[i]!;
    if (k === 0) straight++;
    else open += k;
  }
  return open > 0 || straight % 2 === 1;
}
