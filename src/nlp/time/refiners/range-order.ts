/**
 * A range runs forward: in "from Monday to Wednesday" or "between Friday and Sunday" the second
 * weekday falls on or after the first. When the tense sent them out of order, a range told in
 * the past ends on its last day (the first moves a week back), one told ahead on its later day
 * (the second moves a week on). Runs after resolve, on resolved weekdays.
 */
import type { Refiner } from '../../pipeline.js';
import { addDays, compareDays, format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';

const JOIN = /^\s*(?:to|until|till|through|-|–|—)\s*$/i;
/** "and" makes a range only after "between" ("statements made Friday and Thursday" is a list). */
const AND = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

export const rangeOrder: Refiner<TimexCandidate> = {
  name: 'time/range-order',
  refine(doc, candidates) {
    const out = candidates.slice();
    for (let i = 0; i + 1 < out.length; i++) {
      const a = out[i]!;
      const b = out[i + 1]!;
      const pa = a.resolved?.point;
      const pb = b.resolved?.point;
      if (!pa || !pb || a.rule !== 'time/weekday' || b.rule !== 'time/weekday' || pa.gran !== 'day' || pb.gran !== 'day') continue;
      const gap = doc.text.slice(a.end, b.start);
      const range = JOIN.test(gap) || (AND.test(gap) && BETWEEN_BEFORE.test(doc.text.slice(Math.max(0, a.start - 10), a.start)));
      if (!range || compareDays(pb, pa) >= 0) continue;
      // Told in the past (the second day lies behind the report): the range ended on that day, so
      // it began a week earlier; told ahead: it ends on the later day.
      const published = doc.meta.published;
      if (published && format(pb) <= published) {
        const moved = addDays(pa, -7);
        out[i] = { ...a, resolved: { ...a.resolved!, value: format(moved) + a.resolved!.value.slice(10), point: moved } };
      } else {
        const moved = addDays(pb, 7);
        out[i + 1] = { ...b, resolved: { ...b.resolved!, value: format(moved) + b.resolved!.value.slice(10), point: moved } };
      }
    }
    return out;
  },
};
