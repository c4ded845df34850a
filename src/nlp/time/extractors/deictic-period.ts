/**
 * Calendar periods named from the publication date: "last week", "this month", "next year",
 * "earlier this year", "early next year", "late last week", "the end of the year", "this weekend",
 * "last fall", "this summer", "the week", "year end". The value keeps the period's granularity
 * (a week is 2025-W48, never a day); "earlier"/"early"/"late"/"the end of" become a mod.
 */
import type { Extractor } from '../../pipeline.js';
import { format, shift, weekday, withGranularity, type Granularity, type Point } from '../calendar.js';
import type { ResolveContext, TimexCandidate } from '../candidate.js';
import { modOf, scanNear } from '../words.js';

const PERIOD = '(week(?:end)?|month|year|decade|century|spring|summer|fall|autumn|winter)';
const RE = new RegExp(
  String.raw`\b(?:(earlier|later|early|late|mid-?|(?:by\s+)?the\s+(?:beginning|start|middle|end|close|rest|remainder)\s+of)\s+)?(this\s+past|this|last|next|the\s+coming|the\s+current|the\s+same|that|the)\s+(?:(?:full|fiscal|calendar|current\s+fiscal|latest\s+fiscal|entire|whole)\s+)?(?:(?:early|late)\s+)?${PERIOD}\b(?!\s+(?:of|earlier|ago|later)\b|-)|\b(year|month|week)(?:['’]s)?[\s-](end)\b`,
  'gi',
);
const SEASON: Record<string, number> = { spring: 1, summer: 2, fall: 3, autumn: 3, winter: 4 };

const TRIGGER = /\b(?:week(?:end)?|month|year|decade|century|spring|summer|fall|autumn|winter)/gi;

export const deicticPeriod: Extractor<TimexCandidate> = {
  name: 'time/deictic-period',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 60, (m) => {
      const modText = m[1]?.toLowerCase().replace(/\s+/g, ' ').replace(/^by /, '');
      const rel = (m[2] ?? 'this').toLowerCase().replace(/\s+/g, ' ');
      const period = (m[3] ?? m[4])!.toLowerCase();
      if (m[4] !== undefined) return candidate(m.index, m.index + m[0].length, 'this', period, 'END');
      // "The Fall" as a title: a season after bare "the" must be written lower-case.
      if (rel === 'the' && SEASON[period] !== undefined && /[A-Z]/.test(m[3]![0]!)) return null;
      if (rel === 'that' && SEASON[period] !== undefined) return null;
      // "This Week", "The Year" in title case mid-sentence name a programme or a work.
      if (/^[A-Z]/.test(m[3]![0]!) && /^[A-Z]/.test(m[2]![0]!) && !/(?:^|[.!?:]\s*|\n\s*)$/.test(doc.text.slice(Math.max(0, m.index - 3), m.index))) return null;
      // "the year" before a number or a preposition that gives a year ("the year 2000", "the year of") is not deictic.
      if (rel === 'the' && /^\s*(?:\d|two\s+thousand|nineteen|of\b|in\s+which|when|before|after)/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      // "the year before", "that week after the vote" count from an event; "next year after the vote" is still next year.
      if (!/^(?:this|last|next|this past|the coming|the current)$/.test(rel) && /^\s+(?:before|after)\b/i.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
      let start = m.index;
      if (/^by /i.test(m[1] ?? '')) start += 3;
      let mod = modOf(modText);
      if (modText === 'earlier') mod = 'START';
      if (modText === 'later') mod = 'END';
      if (modText?.includes('rest') || modText?.includes('remainder')) mod = 'END';
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      const calendarYear = !/^\s*end(?:ed|ing)\b/i.test(after) && (/\b(?:full|latest|current|whole|entire)\b/i.test(m[0]) ||
        /\b(?:of|in)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 4), m.index)) ||
        /^\s*(?:to\s+date|,)/i.test(after));
      return candidate(start, m.index + m[0].length, rel, period, mod, calendarYear);
    });
  },
};

function candidate(start: number, end: number, rel: string, period: string, mod: string | undefined, calendarYear = true): TimexCandidate {
  return {
    start, end, rule: 'time/deictic-period', confidence: rel === 'the' ? 0.6 : 0.9,
    type: rel === 'the' && period === 'year' && mod === undefined && !calendarYear ? 'duration' : 'date',
    fields: { year: 'inferred', month: period === 'year' ? 'none' : 'inferred', day: 'none' },
    ...(mod ? { mod } : {}),
    resolve(ctx) {
      const p = rel === 'that' || rel === 'the same' ? (ctx.narrative ?? ctx.published) : ctx.published;
      // "for the year", "the fiscal year", "the year ended June 30": the length of a (fiscal)
      // year, as TimeBank reads it; but "the full year", "of the year" name the calendar year.
      if (rel === 'the' && period === 'year' && mod === undefined && !calendarYear) return { value: 'P1Y', anchor: 'none' };
      if (!p) return { value: 'PRESENT_REF', anchor: 'none' };
      const value = resolvePeriod(ctx, p, rel, period);
      if (value === null) return null;
      const anchor = p === ctx.published ? 'published' : 'narrative';
      return { value, anchor, ...(mod ? { mod } : {}) };
    },
  };
}

function resolvePeriod(ctx: ResolveContext, p: Point, relation: string, period: string): string | null {
  let rel = relation;
  if (/fiscal/.test(rel)) rel = rel.replace(/\s*fiscal/, '');
  const n = rel === 'last' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0;
  const season = SEASON[period];
  if (season !== undefined) {
    const current = p.m === 12 || p.m <= 2 ? 4 : Math.floor(p.m / 3);
    // January and February belong to the winter that began the year before.
    let y = p.m <= 2 ? p.y - 1 : p.y;
    if (n < 0 && season >= current) y--;
    if (n > 0 && season <= current) y++;
    if (n === 0 && ctx.tense === 'future' && season < current && season !== 4) y++;
    return format({ y, m: 1, d: 1, gran: 'season', part: season });
  }
  if (period === 'weekend') {
    const dow = weekday(p.y, p.m, p.d);
    let k = n;
    if (n === 0 && ctx.tense !== 'future' && dow >= 1 && dow <= 4) k = -1;
    if (n === -1 && (dow === 0 || dow === 6)) k = -1;
    return format({ ...shift(p, 'week', k), gran: 'weekend' });
  }
  if (rel === 'this past') return format(withGranularity(shift(p, period as 'week', -1), period as Granularity));
  if (period === 'week' || period === 'month' || period === 'year' || period === 'decade' || period === 'century') {
    return format(withGranularity(shift(p, period, n), period));
  }
  return null;
}
