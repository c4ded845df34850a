/**
 * "The day after Monday's vote", "the day before June 9": a day counted from a dated day is that
 * day moved by one; the timex takes in the words that move it, and the story moves to the
 * shifted day ("The day before Tuesday's hearing he met his brother … in court the next
 * morning" is Tuesday). Wraps the candidates of the rules that name a day (month-day, weekday,
 * holiday) that follow "the day before/after"; a day with a part ("Friday night") is left alone.
 * The wider candidate is added in front of the others, so that it wins the overlap and its ties;
 * the day it wraps stays for the overlap refiner to drop.
 */
import type { Refiner } from '../../pipeline.js';
import { addDays, format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';

const ANY = /\bday\s+(?:before|after)\s/i;
const SHIFT_BEFORE = /\b(?:the\s+)?day\s+(before|after)\s+$/i;
/** The rules whose candidates name one day, in the order their wrappers are listed. */
const DAY_RULES = ['time/month-day', 'time/weekday', 'time/holiday'] as const;

export const dayShift: Refiner<TimexCandidate> = {
  name: 'time/day-shift',
  refine(doc, candidates) {
    if (!ANY.test(doc.text)) return candidates;
    const wrappers: TimexCandidate[] = [];
    for (const rule of DAY_RULES) {
      for (const inner of candidates) {
        if (inner.rule !== rule || inner.type !== 'date') continue;
        const m = SHIFT_BEFORE.exec(doc.text.slice(Math.max(0, inner.start - 20), inner.start));
        if (!m) continue;
        const days = m[1]!.toLowerCase() === 'before' ? -1 : 1;
        wrappers.push({
          ...inner, start: inner.start - m[0].length, rule: 'time/day-shift',
          resolve(ctx) {
            const r = inner.resolve(ctx);
            if (!r?.point || r.point.gran !== 'day' || !/^\d{4}-\d\d-\d\d$/.test(r.value)) return null;
            const point = addDays(r.point, days);
            return { ...r, value: format(point), point };
          },
        });
      }
    }
    return wrappers.length === 0 ? candidates : [...wrappers, ...candidates];
  },
};
