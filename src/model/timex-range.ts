/**
 * The calendar days a TIMEX3 value covers, so timexes and events can be queried by date range:
 * 2025-11-23 → that day; 2025-11 → the month; 2025 → the year; 2025-W48 → Monday to Sunday;
 * 2025-Q4, 2025-H2 and seasons (2025-SU) → their months; 2025-11-28T06:00 → the day; an
 * interval A/B → from A's first day to B's last. Durations, sets and PAST_REF-like values
 * cover no definite days: null.
 */
export interface DayRange {
  /** YYYY-MM-DD, inclusive. */
  start: string;
  /** YYYY-MM-DD, inclusive. */
  end: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const day = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const months = (y: number, from: number, to: number): DayRange => ({ start: day(y, from, 1), end: day(y, to, lastDay(y, to)) });

const SEASONS: Readonly<Record<string, [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], AU: [9, 11] };

function valid(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

function single(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!valid(y, mo, d)) return null;
    return { start: day(y, mo, d), end: day(y, mo, d) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return mo >= 1 && mo <= 12 ? months(y, mo, mo) : null;
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return months(Number(m[1]), 1, 12);
  m = /^(\d{4})-W(\d{2})(?:-WE)?$/.exec(value);
  if (m) {
    const [y, w] = [Number(m[1]), Number(m[2])];
    if (w < 1 || w > 53) return null;
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = new Date(Date.UTC(y, 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (w - 1) * 7 * 86_400_000);
    const sunday = new Date(monday.getTime() + 6 * 86_400_000);
    return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return months(Number(m[1]), q * 3 - 2, q * 3);
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return m[2] === '1' ? months(Number(m[1]), 1, 6) : months(Number(m[1]), 7, 12);
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    // Winter runs from December into the next year.
    if (m[2] === 'WI') return { start: day(y, 12, 1), end: day(y + 1, 2, lastDay(y + 1, 2)) };
    const [from, to] = SEASONS[m[2]!]!;
    return months(Number(m[1]), from, to);
  }
  return null;
}

export function timexRange(value: string | null): DayRange | null {
  if (value === null) return null;
  const slash = value.indexOf('/');
  if (slash < 0) return single(value);
  const a = single(value.slice(0, slash));
  const b = single(value.slice(slash + 1));
  if (!a || !b || a.start > b.end) return null;
  return { start: a.start, end: b.end };
}
