/**
 * The calendar days a TIMEX3 value covers, so timexes and events can be queried by date range:
 * 2025-11-23 → that day; 2025-11 → the month; 2025 → the year; 2025-W48 → Monday to Sunday;
 * 2025-Q4, 2025-H2 and seasons (2025-SU) → their months; 2025-11-28T06:00 and 2025-11-28TNI →
 * the day; an interval A/B → from A's first day to B's last. Durations, sets and PAST_REF-like
 * values cover no definite days: null. Read from the one TIMEX3 parser (timex-span.ts).
 */
import { DAY_MS, timexSpan, type DateSpan } from './timex-span.js';

export interface DayRange {
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive. */
  end: string;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A time of day (a night included) belongs to the day it is on. */
function days(span: DateSpan): DayRange {
  const start = isoDay(span.start);
  return { start, end: span.precision === 'time' ? start : isoDay(span.end - DAY_MS) };
}

export function timexRange(value: string | null): DayRange | null {
  if (value === null || value === '') return null;
  const slash = value.indexOf('/');
  if (slash < 0) {
    const s = timexSpan(value);
    return s ? days(s) : null;
  }
  const a = timexSpan(value.slice(0, slash));
  const b = timexSpan(value.slice(slash + 1));
  if (!a || !b) return null;
  const range = { start: days(a).start, end: days(b).end };
  return range.start <= range.end ? range : null;
}
