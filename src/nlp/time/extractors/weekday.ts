/**
 * Days of the week: "Friday", "last Friday", "next Tuesday", "early Tuesday", "Friday morning",
 * "Wednesday night". News counts them from the publication date: the most recent such day (the
 * day itself included) in a past or untensed sentence, the coming one in a future sentence.
 * "This Thursday" is the Thursday of the publication date's week. "The previous Friday", "the
 * following Monday" count from the narrative day. Only capitalised
 * names ("a friday" is not a date). A possessive ("Wednesday's ruling") names an event by its
 * day: the tense of the verb around it says nothing about that day.
 */
import type { Extractor } from '../../pipeline.js';
import { format } from '../calendar.js';
import { narrativeDay, weekdayPoint } from '../reference.js';
import { addDays, weekday as dayOfWeek, type Point } from '../calendar.js';
import type { ResolveContext } from '../candidate.js';
import type { TimexCandidate } from '../candidate.js';
import { DAY_PART_PATTERN, WEEKDAY_PATTERN, dayPart, scan, weekdayIndex } from '../words.js';

const RE = new RegExp(
  String.raw`\b(?:((?:[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Tt]hat|[Tt]he\s+(?:previous|following|next|preceding))(?:\s+(?:last|next|this|coming))?)\s+)?(${WEEKDAY_PATTERN})\b(?:,?\s+(${DAY_PART_PATTERN})\b)?`,
  'g',
);

export const weekday: Extractor<TimexCandidate> = {
  name: 'time/weekday',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const rel = m[1]?.toLowerCase();
      const target = weekdayIndex(m[2]!);
      if (target < 0) return null;
      const part = m[3] ? dayPart(m[3]) : '';
      // "Friday, November 28": the calendar date that follows says more; leave it to that rule.
      const possessive = !m[3] && /^['’]s\b/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const mod = rel === 'early' || rel === 'earlier' ? 'START' : rel === 'late' || rel === 'later' ? 'END' : undefined;
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/weekday', confidence: 0.9,
        type: part ? 'time' : 'date',
        fields: { year: 'inferred', month: 'inferred', day: 'inferred' },
        ...(mod ? { mod } : {}),
        resolve(context) {
          // "Wednesday's ruling": the event the noun names, whatever the tense of the verb around it.
          const ctx = possessive ? { ...context, tense: 'none' as const } : context;
          const point = rel?.startsWith('the ') ? relativeToNarrative(ctx, target, /previous|preceding/.test(rel) ? -1 : 1)
            : weekdayPoint(ctx, target, rel?.replace(/^(early|late|earlier|later|this) /, '').replace(/^(?:this )?coming$/, 'next'));
          if (!point) return { value: 'XXXX-XX-XX', anchor: 'none' };
          return { value: format(point) + part, anchor: 'published', point, ...(mod ? { mod } : {}) };
        },
      };
    });
  },
};

function relativeToNarrative(ctx: ResolveContext, target: number, direction: -1 | 1): Point | null {
  const ref = narrativeDay(ctx);
  if (!ref) return null;
  let diff = target - dayOfWeek(ref.point.y, ref.point.m, ref.point.d);
  if (direction < 0 && diff >= 0) diff -= 7;
  if (direction > 0 && diff <= 0) diff += 7;
  return addDays(ref.point, diff);
}
