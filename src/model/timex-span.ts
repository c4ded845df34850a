/**
 * The span of time a TIMEX3 value names, precision kept: "2025-11" is the whole of November,
 * "2025-W48" its week, "2025-11-28TNI" that night. The one parser of TIMEX3 values: the store
 * and the resolver read calendar days from it (timex-range.ts), the UI draws and sorts spans
 * with it (src/views/dates.ts).
 *
 * Pure: no DOM, no locale. Times are UTC milliseconds; `end` is exclusive.
 */

export type Precision = 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'day' | 'time';

export interface DateSpan {
  readonly start: number;
  readonly end: number;
  /** The coarsest precision of the value (for an interval, of either end). */
  readonly precision: Precision;
  /** The TIMEX3 value it was read from. */
  readonly value: string;
}

export const DAY_MS = 86_400_000;
export const PRECISION_RANK: Record<Precision, number> = { year: 0, half: 1, quarter: 2, season: 3, month: 4, week: 5, day: 6, time: 7 };

const utc = (y: number, m0: number, d: number): number => Date.UTC(y, m0, d);

/** Monday of ISO week 1 of `year`. */
function isoWeekOne(year: number): number {
  const jan4 = utc(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

const SEASONS: Record<string, [number, number]> = {
  // Northern meteorological seasons: [first month index, months]; winter runs into next year.
  SP: [2, 3], SU: [5, 3], FA: [8, 3], AU: [8, 3], WI: [11, 3],
};
const PARTS_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], EV: [18, 22], NI: [21, 30], DT: [9, 17] };

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && new Date(utc(y, m - 1, d)).getUTCDate() === d;
}

function single(value: string): Omit<DateSpan, 'value'> | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { start: utc(y, 0, 1), end: utc(y + 1, 0, 1), precision: 'year' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]) - 1;
    if (mo < 0 || mo > 11) return null;
    return { start: utc(y, mo, 1), end: utc(y, mo + 1, 1), precision: 'month' };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const start = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    if (new Date(start).getUTCDate() !== Number(m[3])) return null;
    return { start, end: start + DAY_MS, precision: 'day' };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (m) {
    if (!validDay(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 24 || Number(m[5]) > 59) return null;
    const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    return { start, end: start + 60_000, precision: 'time' };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$/.exec(value);
  if (m) {
    if (!validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
    const day = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const [from, to] = PARTS_OF_DAY[m[4] ?? ''] ?? [0, 24];
    return { start: day + from * 3_600_000, end: day + to * 3_600_000, precision: 'time' };
  }
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (m) {
    const week = Number(m[2]);
    if (week < 1 || week > 53) return null;
    const start = isoWeekOne(Number(m[1])) + (week - 1) * 7 * DAY_MS;
    const weekend = value.endsWith('-WE');
    return weekend
      ? { start: start + 5 * DAY_MS, end: start + 7 * DAY_MS, precision: 'day' }
      : { start, end: start + 7 * DAY_MS, precision: 'week' };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]) - 1;
    return { start: utc(y, q * 3, 1), end: utc(y, q * 3 + 3, 1), precision: 'quarter' };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const h = Number(m[2]) - 1;
    return { start: utc(y, h * 6, 1), end: utc(y, h * 6 + 6, 1), precision: 'half' };
  }
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const [first, months] = SEASONS[m[2] ?? ''] ?? [0, 3];
    return { start: utc(y, first, 1), end: utc(y, first + months, 1), precision: 'season' };
  }
  return null;
}

/**
 * The span a TIMEX3 value names, or null for values that name no calendar span (durations,
 * PAST_REF/PRESENT_REF/FUTURE_REF, unknown years `XXXX`, malformed input).
 * An interval `A/B` runs from the start of A to the end of B.
 */
export function timexSpan(value: string | null | undefined): DateSpan | null {
  if (!value) return null;
  const v = value.trim();
  const slash = v.indexOf('/');
  if (slash >= 0) {
    const a = single(v.slice(0, slash));
    const b = single(v.slice(slash + 1));
    if (!a || !b || b.end <= a.start) return null;
    const precision = PRECISION_RANK[a.precision] <= PRECISION_RANK[b.precision] ? a.precision : b.precision;
    return { start: a.start, end: b.end, precision, value: v };
  }
  const s = single(v);
  return s ? { ...s, value: v } : null;
}
