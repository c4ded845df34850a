/**
 * Days and periods named from the narrative time: "the following day", "the next morning",
 * "that evening", "earlier that day", "the previous year", "a day later", "the day before",
 * "year-earlier", "year-ago" (the last two from the publication date, in the story's quarter
 * when it has one).
 */
import type { Extractor } from '../../pipeline.js';
import { format, type Unit } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { atDistance } from '../reference.js';
import { scan, unitOf } from '../words.js';
import { make } from './offset.js';

const RE = new RegExp(
  String.raw`\b((?:(?:earlier|later)\s+)?(?:the\s+(?:following|next|previous|prior|preceding|same)|that|a|one))\s+(day|morning|afternoon|evening|night|week|weekend|month|year)\b(\s+(?:later|earlier|before|after))?` +
  String.raw`|\b(the\s+day\s+(?:before|after))\b(?!\s+(?:yesterday|tomorrow))` +
  String.raw`|\b(year|month|week|quarter)[-‐](earlier|ago)\b`,
  'gi',
);

export const anaphora: Extractor<TimexCandidate> = {
  name: 'time/anaphora',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const start = m.index;
      const end = m.index + m[0].length;
      if (m[2] !== undefined) {
        const which = m[1]!.toLowerCase().replace(/\s+/g, ' ');
        const word = m[2].toLowerCase();
        const after = m[3]?.trim().toLowerCase();
        if ((which === 'a' || which === 'one') && after === undefined) return null;
        // "a day after the Geneva round": a relation to an event the text names, not a point of its own.
        if ((after === 'after' || after === 'before') && /^\s+\p{L}/u.test(doc.text.slice(end, end + 3))) return null;
        if (which.endsWith('that') && !/^(?:day|morning|afternoon|evening|night|week|weekend)$/.test(word)) return null;
        // "on the same day as the presidential vote": the day of an event the text names, not the story's day.
        if (which.endsWith('same') && /^\s+as\b/i.test(doc.text.slice(end, end + 4))) return null;
        let n = /following|next/.test(which) ? 1 : /previous|prior|preceding/.test(which) ? -1 : 0;
        if (after) n = after === 'later' || after === 'after' ? 1 : -1;
        const part = word === 'morning' ? 'TMO' : word === 'afternoon' ? 'TAF' : word === 'evening' ? 'TEV' : word === 'night' ? 'TNI' : '';
        const unit: Unit = part || word === 'day' ? 'day' : word === 'weekend' ? 'week' : (word as Unit);
        return make(start, end, 'time/anaphora', (ctx) => {
          const r = atDistance(ctx, false, unit, n, undefined, n < 0 ? -1 : 1, false);
          if (!r) return null;
          if (word === 'weekend' && r.point) return { ...r, value: format({ ...r.point, gran: 'weekend' }) };
          return part ? { ...r, value: r.value + part } : r;
        }, part ? 'time' : 'date');
      }
      if (m[4] !== undefined) {
        const n = /after/i.test(m[4]) ? 1 : -1;
        // "the day before the vote": a relation to an event the text names, not a point of its own
        // ("told an interviewer the day before that …", "the day before in Geneva" are points).
        if (/^\s+\p{L}/u.test(doc.text.slice(end, end + 3)) && !/^\s+(?:that|and|but|in|at|on|with|from|by)\b/.test(doc.text.slice(end, end + 8))) return null;
        return make(start, end, 'time/anaphora', (ctx) => atDistance(ctx, false, 'day', n, undefined));
      }
      const unit = unitOf(m[5]!);
      if (!unit) return null;
      return make(start, end, 'time/anaphora', (ctx) => atDistance(ctx, m[6]!.toLowerCase() === 'ago', unit, -1, undefined));
    });
  },
};
