/**
 * Years and decades spelled out, as broadcast transcripts write them: "nineteen ninety-six",
 * "nineteen eighty", "two thousand", "two thousand and one", "the nineties", "the
 * twenties"; and centuries: "the 20th century", "the eleventh century" (TIMEX3 "19", "10").
 * A month or "the winter of" just before a spelled-out year joins it: "January nineteen
 * ninety-seven" (1997-01), "the winter of nineteen eighty-two" (1982-WI).
 */
import { ORDINAL_PATTERN, parseNumber, parseOrdinal } from '../../lexicon/numbers.js';
import type { Extractor } from '../../pipeline.js';
import { fixed, type TimexCandidate } from '../candidate.js';
import { scan } from '../words.js';
import { MONTH_NAME_PATTERN, monthNumber } from '../../lexicon/months.js';

const BEFORE = new RegExp(String.raw`(?:\b(${MONTH_NAME_PATTERN})|\b(the\s+(spring|summer|fall|autumn|winter)\s+of))\s+$`, 'i');
const SEASON: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const RE = new RegExp(
  String.raw`\b(?:the\s+year\s+)?(?:(nineteen|eighteen|twenty)[\s-]+((?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|o[\s-](?:${ONES}))` +
  String.raw`|(two\s+thousand(?:\s+and)?(?:\s+(?:${TENS})(?:[\s-](?:${ONES}))?|\s+(?:${TEENS}|${ONES}))?)` +
  String.raw`|the\s+((?:early|mid|late)[\s-]+)?(${TENS.replace('twenty|', 'twenties|').replace(/ty\b/g, 'ties').replace('twenties|', 'twenties|')})` +
  String.raw`|(?:the\s+)?(${ORDINAL_PATTERN})[\s-]+century)\b(?![\s-]+(?:percent|people|dollars|years|days|months|hours|minutes|times))`,
  'gi',
);

export const spokenYear: Extractor<TimexCandidate> = {
  name: 'time/spoken-year',
  extract(doc) {
    return scan(doc, RE, (m) => {
      let value: string;
      let mod: string | undefined;
      if (m[1] !== undefined) {
        const century = parseNumber(m[1])!;
        const rest = m[2]!.replace(/^o[\s-]/i, '');
        const n = parseNumber(rest);
        if (n === null || n > 99) return null;
        value = String(century * 100 + n);
      } else if (m[3] !== undefined) {
        const n = parseNumber(m[3].replace(/\s+and\b/i, ''));
        if (n === null || n < 2000 || n > 2099) return null;
        // "two thousand" alone is usually an amount.
        if (n === 2000 && !/^the\s+year/i.test(m[0]) && !/\b(?:in|since|until|by|of|before|after)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 8), m.index))) return null;
        value = String(n);
      } else if (m[5] !== undefined) {
        const tens = parseNumber(m[5].toLowerCase().replace(/ies$/, 'y'));
        if (tens === null) return null;
        value = `19${String(tens).slice(0, 1)}`;
        const w = m[4]?.trim().toLowerCase();
        mod = w === 'early' ? 'START' : w === 'mid' ? 'MID' : w === 'late' ? 'END' : undefined;
      } else {
        const n = parseOrdinal(m[6]!);
        if (n === null || n < 1 || n > 22) return null;
        value = String(n - 1).padStart(2, '0');
      }
      let start = m.index;
      if (m[1] !== undefined || m[3] !== undefined) {
        const b = BEFORE.exec(doc.text.slice(Math.max(0, m.index - 24), m.index));
        const month = b?.[1] !== undefined ? monthNumber(b[1]) : undefined;
        if (b && b[1] !== undefined && month !== undefined && /^[A-Z]/.test(b[1])) {
          value = `${value}-${String(month).padStart(2, '0')}`;
          start = m.index - b[0].length;
        } else if (b && b[3] !== undefined) {
          value = `${value}-${SEASON[b[3].toLowerCase()]!}`;
          start = m.index - b[0].length;
        }
      }
      return {
        start, end: m.index + m[0].length, rule: 'time/spoken-year', confidence: 0.8, type: 'date',
        fields: { year: 'stated', month: 'none', day: 'none' },
        ...(mod ? { mod } : {}),
        resolve: fixed(value, mod ? { mod } : {}),
      };
    });
  },
};
