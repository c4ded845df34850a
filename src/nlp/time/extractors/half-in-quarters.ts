/**
 * A half year told in quarters: "the first two fiscal quarters of 2031" is 2031-H1, "the last two
 * quarters" (of the story's year) H2. A count of quarters with no "first"/"last" ("two quarters
 * of losses") is the duration rule's.
 */
import type { Extractor } from '../../pipeline.js';
import type { TimexCandidate } from '../candidate.js';
import { scan } from '../words.js';

const RE = /\b(?:the\s+)(first|last|second|final)\s+two\s+(?:fiscal\s+)?quarters\b(?:\s+of\s+(?:(?:fiscal\s+)?(\d{4})|(this|last|next)\s+year)\b)?/gi;

export const halfInQuarters: Extractor<TimexCandidate> = {
  name: 'time/half-in-quarters',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const half = m[1]!.toLowerCase() === 'first' ? 1 : 2;
      const stated = m[2] === undefined ? null : Number(m[2]);
      const rel = m[3]?.toLowerCase();
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/half-in-quarters', confidence: 0.85, type: 'date',
        fields: { year: stated === null ? 'inferred' : 'stated', month: 'none', day: 'none' },
        resolve(ctx) {
          const y = stated ?? (ctx.published ? ctx.published.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0) : null);
          if (y === null) return null;
          return { value: `${y}-H${half}`, anchor: stated === null ? 'published' : 'none' };
        },
      };
    });
  },
};
