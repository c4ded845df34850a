/**
 * Fixed and computed holidays: "Christmas", "Christmas Eve", "Orthodox Christmas" (January 7),
 * "New Year's Day", "New Year's Eve",
 * "the New Year" (January 1; not a lunar or other calendar's new year, which "the" does not open),
 * "Thanksgiving" (fourth Thursday of November), "Independence Day", "Halloween", "Labor Day"
 * (first Monday of September), "Election Day" (the US one: the Tuesday after the first Monday of
 * November). The year comes from the text or from the tense.
 */
import type { Extractor } from '../../pipeline.js';
import { day, format, weekday } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { inferYear } from '../reference.js';
import { scanNear } from '../words.js';

const RE = /\b(?:(last|next|this)\s+)?((?:Orthodox\s+)?Christmas(?:\s+Eve|\s+Day)?|New\s+Year['’]s(?:\s+Eve|\s+Day)?|(?<=\b[Tt]he\s+)New\s+Year(?!['’])|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Labor\s+Day|Memorial\s+Day|Veterans\s+Day|Election\s+Day)\b(?:,?\s+(\d{4}))?/g;

function holiday(name: string, y: number): [number, number] | null {
  const n = name.toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
  // The Orthodox churches' Christmas on the Julian calendar: January 7 (the eve, January 6).
  if (n.startsWith('orthodox christmas eve')) return [1, 6];
  if (n.startsWith('orthodox christmas')) return [1, 7];
  if (n.startsWith('christmas eve')) return [12, 24];
  if (n.startsWith('christmas')) return [12, 25];
  if (n === "new year's eve") return [12, 31];
  if (n.startsWith("new year's") || n === 'new year') return [1, 1];
  if (n === 'independence day') return [7, 4];
  if (n === 'halloween') return [10, 31];
  if (n === 'veterans day') return [11, 11];
  if (n.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
  if (n === 'labor day') return nthWeekday(y, 9, 1, 1);
  // The US general election: the Tuesday after the first Monday of November.
  if (n === 'election day') { const [mm, dd] = nthWeekday(y, 11, 1, 1); return [mm, dd + 1]; }
  if (n === 'memorial day') { const last = 31 - ((weekday(y, 5, 31) + 6) % 7); return [5, last]; }
  return null;
}

function nthWeekday(y: number, m: number, dow: number, nth: number): [number, number] {
  const first = (dow - weekday(y, m, 1) + 7) % 7 + 1;
  return [m, first + 7 * (nth - 1)];
}

const TRIGGER = /\b(?:Orthodox|Christmas|New|Thanksgiving|Independence|Halloween|Labor|Memorial|Veterans|Election)\b/g;

export const holidays: Extractor<TimexCandidate> = {
  name: 'time/holiday',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 6, (m) => {
      const name = m[2]!;
      const rel = m[1]?.toLowerCase();
      const stated = m[3] === undefined ? null : Number(m[3]);
      // "Christmas trees", "Thanksgiving dinner" are still dated; "Independence Day" as a film title is rare enough.
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/holiday', confidence: 0.8, type: 'date',
        fields: { year: stated === null ? 'inferred' : 'stated', month: 'inferred', day: 'inferred' },
        resolve(ctx) {
          const probe = holiday(name, stated ?? ctx.published?.y ?? 2000);
          if (!probe) return null;
          let y = stated ?? inferYear(ctx, probe[0], probe[1]);
          // "After the New Year": the turn of the year nearest the report, unless the tense says which.
          if (stated === null && ctx.published && /^new\s+year$/i.test(name)) {
            const p = ctx.published;
            y = ctx.tense === 'past' ? p.y : ctx.tense === 'future' ? p.y + 1 : p.m >= 7 ? p.y + 1 : p.y;
          }
          if (stated === null && ctx.published && rel === 'last') y = ctx.published.y - 1;
          if (stated === null && ctx.published && rel === 'next') y = ctx.published.y + 1;
          if (y === null) return { value: `XXXX-${String(probe[0]).padStart(2, '0')}-${String(probe[1]).padStart(2, '0')}`, anchor: 'none' };
          const [mm, dd] = holiday(name, y) ?? probe;
          const point = day(y, mm, dd);
          return { value: format(point), anchor: stated === null ? 'published' : 'none', point };
        },
      };
    });
  },
};
