/**
 * Clock times: "6:00 a.m.", "1 p.m.", "around 9:40 p.m.", "18:30 GMT", "noon", "midnight",
 * "18:00 Kyiv time", "at 00:00", "from 09:30 to 13:00", "10 o'clock", "4 in the morning", "10 p.m. Wednesday", "noon Thursday", "6 p.m. PST Feb. 3". A time takes the day named after it, else
 * the day the story stands on (the narrative day, else the publication date): 2025-11-28T06:00.
 */
import type { Extractor } from '../../pipeline.js';
import { format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { narrativeDay, weekdayPoint } from '../reference.js';
import { WEEKDAY_PATTERN, scan, weekdayIndex } from '../words.js';
import { addDays, day, daysInMonth } from '../calendar.js';
import { monthNumber } from '../../lexicon/months.js';
import { inferYear } from '../reference.js';
import { MONTH, monthWordOk } from './month-day.js';

const RE = new RegExp(
  String.raw`\b(?:(about|around|approximately|at\s+about|at\s+around|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\.|p\.\s?m\.|am\b|pm\b|a\.m\b|p\.m\b)|(\d{1,2}):(\d{2})(?:\s*(GMT|UTC|[ECMP][SD]T|local\s+time|[a-z]+\s+time|hours?|h)\b)?|(\d{1,2})\s+o['’]clock|(noon|midnight|midday)|(\d{1,2})\s+(?:o['’]clock\s+)?in\s+the\s+(morning|afternoon|evening))(?:\s+([ECMP][SD]T|GMT|UTC|local\s+time))?(?:,?\s+(?:on\s+)?(?:(${WEEKDAY_PATTERN}|today|yesterday|tomorrow)\b|(${MONTH})\.?\s+(\d{1,2})\b(?!:)))?`,
  'gi',
);

/** Words before a bare 24-hour time ("at 00:00", "from 09:30", "by 18:00"). */
const TIME_BEFORE = /\b(?:at|from|by|before|after|since|until|till|around|about|approximately)\s+$/i;

export const clock: Extractor<TimexCandidate> = {
  name: 'time/clock',
  extract(doc) {
    return scan(doc, RE, (m) => {
      let h: number;
      let min = 0;
      if (m[2] !== undefined) {
        h = Number(m[2]);
        min = m[3] === undefined ? 0 : Number(m[3]);
        const pm = /^p/i.test(m[4]!);
        if (h < 1 || h > 12) return null;
        if (pm && h !== 12) h += 12;
        if (!pm && h === 12) h = 0;
      } else if (m[5] !== undefined) {
        h = Number(m[5]);
        min = Number(m[6]);
        const zone = m[7];
        // "18:00 Kyiv time": a capitalised place before "time" (not "18:00 every time").
        if (zone !== undefined && /^[a-z]+\s+time$/i.test(zone) && !/^local\s/i.test(zone) && !/^[A-Z]/.test(zone)) return null;
        // Without a zone, a 24-hour time needs a word that only a time takes before it ("at 00:00",
        // "from 9:30 to 13:00"): "a 2:15 lead" or a ratio is no time.
        if (zone === undefined && !(TIME_BEFORE.test(doc.text.slice(Math.max(0, m.index - 12), m.index)) ||
          (/\b(?:to|and|until|till)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 8), m.index)) && /\d:\d\d\b/.test(doc.text.slice(Math.max(0, m.index - 30), m.index))))) return null;
      } else if (m[8] !== undefined) {
        h = Number(m[8]);
      } else if (m[9] !== undefined) {
        // "high noon": a moment of decision, not a clock time.
        if (/\bhigh\s+$/i.test(doc.text.slice(Math.max(0, m.index - 6), m.index))) return null;
        h = m[9].toLowerCase() === 'midnight' ? 24 : 12;
      } else {
        // "4 in the morning", "8 in the evening".
        h = Number(m[10]);
        if (h < 1 || h > 12) return null;
        if (!/^morning$/i.test(m[11]!) && h !== 12) h += 12;
        if (/^morning$/i.test(m[11]!) && h === 12) h = 0;
      }
      if (h > 24 || min > 59) return null;
      const dayWord = m[13];
      const month = m[14] !== undefined && monthWordOk(m[14]) ? monthNumber(m[14]) : undefined;
      const dayOfMonth = m[15] === undefined ? 0 : Number(m[15]);
      // Times given in UTC/GMT carry the TIMEX3 zone designator Z.
      const utc = /^(?:GMT|UTC)$/i.test(m[7] ?? m[12] ?? '');
      const approx = m[1] !== undefined && /about|around|approximately/i.test(m[1]);
      // "shortly after 6 p.m." keeps its modifier out of the span; "at about 2 a.m." keeps "about" (a mod) but not "at".
      const start = m[1] !== undefined && !approx ? m.index + m[0].indexOf(m[0].slice(m[1].length).trimStart())
        : m[1] !== undefined && /^at\s/i.test(m[1]) ? m.index + /^at\s+/i.exec(m[0])![0].length : m.index;
      let end = m.index + m[0].length;
      if (/\.$/.test(m[0]) && /^\s*(?:$|\n|[A-Z])/.test(doc.text.slice(end, end + 2))) end--;
      const hhmm = `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}${utc ? 'Z' : ''}`;
      return {
        start, end, rule: 'time/clock', confidence: 0.9, type: 'time',
        fields: { year: 'inferred', month: 'inferred', day: 'inferred' },
        ...(approx ? { mod: 'APPROX' } : {}),
        resolve(ctx) {
          const mod = approx ? { mod: 'APPROX' } : {};
          if (month !== undefined) {
            const y = inferYear(ctx, month, dayOfMonth);
            if (y !== null && dayOfMonth >= 1 && dayOfMonth <= daysInMonth(y, month)) {
              const p = day(y, month, dayOfMonth);
              return { value: format(p) + hhmm, anchor: 'published', ...mod, point: p };
            }
          }
          if (dayWord !== undefined && ctx.published) {
            const w = dayWord.toLowerCase();
            const p = w === 'today' ? ctx.published : w === 'yesterday' ? addDays(ctx.published, -1)
              : w === 'tomorrow' ? addDays(ctx.published, 1) : weekdayPoint(ctx, weekdayIndex(w), undefined);
            if (p) return { value: format(p) + hhmm, anchor: 'published', ...mod, point: p };
          }
          // "the depot was hit at 10 p.m." after "hit on November 27": the day of that strike.
          const event = ctx.eventDay;
          if (event && event !== ctx.narrativeDay) return { value: format(event) + hhmm, anchor: 'narrative', ...mod };
          const ref = narrativeDay(ctx);
          if (!ref) return { value: `XXXX-XX-XX${hhmm}`, anchor: 'none', ...mod };
          return { value: format(ref.point) + hhmm, anchor: ref.anchor, ...mod };
        },
      };
    });
  },
};
