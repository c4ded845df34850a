/**
 * Precision-aware date spans for the UI — the timeline, the claims table and the exports: labels,
 * order and axis ticks. A value names a span of time, not an instant: "2025-11" is the whole of
 * November, so the UI draws it as a span and sorts it by the span, never as if it were the 1st.
 * The spans themselves come from the model's one TIMEX3 parser (src/model/timex-span.ts).
 *
 * Pure: no DOM, no locale. Times are UTC milliseconds; `end` is exclusive.
 */
import { DAY_MS, timexSpan, type DateSpan, type Precision } from '../model/timex-span.js';

export { DAY_MS, timexSpan, type DateSpan, type Precision } from '../model/timex-span.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const utc = (y: number, m0: number, d: number): number => Date.UTC(y, m0, d);

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
      case 'season': return `${{ SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' }[v.slice(5)] ?? v.slice(5)} ${d.getUTCFullYear()}`;
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
 * Precision-aware order: by each span's midpoint, so "November 2025" sits among the middle of
 * November rather than before every day of it; at the same midpoint the finer span comes first.
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
