/**
 * Word lists and small helpers shared by the time stage's rules: calendar units, weekdays,
 * parts of the day, seasons, and `scan`, which runs one rule's regex over the text.
 */
import type { Document } from '../../model/document.js';
import type { Unit } from './calendar.js';
import type { TimexCandidate } from './candidate.js';

/** Unit words (singular or plural, any case) → calendar unit or clock unit. */
export type AnyUnit = Unit | 'hour' | 'minute' | 'second';
export const UNIT_PATTERN = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))';

export function unitOf(word: string): AnyUnit | null {
  const w = word.toLowerCase().replace(/s$/, '').replace(/ie$/, 'y');
  switch (w) {
    case 'second': case 'minute': case 'hour': case 'day': case 'week': case 'month': case 'quarter':
    case 'year': case 'decade': case 'century': return w;
    case 'night': return 'day';
    case 'fortnight': return 'week';
    default: return null;
  }
}

/** The TIMEX3 duration of `n` units: P30D, PT6H, P2Y, PXY (n = null), P10Y for a decade, PXY for decades. */
export function durationValue(n: number | null, unit: AnyUnit, word = ''): string {
  const fortnight = /^fortnight/i.test(word);
  const q = n === null ? 'X' : formatAmount(fortnight ? n * 2 : n);
  switch (unit) {
    case 'second': return `PT${q}S`;
    case 'minute': return `PT${q}M`;
    case 'hour': return `PT${q}H`;
    case 'day': return `P${q}D`;
    case 'week': return `P${q}W`;
    case 'month': return `P${q}M`;
    case 'quarter': return `P${q}Q`;
    case 'year': return `P${q}Y`;
    // Decades and centuries in years ("the past decade" is P10Y); an unknown number of them is
    // an unknown number of years ("for decades", "decades-long": PXY).
    case 'decade': return n === null ? 'PXY' : `P${formatAmount(n * 10)}Y`;
    case 'century': return n === null ? 'PXY' : `P${formatAmount(n * 100)}Y`;
  }
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(n).replace(/^0\./, '0.');
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
export const WEEKDAY_PATTERN = '(?:Sun|Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?)day|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY';

/** 0 = Sunday … 6 = Saturday, or -1. */
export function weekdayIndex(word: string): number {
  return WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
}

/** Parts of the day and their TIMEX3 codes. */
export const DAY_PART_PATTERN = '(?:morning|afternoon|evening|night|overnight|midday|noon|midnight)';
export function dayPart(word: string): string {
  switch (word.toLowerCase()) {
    case 'morning': return 'TMO';
    case 'afternoon': return 'TAF';
    case 'evening': return 'TEV';
    case 'night': case 'overnight': return 'TNI';
    case 'midday': case 'noon': return 'T12:00';
    case 'midnight': return 'T24:00';
    default: return '';
  }
}

/** Modifier words before a period and their TIMEX3 mods. */
export function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/[-\s]+$/, '');
  if (/^(early|earlier|the beginning of|the start of|beginning of|start of)$/.test(w)) return 'START';
  if (/^(mid|middle of|the middle of|the mid)$/.test(w)) return 'MID';
  if (/^(late|later|the end of|end of|the close of|the last days of)$/.test(w)) return 'END';
  return undefined;
}

/**
 * Run a rule's global regex over the text and collect what `build` makes of each match
 * (null to reject). The regex must have the `g` flag. After a rejected match the search
 * resumes one character later, so a shorter reading inside it can still be found ("a year"
 * rejected, "year-earlier" found).
 */
export function scan(
  doc: Document,
  re: RegExp,
  build: (m: RegExpExecArray, doc: Document) => TimexCandidate | null,
): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  const text = doc.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const c = build(m, doc);
    if (c) out.push(c);
    else re.lastIndex = m.index + 1;
    if (m[0].length === 0) re.lastIndex = m.index + 1;
  }
  return out;
}

/** Start offset of capture group `i` (regex `d` flag indices), or the match start. */
export function groupStart(m: RegExpExecArray, i: number): number {
  return m.indices?.[i]?.[0] ?? m.index;
}

/**
 * `scan`, but the rule's regex only runs near the places a cheap `trigger` regex finds (the
 * word every match must contain: a unit, a month name, "quarter"), from `back` characters
 * before each. Rules whose regexes open with optional prefixes ("about", "the past", "late")
 * are slow to try at every position of the text; the trigger is not. Every match of `re`
 * must contain a trigger match and start at most `back` characters before it.
 */
export function scanNear(
  doc: Document,
  trigger: RegExp,
  re: RegExp,
  back: number,
  build: (m: RegExpExecArray, doc: Document) => TimexCandidate | null,
): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  const text = doc.text;
  // The first match at or after a position does not depend on where the search began, so one
  // search answers every later start up to the match it found: without this memo, a trigger
  // far from any match would scan on to the next match (or the end of the text) each time,
  // quadratic in a long report.
  let searchedFrom = -1;
  let found: RegExpExecArray | null = null;
  const firstFrom = (pos: number): RegExpExecArray | null => {
    if (searchedFrom >= 0 && searchedFrom <= pos && (found === null || found.index >= pos)) return found;
    re.lastIndex = pos;
    searchedFrom = pos;
    found = re.exec(text);
    if (found !== null && found[0].length === 0) found = null; // rule regexes never match empty; be safe
    return found;
  };
  let floor = 0;
  trigger.lastIndex = 0;
  for (let t = trigger.exec(text); t !== null; t = trigger.exec(text)) {
    const tEnd = t.index + t[0].length;
    if (tEnd <= floor) continue;
    let m = firstFrom(Math.max(floor, t.index - back));
    while (m !== null && m.index < tEnd) {
      const mEnd = m.index + m[0].length;
      if (mEnd <= t.index) { m = firstFrom(Math.max(m.index + 1, mEnd)); continue; }
      const c = build(m, doc);
      if (c) { out.push(c); floor = mEnd; break; }
      m = firstFrom(m.index + 1);
    }
    if (t[0].length === 0) trigger.lastIndex++;
  }
  return out;
}
