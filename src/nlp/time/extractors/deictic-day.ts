/**
 * Days named from the publication date: "today", "yesterday", "tomorrow", "tonight",
 * "this morning", "last night", "yesterday afternoon", "late yesterday", "earlier today",
 * "the day before yesterday", "mid-afternoon yesterday".
 */
import type { Extractor } from '../../pipeline.js';
import { addDays, format } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { DAY_PART_PATTERN, dayPart, scan } from '../words.js';

const RE = new RegExp(
  String.raw`\b(?:(early|late|earlier|later)\s+)?(?:(the\s+day\s+(?:before|after)\s+)?(today|yesterday|tomorrow)(?:\s+(${DAY_PART_PATTERN}))?|(tonight)|(this|last|tomorrow|yesterday)\s+(${DAY_PART_PATTERN}))\b(?!['’]s\s+(?:news|paper|world|youth))`,
  'gi',
);

const PART_BEFORE = /\b(?:(?:early|late)[\s-]|mid-?)?(morning|afternoon|evening)\s+$/i;

export const deicticDay: Extractor<TimexCandidate> = {
  name: 'time/deictic-day',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const modWord = m[1]?.toLowerCase();
      const shiftWord = m[2]?.toLowerCase();
      const word = (m[3] ?? m[5] ?? m[6])!.toLowerCase();
      const partWord = m[4] ?? (m[5] ? 'night' : m[7]);
      // "Today" as the name of a programme or paper ("the Today show") is not a date.
      if (m[3] && /^Today$/.test(m[3]) && /^\s+(?:show|programme|program|newspaper)\b/i.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      let offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      if (shiftWord?.includes('before')) offset -= 1;
      if (shiftWord?.includes('after')) offset += 1;
      if (word === 'last') offset = partWord && /night|evening/i.test(partWord) ? -1 : 0;
      // "mid-afternoon yesterday", "late morning today": the part of the day written first.
      const partBefore = !partWord && m[3] ? PART_BEFORE.exec(doc.text.slice(Math.max(0, m.index - 20), m.index)) : null;
      const part = partWord ? dayPart(partWord) : partBefore ? dayPart(partBefore[1]!) : '';
      const start = partBefore ? m.index - partBefore[0].length : m.index;
      const mod = modWord === 'early' || modWord === 'earlier' ? 'START' : modWord === 'late' || modWord === 'later' ? 'END' : undefined;
      return {
        start, end: m.index + m[0].length, rule: 'time/deictic-day', confidence: 0.95,
        type: part ? 'time' : 'date',
        fields: { year: 'inferred', month: 'inferred', day: 'inferred' },
        ...(mod ? { mod } : {}),
        resolve(ctx) {
          if (!ctx.published) return { value: word === 'today' && !part ? 'PRESENT_REF' : 'XXXX-XX-XX', anchor: 'none' };
          const point = addDays(ctx.published, offset);
          return { value: format(point) + part, anchor: 'published', point, ...(mod ? { mod } : {}) };
        },
      };
    });
  },
};
