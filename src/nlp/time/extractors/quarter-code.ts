/**
 * Quarters and halves written as business codes: "Q1 2026", "Q3 '25", "2026 Q2", "H2 2026",
 * "2026-H1" → 2026-Q1, 2026-H2. A code without a year ("in Q3") is left alone: nothing says
 * which year's.
 */
import type { Extractor } from '../../pipeline.js';
import type { TimexCandidate } from '../candidate.js';
import { fullYear } from '../reference.js';
import { scan } from '../words.js';

const RE = /\b(?:([QH])([1-4])\s*(?:of\s+)?(\d{4}|['’]\d{2})|(\d{4})[-\s]([QH])([1-4]))\b/g;

export const quarterCode: Extractor<TimexCandidate> = {
  name: 'time/quarter-code',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const kind = (m[1] ?? m[5])!;
      const n = Number(m[2] ?? m[6]);
      if (kind === 'H' && n > 2) return null;
      const yearText = (m[3] ?? m[4])!;
      const twoDigit = /^['’]/.test(yearText);
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/quarter-code', confidence: 0.9, type: 'date',
        fields: { year: 'stated', month: 'none', day: 'none' },
        resolve(ctx) {
          const y = twoDigit ? fullYear(Number(yearText.slice(1)), ctx) : Number(yearText);
          return { value: `${y}-${kind}${n}`, anchor: 'none' };
        },
      };
    });
  },
};
