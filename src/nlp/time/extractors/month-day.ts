/**
 * Calendar dates with a month name: "November 23", "Nov. 23, 1998", "November 23rd",
 * "23 November 2025", "26 novembre 2025", "the 23rd of November", and two days of one month
 * ("November 23 and 24", "23–24 November") as one interval value A/B. A weekday in front
 * ("Saturday, April 25") is part of the date; "the week of May 8" is that date's week (2000-W19).
 * The year, when the text does not give it, comes from the tense and the publication date.
 */
import { ENGLISH_MONTHS, foldDiacritics, monthNamePattern, monthNumber } from '../../lexicon/months.js';
import type { Extractor } from '../../pipeline.js';
import { day, daysInMonth, format, withGranularity } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { inferYear } from '../reference.js';
import { WEEKDAY_PATTERN, scan } from '../words.js';

/** English names and abbreviations, and the full names of the other languages (no foreign abbreviations). */
export const MONTH = monthNamePattern((n) => ENGLISH_MONTHS.has(n) || n.length >= 4);
const LINK = String.raw`\s*(?:-|–|—|&|and|or|to|through|until)\s*`;
const YEAR = String.raw`(?:,?\s+(\d{4})(?![\d,.]\d))?`;
const MONTH_FIRST = String.raw`\b(${MONTH})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:${LINK}(\d{1,2})(?:st|nd|rd|th)?)?${YEAR}(?![\d:.,]\d|\s*(?:%|percent|a\.m|p\.m|am\b|pm\b))`;
const DAY_FIRST = String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|er|\.|º)?(?:${LINK}(\d{1,2})(?:st|nd|rd|th|er|\.)?)?\s+(?:of\s+|de\s+)?(${MONTH})\.?(?:,?\s+(?:de\s+)?(\d{4}))?\b`;
const RE = new RegExp(`${MONTH_FIRST}|${DAY_FIRST}`, 'gi');
/** A weekday before the date belongs to it: "Saturday, April 25" (looked up behind the match: cheaper than an optional prefix). */
const WEEKDAY_BEFORE = new RegExp(`\\b(?:${WEEKDAY_PATTERN}),?\\s+$`, 'i');
const WEEK_OF_BEFORE = /\b(?:the|that)\s+week\s+of\s+$/i;

/** An English month must be capitalised ("May 5", not "may 5"); other languages write them lower-case. */
export function monthWordOk(word: string): boolean {
  const folded = foldDiacritics(word);
  if (!ENGLISH_MONTHS.has(folded)) return true;
  return word[0] !== word[0]!.toLowerCase();
}

export const monthDay: Extractor<TimexCandidate> = {
  name: 'time/month-day',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const monthFirst = m[1] !== undefined;
      const word = monthFirst ? m[1]! : m[7]!;
      if (!monthWordOk(word)) return null;
      const month = monthNumber(word);
      const d1 = Number(monthFirst ? m[2] : m[5]);
      const d2raw = monthFirst ? m[3] : m[6];
      const d2 = d2raw === undefined ? null : Number(d2raw);
      const yearText = monthFirst ? m[4] : m[8];
      if (month === undefined || d1 < 1 || d1 > 31 || (d2 !== null && (d2 <= d1 || d2 > 31))) return null;
      const statedYear = yearText === undefined ? null : Number(yearText);
      if (statedYear !== null && (statedYear < 1000 || statedYear > 2199)) return null;
      let end = m.index + m[0].length;
      if (/[.,]$/.test(m[0])) end--;
      const weekdayBefore = WEEKDAY_BEFORE.exec(doc.text.slice(Math.max(0, m.index - 12), m.index));
      // "the week of May 8": the week that holds the date.
      const weekOf = d2 === null ? WEEK_OF_BEFORE.exec(doc.text.slice(Math.max(0, m.index - 16), m.index)) : null;
      return {
        start: m.index - (weekOf ? weekOf[0].length : weekdayBefore ? weekdayBefore[0].length : 0), end, rule: 'time/month-day', confidence: 0.95, type: 'date',
        fields: { year: statedYear === null ? 'inferred' : 'stated', month: 'stated', day: 'stated' },
        resolve(ctx) {
          const y = statedYear ?? inferYear(ctx, month, d1);
          if (y === null) {
            const v = `XXXX-${String(month).padStart(2, '0')}-${String(d1).padStart(2, '0')}`;
            return { value: v, anchor: 'none' };
          }
          if (d1 > daysInMonth(y, month)) return null;
          const a = day(y, month, d1);
          const anchor = statedYear === null ? 'published' : 'none';
          if (weekOf) return { value: format(withGranularity(a, 'week')), anchor };
          if (d2 === null) return { value: format(a), anchor, point: a };
          const b = day(y, month, Math.min(d2, daysInMonth(y, month)));
          return { value: `${format(a)}/${format(b)}`, anchor, point: b };
        },
      };
    });
  },
};
