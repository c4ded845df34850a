/**
 * A part of the day the story stands on, named without a day: "in the morning", "by
 * mid-afternoon", "during the evening", "later in the day". It is the narrative day (the last
 * day the story moved to, else the publication date) with the TIMEX3 part-of-day code:
 * 2025-11-28TMO; "earlier/later in the day" is that day itself. A part of a named day ("the
 * morning of March 3", "Friday morning") is the other rules' (the longer span wins, and "of"
 * after the part is left alone).
 */
import type { Extractor } from '../../pipeline.js';
import { format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { narrativeDay } from '../reference.js';
import { dayPart, scan } from '../words.js';
import { make } from './offset.js';

const RE = /\b(?:in|during|by|until|till|throughout)\s+((?:the\s+)?(?:(?:early|late|mid)[\s-]?)?(morning|afternoon|evening)|the\s+(day))\b(?!\s+(?:of|before|after)\b|['’-])/gi;
const EARLIER_LATER = /\b(?:earlier|later|early|late)\s+$/i;

export const dayPartOfStory: Extractor<TimexCandidate> = {
  name: 'time/day-part',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const start = m.index + m[0].length - m[1]!.length;
      const end = m.index + m[0].length;
      if (m[3] !== undefined) {
        // "in the day" alone is generic ("twice in the day"); "later in the day" is the story's day.
        if (!EARLIER_LATER.test(doc.text.slice(Math.max(0, m.index - 10), m.index))) return null;
        return make(start, end, 'time/day-part', (ctx) => {
          const ref = narrativeDay(ctx);
          return ref ? { value: format(ref.point), anchor: ref.anchor } : null;
        });
      }
      const part = dayPart(m[2]!);
      return make(start, end, 'time/day-part', (ctx) => {
        const ref = narrativeDay(ctx);
        return ref ? { value: format(ref.point) + part, anchor: ref.anchor } : null;
      }, 'time');
    });
  },
};
