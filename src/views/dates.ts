/**
 * Precision-aware date spans for TIMEX3 values, shared by the timeline, the claims table and the
 * exports. A value names a span of time, not an instant: "2025-11" is the whole of November, so
 * the UI draws it as a span and sorts it by the span, never as if it were the 1st.
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
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const RANK: Record<Precision, number> = { year: 0, half: 1, quarter: 2, season: 3, month: 4, week: 5, day: 6, time: 7 };

const utc = (y: number, m0: number, d: number): number => Date.UTC(y, m0, d);

/** Monday of ISO week 1 of `year`. */
function isoWeekOne(year: number): number {
  const jan4 = utc(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - dow * DAY_MS;
}

const SEASONS: Record<string, [number, number]> = {
  // Northern meteorological seasons: [first month index, months]; winter runs into next year.
  SP: [2, 3], SU: [5, 3], FA: [8, 3], WI: [11, 3],
};
const PARTS_OF_DAY: Record<string, [number, number]> = { MO: [6, 12], AF: [12, 18], EV: [18, 22], NI: [21, 30], DT: [9, 17] };

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
    const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    if (Number.isNaN(start)) return null;
    return { start, end: start + 60_000, precision: 'time' };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(MO|AF|EV|NI|DT)$/.exec(value);
  if (m) {
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
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
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
    const precision = RANK[a.precision] <= RANK[b.precision] ? a.precision : b.precision;
    return { start: a.start, end: b.end, precision, value: v };
  }
  const s = single(v);
  return s ? { ...s, value: v } : null;
}

/** A YYYY-MM-DD day as UTC milliseconds, or null. */
export function dayMs(date: string | null | undefined): number | null {
  const s = timexSpan(date ?? null);
  return s && s.precision === 'day' ? s.start : null;
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function dayLabel(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A short, locale-independent label: "23 Nov 2025", "Nov 2025", "23 Nov – 24 Nov 2025", "week 48, 2025". */
export function formatSpan(span: DateSpan): string {
  const part = (s: number, e: number, p: Precision, v: string): string => {
    const d = new Date(s);
    switch (p) {
      case 'year': return String(d.getUTCFullYear());
      case 'month': return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
      case 'day': return e - s > DAY_MS ? `${dayLabel(s)} – ${dayLabel(e - DAY_MS)}` : dayLabel(s);
      case 'time': return `${dayLabel(s)} ${d.toISOString().slice(11, 16)} UTC`;
      case 'week': { const w = /W(\d{2})/.exec(v); return `week ${w ? Number(w[1]) : '?'}, ${d.getUTCFullYear()}`; }
      case 'quarter': return v.replace(/^(\d{4})-Q(\d)$/, 'Q$2 $1');
      case 'half': return v.replace(/^(\d{4})-H(\d)$/, 'H$2 $1');
      case 'season': return `${{ SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[v.slice(5)] ?? v.slice(5)} ${d.getUTCFullYear()}`;
    }
  };
  const slash = span.value.indexOf('/');
  if (slash < 0) return part(span.start, span.end, span.precision, span.value);
  const a = timexSpan(span.value.slice(0, slash));
  const b = timexSpan(span.value.slice(slash + 1));
  if (!a || !b) return span.value;
  return `${part(a.start, a.end, a.precision, a.value)} – ${part(b.start, b.end, b.precision, b.value)}`;
}

/**
 * Precision-aware order: by the middle of the span, so "November 2025" sits among the middle of
 * November rather than before every day of it; at the same middle the finer span comes first.
 */
export function compareSpans(a: DateSpan, b: DateSpan): number {
  const ma = (a.start + a.end) / 2;
  const mb = (b.start + b.end) / 2;
  if (ma !== mb) return ma - mb;
  return (a.end - a.start) - (b.end - b.start);
}

/** Whether two spans share any instant. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface Tick {
  readonly at: number;
  readonly label: string;
  readonly major: boolean;
}

/**
 * Axis ticks for a visible domain, at most about `max` of them: days, weeks, months, quarters
 * or years, whichever step keeps the count under `max`.
 */
export function axisTicks(from: number, to: number, max = 12): Tick[] {
  const span = Math.max(1, to - from);
  const out: Tick[] = [];
  const days = span / DAY_MS;
  if (Math.floor(days) + 1 <= max || Math.floor(days / 7) + 1 <= max) {
    const step = Math.floor(days) + 1 <= max ? 1 : 7;
    const first = new Date(from);
    let t = utc(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate());
    if (step === 7) while ((new Date(t).getUTCDay() + 6) % 7 !== 0) t += DAY_MS;
    for (; t <= to; t += step * DAY_MS) {
      if (t < from) continue;
      const d = new Date(t);
      out.push({ at: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`, major: d.getUTCDate() === 1 });
    }
    return out;
  }
  const months = days / 30.44;
  const stepMonths = [1, 3, 6, 12, 24, 60, 120].find((s) => Math.ceil(months / s) + 1 <= max) ?? 240;
  const first = new Date(from);
  let y = first.getUTCFullYear();
  let mo = first.getUTCMonth();
  mo = Math.ceil(mo / stepMonths) * stepMonths;
  if (stepMonths >= 12) { y = Math.ceil(y / (stepMonths / 12)) * (stepMonths / 12); mo = 0; }
  for (let t = utc(y, mo, 1); t <= to; ) {
    const d = new Date(t);
    if (t >= from) {
      out.push({
        at: t,
        label: d.getUTCMonth() === 0 || stepMonths >= 12 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : (MONTHS[d.getUTCMonth()] ?? ''),
        major: d.getUTCMonth() === 0,
      });
    }
    t = utc(d.getUTCFullYear(), d.getUTCMonth() + stepMonths, 1);
  }
  return out;
}
