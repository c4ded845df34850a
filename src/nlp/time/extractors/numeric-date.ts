/**
 * Dates written in digits: ISO "2025-11-23" (and "2025-11"), US "11/23/2025" and "11/23/98",
 * European "23.11.2025". A slash date is read month first (the news convention) unless the first
 * number cannot be a month.
 */
import type { Extractor } from '../../pipeline.js';
import { day, daysInMonth, format } from '../calendar.js';
import { type TimexCandidate } from '../candidate.js';
import { scan } from '../words.js';

const RE = /(?<![\d/.-])(?:(\d{4})-(\d{2})(?:-(\d{2}))?|(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\d/]|[.-]\d)/g;

export const numericDate: Extractor<TimexCandidate> = {
  name: 'time/numeric-date',
  extract(doc) {
    return scan(doc, RE, (m) => {
      let y: number;
      let mo: number;
      let d: number | null;
      if (m[1] !== undefined) { y = Number(m[1]); mo = Number(m[2]); d = m[3] === undefined ? null : Number(m[3]); }
      else if (m[4] !== undefined) {
        let a = Number(m[4]);
        let b = Number(m[5]);
        if (a > 12 && b <= 12) [a, b] = [b, a];
        mo = a; d = b;
        y = Number(m[6]);
        if (m[6]!.length === 2) y += y < 50 ? 2000 : 1900;
      } else { d = Number(m[7]); mo = Number(m[8]); y = Number(m[9]); }
      if (y < 1500 || y > 2100 || mo < 1 || mo > 12) return null;
      if (d !== null && (d < 1 || d > daysInMonth(y, mo))) return null;
      const point = d === null ? { y, m: mo, d: 1, gran: 'month' as const } : day(y, mo, d);
      const value = format(point);
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/numeric-date', confidence: 0.9, type: 'date',
        fields: { year: 'stated', month: 'stated', day: d === null ? 'none' : 'stated' },
        resolve: () => ({ value, anchor: 'none', point }),
      };
    });
  },
};
