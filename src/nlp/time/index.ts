/**
 * The time stage: every temporal expression of a report, with its TIMEX3 type and value.
 *
 * extractors (each proposes spans from the words alone; the order breaks ties between spans of
 * equal length and confidence, so the more specific rules come first)
 *   1. month-day      — "November 23", "23 November 2025", "26 novembre 2025", "November 23 and 24"
 *   2. numeric-date   — "2025-11-23", "11/23/2025"
 *   3. month-year     — "May 2025", "late November", "the end of June", "last April"
 *   4. season         — "summer 1990"
 *   5. holiday        — "Christmas", "Thanksgiving"
 *   6. weekday        — "Friday", "last Tuesday", "Wednesday night"
 *   7. deictic-day    — "today", "yesterday", "this morning", "tonight"
 *   8. clock          — "6:00 a.m.", "noon"
 *   9. quarter        — "the third quarter", "third-quarter", "the quarter", "the first half"
 *      half-in-quarters — "the first two fiscal quarters of 2031" (a half; before the duration rule's
 *                       "two quarters" of the same length)
 *      quarter-code   — "Q1 2026", "H2 2026" (before the year rule, whose "2026" it contains)
 *  10. offset         — "ten months ago", "four days earlier", "two weeks from now"
 *      anaphora       — "the following day", "that evening", "the previous year", "year-earlier"
 *      day-part       — "in the morning", "by mid-afternoon", "later in the day" (the narrative day's)
 *      before-last    — "the week before last" (two weeks back; deictic-period leaves "the week
 *                       before" to the story's anchors)
 *  11. deictic-period — "last week", "earlier this year", "this weekend", "the end of the year"
 *  12. year           — "2018", "fiscal 1989", "mid-2027", "the 1980s"
 *      spoken-year    — "nineteen ninety-six", "the nineties", "the 20th century"
 *  13. duration       — "thirty days", "five to ten years", "the past three months", "for years"
 *      fraction       — "2 1/2 years", "an hour and a half" (before it: longer spans win anyway)
 *      long-adjective — "day-long", "decades-long" (a number before it is the duration rule's)
 *  14. set            — "daily", "every three months", "twice a week"
 *  15. vague          — "now", "recently", "the future" (least specific: any longer span wins)
 * refiners (order matters)
 *   1. day-shift  — "the day before June 9", "the day after Monday's vote": a day-naming rule's
 *                   candidate moved by one, added in front of the list so that it wins the overlap
 *                   and its ties (read from the extractors' candidates: no day is parsed twice)
 *   2. not-a-date — drop words of names and titles ("Theresa May", a heading "The Fall") before
 *                   they can win an overlap against a real date
 *   3. overlap    — one reading per stretch of text: the longest span wins
 *   4. resolve    — in document order, values from the publication date (deictic), the narrative
 *                   time (anaphoric) and the sentence's tense; needs the final spans
 *   5. shared-date — "from 8:30 a.m. to 2:00 p.m. on March 14": the first time takes the
 *                   second's day; needs resolved values
 *   6. range-order — "from Monday to Wednesday": the second weekday on or after the first
 */
import type { Timex } from '../../model/annotations.js';
import { defineStage, type Stage } from '../pipeline.js';
import type { TimexCandidate } from './candidate.js';
import { clock } from './extractors/clock.js';
import { deicticDay } from './extractors/deictic-day.js';
import { deicticPeriod } from './extractors/deictic-period.js';
import { duration } from './extractors/duration.js';
import { fraction } from './extractors/fraction.js';
import { longAdjective } from './extractors/long-adjective.js';
import { holidays } from './extractors/holiday.js';
import { monthDay } from './extractors/month-day.js';
import { monthYear } from './extractors/month-year.js';
import { numericDate } from './extractors/numeric-date.js';
import { offset } from './extractors/offset.js';
import { anaphora } from './extractors/anaphora.js';
import { dayPartOfStory } from './extractors/day-part.js';
import { quarter } from './extractors/quarter.js';
import { halfInQuarters } from './extractors/half-in-quarters.js';
import { quarterCode } from './extractors/quarter-code.js';
import { beforeLast } from './extractors/before-last.js';
import { season } from './extractors/season.js';
import { set } from './extractors/set.js';
import { vague } from './extractors/vague.js';
import { weekday } from './extractors/weekday.js';
import { year } from './extractors/year.js';
import { spokenYear } from './extractors/spoken-year.js';
import { notADate } from './refiners/not-a-date.js';
import { overlap } from './refiners/overlap.js';
import { resolve } from './refiners/resolve.js';
import { sharedDate } from './refiners/shared-date.js';
import { dayShift } from './refiners/day-shift.js';
import { rangeOrder } from './refiners/range-order.js';

export const timeStage: Stage = defineStage<TimexCandidate>({
  name: 'time',
  extractors: [
    monthDay, numericDate, monthYear, season, holidays, weekday, deicticDay, clock, quarter, halfInQuarters, quarterCode, offset, anaphora, dayPartOfStory,
    beforeLast, deicticPeriod, year, spokenYear, fraction, duration, longAdjective, set, vague,
  ],
  refiners: [dayShift, notADate, overlap, resolve, sharedDate, rangeOrder],
  commit(doc, results) {
    const timexes: Timex[] = [];
    for (const c of results) {
      const r = c.resolved;
      if (!r) continue;
      const mod = r.mod ?? c.mod;
      timexes.push({
        start: c.start, end: c.end, rule: c.rule, confidence: c.confidence, type: c.type, value: r.value,
        ...(mod !== undefined ? { mod } : {}),
        fields: r.fields ?? c.fields,
        anchor: r.anchor,
      });
    }
    doc.layers.timexes = timexes;
  },
});
