/**
 * English number words as they appear in news prose ("twenty four", "a couple of", "several"),
 * shared by the stages that read quantities. `NUMBER_PATTERN` matches a number written in
 * digits or words; `parseNumber` reads it back (null for vague quantities such as "several").
 */
import { triePattern } from './trie-pattern.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const VAGUE = new Set(['several', 'few', 'a few', 'some', 'many', 'numerous', 'a number of', 'multiple', 'couple of', 'dozens of', 'hundreds of', 'thousands of']);

const unitWords = triePattern(Object.keys(UNITS));
const tenWords = triePattern(Object.keys(TENS));
const SIMPLE = `(?:${tenWords}(?:[- ]${triePattern(Object.keys(UNITS).slice(1, 10))})?|${unitWords})`;

/** A number: digits ("30", "1,000", "2.5"), words ("thirty", "twenty-four", "a hundred"), "a"/"an", or a vague quantity. */
export const NUMBER_PATTERN =
  `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:hundred|thousand)(?:[- ](?:and[- ])?${SIMPLE})?|${SIMPLE}|a(?: couple of| few| dozen| half|n)?|several|few|some|many|dozens of|half an?)`;

/** The value of a number matched by NUMBER_PATTERN; null for vague quantities ("several"). */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'half a' || t === 'half an' || t === 'a half') return 0.5;
  if (VAGUE.has(t)) return null;
  let total = 0;
  let current = 0;
  for (const w of t.split(' ')) {
    if (w === 'and') continue;
    if (w === 'a') { current = 1; continue; }
    const u = UNITS[w] ?? TENS[w];
    if (u !== undefined) { current += u; continue; }
    if (w === 'hundred') { current = (current || 1) * 100; continue; }
    if (w === 'thousand') { total += (current || 1) * 1000; current = 0; continue; }
    return null;
  }
  return total + current;
}

/** Ordinal words and numerals: "third" → 3, "3rd" → 3. */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
};
export const ORDINAL_PATTERN = `(?:${Object.keys(ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))`;
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const n = ORDINALS[t];
  if (n !== undefined) return n;
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  return m ? Number(m[1]) : null;
}
