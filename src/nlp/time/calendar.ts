/**
 * Calendar arithmetic for TIMEX3 values: points of a given granularity (a day, an ISO week, a
 * month, a quarter, a year, ...), shifting them by a number of units and printing them as
 * TIMEX3 values. Pure functions over plain numbers, UTC only (a report date has no time zone).
 */

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'season' | 'year' | 'decade' | 'century';
export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** A calendar point. `m`/`d` are 1-based; `part` is the quarter (1–4), half (1–2) or season index. */
export interface Point {
  readonly y: number;
  readonly m: number;
  readonly d: number;
  readonly gran: Granularity;
  readonly part?: number;
}

const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The ISO 8601 week-numbering year and week of a day. */
export function isoWeek(y: number, m: number, d: number): [number, number] {
  const date = new Date(Date.UTC(y, m - 1, d));
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const wy = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(wy, 0, 1)) / 864e5 + 1) / 7);
  return [wy, week];
}

export function day(y: number, m: number, d: number): Point {
  return { y, m, d, gran: 'day' };
}

/** Add `n` days to a day (normalising month and year). */
export function addDays(p: Point, n: number): Point {
  const date = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { ...p, y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** Shift a point by `n` units, keeping its granularity (quarters move by quarters, …). */
export function shift(p: Point, unit: Unit, n: number): Point {
  switch (unit) {
    case 'day': return addDays(p, n);
    case 'week': return addDays(p, 7 * n);
    case 'month': case 'quarter': {
      const months = unit === 'quarter' ? 3 * n : n;
      const total = p.y * 12 + (p.m - 1) + months;
      const y = Math.floor(total / 12);
      const m = (total % 12) + 1;
      const part = p.gran === 'quarter' ? Math.floor((m - 1) / 3) + 1 : p.part;
      return { ...p, y, m, d: Math.min(p.d, daysInMonth(y, m)), ...(part !== undefined ? { part } : {}) };
    }
    case 'year': return { ...p, y: p.y + n, d: Math.min(p.d, daysInMonth(p.y + n, p.m)) };
    case 'decade': return { ...p, y: p.y + 10 * n };
    case 'century': return { ...p, y: p.y + 100 * n };
  }
}

export function withGranularity(p: Point, gran: Granularity): Point {
  if (gran === 'quarter') return { y: p.y, m: p.m, d: p.d, gran, part: Math.floor((p.m - 1) / 3) + 1 };
  if (gran === 'half') return { y: p.y, m: p.m, d: p.d, gran, part: p.m <= 6 ? 1 : 2 };
  return { y: p.y, m: p.m, d: p.d, gran };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The TIMEX3 value of a point: 2025-11-23, 2025-W48, 2025-W48-WE, 2025-11, 2025-Q4, 2025-H2, 2025-SU, 2025, 202, 20. */
export function format(p: Point): string {
  const y = p.y < 0 ? String(p.y) : pad(p.y, 4);
  switch (p.gran) {
    case 'day': return `${y}-${pad(p.m)}-${pad(p.d)}`;
    case 'week': case 'weekend': {
      const [wy, w] = isoWeek(p.y, p.m, p.d);
      return `${pad(wy, 4)}-W${pad(w)}${p.gran === 'weekend' ? '-WE' : ''}`;
    }
    case 'month': return `${y}-${pad(p.m)}`;
    case 'quarter': return `${y}-Q${p.part ?? Math.floor((p.m - 1) / 3) + 1}`;
    case 'half': return `${y}-H${p.part ?? (p.m <= 6 ? 1 : 2)}`;
    case 'season': return `${y}-${SEASONS[(p.part ?? 1) - 1] ?? 'SU'}`;
    case 'year': return y;
    case 'decade': return y.slice(0, 3);
    case 'century': return y.slice(0, 2);
  }
}

/** Read a point back from a TIMEX3 date value (the forms `format` prints), or null. */
export function parseValue(value: string): Point | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-H([12]))?(?:T.*)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) return day(y, Number(m[2]), Number(m[3]));
  if (m[2] !== undefined) return { y, m: Number(m[2]), d: 1, gran: 'month' };
  if (m[4] !== undefined) { const q = Number(m[4]); return { y, m: 3 * q - 2, d: 1, gran: 'quarter', part: q }; }
  if (m[5] !== undefined) { const h = Number(m[5]); return { y, m: 6 * h - 5, d: 1, gran: 'half', part: h }; }
  return { y, m: 1, d: 1, gran: 'year' };
}

/** Compare two days (negative when a is earlier). */
export function compareDays(a: Point, b: Point): number {
  return (a.y - b.y) * 400 + (a.m - b.m) * 32 + (a.d - b.d);
}
