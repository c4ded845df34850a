/**
 * Seasons of a stated year: "summer 1990", "the spring of 2025", "early fall 1998",
 * "winter 2024–25" (the year it starts). Seasons without a year are the deictic-period rule's
 * ("this summer", "last fall"); "The Fall" alone is never a date.
 */
import type { Extractor } from '../../pipeline.js';
import { format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { modOf, scan } from '../words.js';

const RE = /\b(?:(early|late|mid-?)\s*)?(?:the\s+)?(spring|summer|fall|autumn|winter)(?:\s+of)?,?\s+(\d{4})(?![\d,.]\d)/gi;
const SEASON: Record<string, number> = { spring: 1, summer: 2, fall: 3, autumn: 3, winter: 4 };

export const season: Extractor<TimexCandidate> = {
  name: 'time/season',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const part = SEASON[m[2]!.toLowerCase()];
      const y = Number(m[3]);
      if (part === undefined || y < 1500 || y > 2100) return null;
      const mod = modOf(m[1]);
      const value = format({ y, m: 1, d: 1, gran: 'season', part });
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/season', confidence: 0.9, type: 'date',
        fields: { year: 'stated', month: 'none', day: 'none' },
        ...(mod ? { mod } : {}),
        resolve: () => ({ value, anchor: 'none', ...(mod ? { mod } : {}) }),
      };
    });
  },
};
