/**
 * "The week before last", "the month before last", "the year before last": two calendar periods
 * back from the publication date's (2025-W47 in a paper of 2 December 2025). "The day before
 * yesterday" is the deictic-day rule's.
 */
import type { Extractor } from '../../pipeline.js';
import { format, shift, withGranularity } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { scan } from '../words.js';

const RE = /\b(?:the\s+)?(week|month|year)\s+before\s+last\b/gi;

export const beforeLast: Extractor<TimexCandidate> = {
  name: 'time/before-last',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const unit = m[1]!.toLowerCase() as 'week' | 'month' | 'year';
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/before-last', confidence: 0.9, type: 'date',
        fields: { year: 'inferred', month: unit === 'year' ? 'none' : 'inferred', day: 'none' },
        resolve(ctx) {
          if (!ctx.published) return null;
          return { value: format(withGranularity(shift(ctx.published, unit, -2), unit)), anchor: 'published' };
        },
      };
    });
  },
};
