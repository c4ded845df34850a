/**
 * How year-less and relative expressions find their reference time. Deictic expressions
 * ("yesterday", "last week", "ten months ago") count from the publication date; anaphoric ones
 * ("four days earlier", "the following day") from the narrative time; a year-less date takes
 * the year that fits the sentence's tense.
 */
import { addDays, compareDays, day, format, shift, weekday, withGranularity, type Point } from './calendar.js';
import type { ResolveContext, Resolution } from './candidate.js';
import type { AnyUnit } from './words.js';

/**
 * The year of a year-less month (and day): the publication year, moved forward when a future
 * sentence names an earlier month or a day more than a month earlier, back when a past sentence names a date more than two months
 * later (closer than that, the past-tense reading is more often the tagger's mistake — "payable
 * Dec. 15" after "declared" — than a date of last year), or an untensed one more than half a
 * year later.
 */
export function inferYear(ctx: ResolveContext, m: number, d: number | null): number | null {
  const ref = ctx.published;
  if (!ref) return null;
  const probe = day(ref.y, m, d ?? (ctx.tense === 'future' ? 28 : 1));
  const cmp = d === null ? (m - ref.m) * 32 : compareDays(probe, ref);
  // A day less than a month gone in a future sentence ("to hand him over by Jan. 14" in a Jan. 15
  // paper) is a deadline just passed, not next year's date.
  if (ctx.tense === 'future') return cmp < (d === null ? 0 : -32) ? ref.y + 1 : ref.y;
  // "January 7" in a late-December report: the coming one, days away, not the one almost a year gone.
  if (d !== null && compareDays(day(ref.y + 1, m, d), ref) <= 32) return ref.y + 1;
  if (ctx.tense === 'past') return cmp > 2 * 32 ? ref.y - 1 : ref.y;
  return cmp > 6 * 32 ? ref.y - 1 : ref.y;
}

/** Four-digit year for two-digit years ("'98", "the '80s"). */
export function fullYear(yy: number, ctx: ResolveContext): number {
  const base = ctx.published ? Math.floor(ctx.published.y / 100) * 100 : 1900;
  const y = base + yy;
  return ctx.published && y > ctx.published.y + 10 ? y - 100 : y;
}

/** The reference point of an anaphoric expression at day granularity. */
export function narrativeDay(ctx: ResolveContext): { point: Point; anchor: 'published' | 'narrative' } | null {
  if (ctx.narrativeDay) return { point: ctx.narrativeDay, anchor: ctx.narrativeDay === ctx.published ? 'published' : 'narrative' };
  return ctx.published ? { point: ctx.published, anchor: 'published' } : null;
}

/**
 * A weekday counted from the publication date: the most recent one (that day included) unless
 * the sentence looks forward or says "next"; "last" is strictly before, "next" strictly after,
 * "this" in the publication date's week.
 * A bare weekday that is the publication day's own is that day whatever the tense ("will speak
 * on Friday" in a Friday paper is today: a week ahead would be "next Friday").
 */
export function weekdayPoint(ctx: ResolveContext, target: number, rel: string | undefined): Point | null {
  const ref = ctx.published;
  if (!ref) return null;
  // "This Thursday": that day of the publication date's own week (Monday to Sunday), whatever the tense.
  const iso = (d: number): number => (d === 0 ? 7 : d);
  if (rel === 'this') return addDays(ref, iso(target) - iso(weekday(ref.y, ref.m, ref.d)));
  let diff = target - weekday(ref.y, ref.m, ref.d);
  const forward = rel === 'next' || (rel !== 'last' && ctx.tense === 'future');
  if (forward) { if (diff < 0 || (diff === 0 && rel === 'next')) diff += 7; }
  else if (rel === 'last') { if (diff >= 0) diff -= 7; }
  else if (diff > 0) diff -= 7;
  return addDays(ref, diff);
}

/**
 * The point `n` units from the reference: the publication date for deictic expressions, the
 * narrative time otherwise. The value has the unit's granularity, or the quarter's when the
 * story talks in quarters (`quarters`: "a year earlier" after "the third quarter" is the same
 * quarter a year before). A vague amount (`n` null) gives PAST_REF or FUTURE_REF by `sign`.
 */
export function atDistance(ctx: ResolveContext, deictic: boolean, unit: AnyUnit, n: number | null, mod: string | undefined, sign = -1, quarters = true): Resolution | null {
  let ref = deictic ? (ctx.published ? { point: ctx.published, anchor: 'published' as const } : null) : narrativeDay(ctx);
  // "the following month" after "in March": count from the month the story is in, not from a day.
  const coarse = ctx.narrative && ctx.narrative !== ctx.published && ctx.narrative.gran !== 'day' ? ctx.narrative : null;
  if (!deictic && coarse && (unit === 'month' || unit === 'year') && (coarse.gran === 'month' || unit === 'year')) ref = { point: coarse, anchor: 'narrative' };
  if (!ref) return null;
  const extra = mod ? { mod } : {};
  if (n === null) return { value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', anchor: ref.anchor, ...extra };
  if (unit === 'hour' || unit === 'minute' || unit === 'second') {
    return { value: format(ref.point), anchor: ref.anchor, ...extra };
  }
  let base: Point = ref.point;
  let gran: Point['gran'] = unit === 'decade' || unit === 'century' ? 'year' : unit;
  // A story about quarters: "a year earlier" is the same quarter a year before.
  if (quarters && ctx.quarter && (unit === 'year' || unit === 'quarter') && Number.isInteger(n)) {
    base = ctx.quarter;
    gran = 'quarter';
  }
  if (!Number.isInteger(n)) return { value: format(withGranularity(base, gran === 'quarter' ? 'quarter' : 'month')), anchor: ref.anchor, ...extra };
  const point = withGranularity(shift(base, unit, n), gran);
  return { value: format(point), anchor: ref.anchor, ...extra, ...(gran === 'day' ? { point } : {}) };
}
