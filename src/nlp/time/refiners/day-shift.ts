/**
 * "The day after Monday's vote", "the day before June 9": a day counted from a
 * dated day is that day moved by one, and the timex takes in the words that move it. Runs after
 * resolve, on resolved day values (a month or a week has no day before it).
 */
import type { Refiner } from '../../pipeline.js';
import { addDays, format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';

const SHIFT_BEFORE = /\b(?:the\s+)?day\s+(before|after)\s+$/i;

export const dayShift: Refiner<TimexCandidate> = {
  name: 'time/day-shift',
  refine(doc, candidates) {
    const out: TimexCandidate[] = [];
    for (const c of candidates) {
      const point = c.resolved?.point;
      const m = c.resolved && point?.gran === 'day' && /^\d{4}-\d\d-\d\d$/.test(c.resolved.value)
        ? SHIFT_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 20), c.start)) : null;
      if (!m || !point) { out.push(c); continue; }
      const start = c.start - m[0].length;
      // A reading of "the day" itself gives way to the shifted date that contains it.
      while (out.length > 0 && out[out.length - 1]!.end > start) out.pop();
      const shifted = addDays(point, m[1]!.toLowerCase() === 'before' ? -1 : 1);
      out.push({ ...c, start, rule: 'time/day-shift', resolved: { ...c.resolved!, value: format(shifted), point: shifted } });
    }
    return out;
  },
};
