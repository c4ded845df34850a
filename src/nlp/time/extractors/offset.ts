/**
 * Points a distance away from a reference: "ten months ago", "a year earlier", "four days
 * later", "two weeks from now", "the following day", "the next day", "the day before", "the
 * previous year", "that day", "year-earlier", "year-ago". "ago" and "from now" count from the
 * publication date; "earlier", "later", "following", "previous", "that" from the narrative
 * time. The value has the unit's granularity, or the quarter's when the story talks in quarters
 * ("a year earlier" after "the third quarter" is the same quarter a year before).
 */
import { NUMBER_PATTERN, parseNumber } from '../../lexicon/numbers.js';
import type { Extractor } from '../../pipeline.js';
import { format, shift, withGranularity, type Point, type Unit } from '../calendar.js';
import type { ResolveContext, Resolution, TimexCandidate } from '../candidate.js';
import { narrativeDay } from '../reference.js';
import { UNIT_PATTERN, scan, unitOf, type AnyUnit } from '../words.js';

const APPROX = String.raw`(?:(about|around|approximately|roughly|some|nearly|almost|just|only|more\s+than|less\s+than|over|at\s+least|barely|fully)\s+)?`;
const RE = new RegExp(
  String.raw`\b${APPROX}(${NUMBER_PATTERN})[\s-](${UNIT_PATTERN})(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|from\s+now|hence|previously|prior)\b` +
  String.raw`|\b((?:(?:earlier|later)\s+)?(?:the\s+(?:following|next|previous|prior|preceding|same)|that|a|one))\s+(day|morning|afternoon|evening|night|week|weekend|month|year)\b(\s+(?:later|earlier|before|after))?` +
  String.raw`|\b(the\s+day\s+(?:before|after))\b(?!\s+(?:yesterday|tomorrow))` +
  String.raw`|\b(year|month|week|quarter)[-‐](earlier|ago)\b`,
  'gi',
);

export const offset: Extractor<TimexCandidate> = {
  name: 'time/offset',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[3] !== undefined) {
        const n = parseNumber(m[2]!);
        const unit = unitOf(m[3]);
        if (!unit) return null;
        const dir = m[4]!.toLowerCase().replace(/\s+/g, ' ');
        // "two days before the vote": a relation to an event, not a point the text names.
        if ((dir === 'before' || dir === 'after') && /^\s+(?:the|a|an|his|her|its|their|he|she|it|they|\p{L}+ed)\b/iu.test(doc.text.slice(end, end + 12))) return null;
        const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' ? -1 : 1;
        const deictic = dir === 'ago' || dir === 'from now' || dir === 'hence';
        const mod = approxMod(m[1]);
        return make(start, end, 'time/offset', (ctx) => atDistance(ctx, deictic, unit, n === null ? null : sign * n, mod, sign));
      }
      if (m[6] !== undefined) {
        const which = m[5]!.toLowerCase().replace(/\s+/g, ' ');
        const word = m[6].toLowerCase();
        const after = m[7]?.trim().toLowerCase();
        if ((which === 'a' || which === 'one') && after === undefined) return null;
        if (which.endsWith('that') && !/^(?:day|morning|afternoon|evening|night|week|weekend)$/.test(word)) return null;
        let n = /following|next/.test(which) ? 1 : /previous|prior|preceding/.test(which) ? -1 : 0;
        if (after) n = after === 'later' || after === 'after' ? 1 : -1;
        const part = word === 'morning' ? 'TMO' : word === 'afternoon' ? 'TAF' : word === 'evening' ? 'TEV' : word === 'night' ? 'TNI' : '';
        const unit: Unit = part || word === 'day' ? 'day' : word === 'weekend' ? 'week' : (word as Unit);
        return make(start, end, 'time/offset', (ctx) => {
          const r = atDistance(ctx, false, unit, n, undefined, n < 0 ? -1 : 1, false);
          if (!r) return null;
          if (word === 'weekend' && r.point) return { ...r, value: format({ ...r.point, gran: 'weekend' }) };
          return part ? { ...r, value: r.value + part } : r;
        }, part ? 'time' : 'date');
      }
      if (m[8] !== undefined) {
        const n = /after/i.test(m[8]) ? 1 : -1;
        // "the day before the vote": a relation to an event the text names, not a point of its own.
        if (/^\s+\p{L}/u.test(doc.text.slice(end, end + 3))) return null;
        return make(start, end, 'time/offset', (ctx) => atDistance(ctx, false, 'day', n, undefined));
      }
      const unit = unitOf(m[9]!);
      if (!unit) return null;
      return make(start, end, 'time/offset', (ctx) => atDistance(ctx, m[10]!.toLowerCase() === 'ago', unit, -1, undefined));
    });
  },
};

function approxMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'more than' || w === 'over') return 'MORE_THAN';
  if (w === 'less than' || w === 'barely') return 'LESS_THAN';
  if (w === 'at least' || w === 'fully') return 'EQUAL_OR_MORE';
  if (w === 'just' || w === 'only') return undefined;
  return 'APPROX';
}

function make(start: number, end: number, rule: string, resolve: (ctx: ResolveContext) => Resolution | null, type: 'date' | 'time' = 'date'): TimexCandidate {
  return { start, end, rule, confidence: 0.85, type, fields: { year: 'inferred', month: 'inferred', day: 'inferred' }, resolve };
}

/** The point `n` units from the reference (publication date for deictic, narrative time otherwise). */
function atDistance(ctx: ResolveContext, deictic: boolean, unit: AnyUnit, n: number | null, mod: string | undefined, sign = -1, quarters = true): Resolution | null {
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
