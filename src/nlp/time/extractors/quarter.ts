/**
 * Quarters and halves of a (fiscal) year: "the third quarter", "third-quarter", "the fourth
 * quarter of 1990", "the quarter", "the latest quarter", "a year-earlier quarter", "the
 * previous quarter", "the first half", "the quarter ended June 30", "the 1988 third quarter",
 * "this year's third quarter", "the 1988 period". An ordinal quarter without a year is in the publication
 * year (the previous one when a past sentence names a quarter not yet begun); "the quarter"
 * is the quarter the story last named.
 */
import { parseOrdinal } from '../../lexicon/numbers.js';
import type { Extractor } from '../../pipeline.js';
import { format, shift, withGranularity, type Point } from '../calendar.js';
import type { ResolveContext, TimexCandidate } from '../candidate.js';
import { scanNear } from '../words.js';
import { monthNumber } from '../../lexicon/months.js';
import { inferYear } from '../reference.js';
import { MONTH } from './month-day.js';

const RE = new RegExp(
  String.raw`\b(?:(the|its|their|this|that|last|next|a|(?:this|last|next)\s+year['’]s)\s+)?(?:(\d{4})\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|recent|past|previous|prior|preceding|last|same|comparable|corresponding|next|coming|year[-‐]earlier|year[-‐]ago|fiscal|calendar)(?:[\s-]+(first|second|third|fourth|1st|2nd|3rd|4th|fiscal|calendar))?[\s-]+)?(quarter|half|period)\b(?![-‐]to[-‐])(?:\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:(\d{4})|(?:this|last|next|the)\s+year))?(\s+(?:last\s+year|a\s+year\s+(?:ago|earlier)))?(?=(\s+ended\s+(${MONTH})\.?\s+\d{1,2})?)`,
  'gi',
);

const TRIGGER = /\b(?:quarter|half|period)\b/gi;

export const quarter: Extractor<TimexCandidate> = {
  name: 'time/quarter',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 60, (m) => {
      const det = m[1]?.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
      const yearBefore = m[2] === undefined ? null : Number(m[2]);
      const words = [m[3], m[4]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase().replace(/‐/g, '-'));
      const kind = m[5]!.toLowerCase() as 'quarter' | 'half' | 'period';
      const yearText = m[6];
      // "the quarter ended June 30": the quarter that ends in that month.
      const endedMonth = m[9] === undefined ? undefined : monthNumber(m[9]);
      // "the comparable period last year", "the period a year earlier": a year before the story's quarter.
      const yearBack = m[7] !== undefined;
      let ord = words.map((w) => parseOrdinal(w)).find((n) => n !== null) ?? null;
      if (kind === 'half' && ord === null && words.includes('last')) ord = 2;
      const rel = words.find((w) => parseOrdinal(w) === null && w !== 'fiscal' && w !== 'calendar');
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (det === 'a' && ord === null) return null; // "a quarter of the shares"
      if (/^\s+(?:of\s+(?:a|an|the|its|their|all|his|her|one)\b|century|mile|inch|hour|point|percent|%|-?final)/i.test(after) && yearText === undefined) return null;
      if (kind === 'period' && yearBefore === null && !(rel && /latest|current|year-earlier|year-ago|same|comparable|corresponding|previous|prior/.test(rel))) return null;
      if (kind === 'half' && ord === null && rel === undefined) return null;
      if (kind === 'quarter' && ord === null && rel === undefined && det !== 'the' && det !== 'this' && det !== 'that' && det !== 'last' && det !== 'next' && !det?.includes("year's")) return null;
      if (ord !== null && (ord < 1 || ord > (kind === 'half' ? 2 : 4))) return null;
      const stated = yearText !== undefined ? Number(yearText) : yearBefore;
      const hyphenated = /[-‐]\s*(?:quarter|half)$/i.test(m[0]);
      const yearShift = det?.includes("year's") ? (det.startsWith('last') ? -1 : det.startsWith('next') ? 1 : 0)
        : /this year/i.test(m[0]) ? 0 : /last year/i.test(m[0]) ? -1 : /next year/i.test(m[0]) ? 1 : null;
      // "a third-quarter loss", "its fourth quarter": the article or possessive stays outside the timex.
      const start = det === 'a' || det === 'its' || det === 'their' ? m.index + m[0].indexOf(m[1]!) + m[1]!.length + 1 : m.index;
      return {
        start, end: m.index + m[0].length, rule: 'time/quarter', confidence: 0.85, type: 'date',
        fields: { year: stated === null ? 'inferred' : 'stated', month: 'none', day: 'none' },
        resolve(ctx) {
          let point: Point | null;
          if (endedMonth !== undefined && ord === null && kind !== 'half') {
            const y = stated ?? inferYear(ctx, endedMonth, null);
            if (y === null) return null;
            const q = Math.floor((endedMonth - 1) / 3) + 1;
            point = { y, m: 3 * q - 2, d: 1, gran: 'quarter', part: q };
          } else if (kind === 'period' && ord === null && stated !== null) {
            point = ctx.quarter ? { ...ctx.quarter, y: stated } : { y: stated, m: 1, d: 1, gran: 'year' };
          } else {
            point = resolveQuarter(ctx, kind === 'half' ? 'half' : 'quarter', ord, rel ?? (det?.includes("year's") ? undefined : det), stated, yearShift, hyphenated);
            // "last year's quarter", "the comparable period last year": the story's quarter, a year before.
            const alreadyBack = rel !== undefined && /year-|same|comparable|corresponding/.test(rel);
            if (point && ord === null && stated === null && !alreadyBack && (yearBack || (yearShift !== null && yearShift !== 0))) {
              point = shift(point, 'year', yearBack ? -1 : yearShift!);
            }
            // "the 1988 quarter": the story's quarter, in the year written.
            if (point && ord === null && stated !== null) point = { ...point, y: stated };
          }
          if (!point) return null;
          const anchor = stated === null ? (ctx.quarter ? 'narrative' : 'published') : 'none';
          // Only a quarter the text names by its number becomes the story's quarter.
          return ord !== null && kind === 'quarter' ? { value: format(point), anchor, point } : { value: format(point), anchor };
        },
      };
    });
  },
};

