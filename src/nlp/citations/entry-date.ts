/**
 * A full calendar date inside a reference entry, in English or another European language:
 * "28 November 2025", "December 1, 2025", "12 août 2015", "1er décembre 2025", "2025-11-28".
 */
import { isValidDay } from '../../ingest/dates.js';
import { MONTH_NAME_PATTERN, monthNumber } from '../lexicon/months.js';

const DMY = new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th|\\.|º)?\\s+(?:de\\s+)?(${MONTH_NAME_PATTERN})\\.?,?\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu');
const MDY = new RegExp(`\\b(${MONTH_NAME_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'iu');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

export interface EntryDate {
  value: string;
  start: number;
  end: number;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The last full date in the text (entries put the publication date last). */
export function findEntryDate(text: string): EntryDate | null {
  let best: EntryDate | null = null;
  for (const re of [DMY, MDY, ISO]) {
    const g = new RegExp(re.source, 'giu');
    for (let m = g.exec(text); m !== null; m = g.exec(text)) {
      let y: number; let mo: number | undefined; let d: number;
      if (re === DMY) { d = Number(m[1]); mo = monthNumber(m[2]!); y = Number(m[3]); }
      else if (re === MDY) { mo = monthNumber(m[1]!); d = Number(m[2]); y = Number(m[3]); }
      else { y = Number(m[1]); mo = Number(m[2]); d = Number(m[3]); }
      if (mo === undefined || !isValidDay(y, mo, d)) continue;
      if (!best || m.index > best.start) best = { value: `${y}-${pad(mo)}-${pad(d)}`, start: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}
