/**
 * Years and decades: "2018", "in 1990", "fiscal 1989", "mid-2027", "early 1990", "the end of
 * 1994", "the 1980s", "the late 1970s", "the '80s", "post-1959" (after it: mod AFTER). A four-digit number is a year only in the
 * range a news report talks about and not as an amount ("$1990", "1,990", "2000 people").
 */
import type { Extractor } from '../../pipeline.js';
import type { TimexCandidate } from '../candidate.js';
import { fullYear } from '../reference.js';
import { modOf, scanNear } from '../words.js';

const MODS = String.raw`(?:early|late|mid-?|the\s+(?:beginning|start|middle|end|close)\s+of|(?:the\s+)?(?:first|second|last)\s+half\s+of|(?:fiscal|calendar|model|school)(?:\s+year)?)`;
const RE = new RegExp(
  String.raw`(?<![\p{L}\d$£€.,'’-])(?:(pre|post)-)?(?:(?:the\s+)?(${MODS})[\s-]*)?(?:(?:the\s+)?(early|mid|late)[\s-]*)?(1[0-9]\d\d|20\d\d|'\d0)(s)?(?![\p{L}\d]|[.,]\d|\s*(?:%|percent|per cent))`,
  'giu',
);
/** Words after a number that show it is an amount, not a year. */
const AMOUNT_AFTER = /^\s*(?:people|persons|men|women|troops|soldiers|workers|employees|jobs|units|cars|shares|tons|acres|miles|kilometers|feet|meters|dollars|euros|hours|days|votes|members|residents|deaths|cases|times|[-‐]?(?:odd|strong))\b/i;

const TRIGGER = /(?:1\d|20)\d\d|'\d0/g;

export const year: Extractor<TimexCandidate> = {
  name: 'time/year',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 40, (m) => {
      const modText = m[2]?.toLowerCase().replace(/\s+/g, ' ');
      const decade = m[5] !== undefined;
      const digits = m[4]!;
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (AMOUNT_AFTER.test(after)) return null;
      const short = digits.startsWith("'");
      if (short && !decade) return null;
      const n = short ? Number(digits.slice(1)) : Number(digits);
      if (!short && (n < 1500 || n > 2100)) return null;
      if (!decade && !short && !modText && m[3] === undefined && m[1] === undefined) {
        // A bare number 1500–1999 in a list of numbers ("1500, 2000 and 2500") is not a year.
        const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
        if (/\d[\d,.]*\s*(?:,|and|or|to|-|–)\s*$/.test(before) && !/\b(?:1[5-9]|20)\d\d\s*(?:,|and|or|to|-|–)\s*$/.test(before)) return null;
        if (/\b(?:No\.|number|flight|route|highway|room|page|article|resolution|chapter|section|model|about|some|nearly|almost|over|than)\s*$/i.test(before)) return null;
      }
      const mod = (m[1] ? (m[1].toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER') : undefined) ?? modOf(modText) ?? modOf(m[3]) ??
        (modText && /half/.test(modText) ? (modText.includes('first') ? 'START' : 'END') : undefined);
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/year', confidence: decade ? 0.85 : 0.8, type: 'date',
        fields: { year: 'stated', month: 'none', day: 'none' },
        ...(mod ? { mod } : {}),
        resolve(ctx) {
          const y = short ? fullYear(n, ctx) : n;
          if (decade) return { value: String(y).slice(0, 3), anchor: short ? 'published' : 'none', ...(mod ? { mod } : {}) };
          return { value: String(y), anchor: 'none', point: { y, m: 1, d: 1, gran: 'year' }, ...(mod ? { mod } : {}) };
        },
      };
    });
  },
};