function resolveQuarter(ctx: ResolveContext, gran: 'quarter' | 'half', ord: number | null, rel: string | undefined, stated: number | null, yearShift: number | null, adjective: boolean): Point | null {
  const ref = ctx.published;
  if (ord !== null) {
    let y = stated ?? (ref ? ref.y + (yearShift ?? 0) : null);
    if (y === null) return null;
    if (stated === null && yearShift === null && ref) {
      const current = gran === 'quarter' ? Math.floor((ref.m - 1) / 3) + 1 : ref.m <= 6 ? 1 : 2;
      if (ctx.tense !== 'future' && ord > current) y--;
      if (ctx.tense === 'future' && ord < current && !adjective) y++;
    }
    if (stated === null && rel !== undefined && /year-(?:ago|earlier)/.test(rel)) y--;
    const m = gran === 'quarter' ? 3 * ord - 2 : 6 * ord - 5;
    return { y, m, d: 1, gran, part: ord };
  }
  if (gran === 'half') return null;
  // Without a quarter in the story, "the quarter" is the last one completed (the one being reported).
  const base = ctx.quarter ?? (ref ? withGranularity(shift(ref, 'quarter', -1), 'quarter') : null);
  if (!base) return null;
  switch (rel) {
    // "this quarter's loss" in a report of quarterly results is the quarter reported; looking
    // forward ("expects a loss this quarter") and "the current quarter" are the one under way.
    case 'this': if (ctx.quarter && ctx.tense !== 'future') return ctx.quarter; return ref ? withGranularity(ref, 'quarter') : base;
    case 'current': return ref ? withGranularity(ref, 'quarter') : base;
    // "the latest quarter", "the latest period" is the quarter the story reports (a fiscal
    // "second quarter" ended Sept. 30 stays the second), else the last one completed by the
    // publication date.
    case 'latest': case 'recent': return ctx.quarter ?? (ref ? withGranularity(shift(ref, 'quarter', -1), 'quarter') : base);
    case 'next': case 'coming': return shift(base, 'quarter', 1);
    case 'previous': case 'prior': case 'preceding': case 'last': case 'past':
      return ctx.quarter ? shift(base, 'quarter', -1) : base;
    case 'year-earlier': case 'year-ago': case 'same': case 'comparable': case 'corresponding': return shift(base, 'year', -1);
    default: return base;
  }
}
