/**
 * A month of a year or a month on its own: "May 2025", "novembre 2025", "October",
 * "late November", "mid-June", "the end of June", "early December", "last April", "next February",
 * "July last year".
 * A bare English month name must be capitalised, and the ambiguous ones ("May", "March") need a
 * word before them that only a date takes (in, since, until, by, last, early, ...).
 */
import { foldDiacritics, monthNumber } from '../../lexicon/months.js';
import type { Extractor } from '../../pipeline.js';
import { format, type Point } from '../calendar.js';
import type { TimexCandidate } from '../candidate.js';
import { inferYear } from '../reference.js';
import { modOf, scanNear } from '../words.js';
import { MONTH, monthWordOk } from './month-day.js';

const MODS = String.raw`(?:early|late|mid-?|the\s+(?:beginning|start|middle|end|close)\s+of|(?:the\s+)?(?:first|second|last)\s+half\s+of)`;
const RE = new RegExp(
  String.raw`\b(?:(last|next|this|that|(?:early|late)\s+(?:last|next|this))\s+)?(?:(${MODS})\s*)?(${MONTH})\b(\.)?(?:(?:,\s*|\s+(?:of\s+|de\s+)?)(\d{4}|'\d\d)(?![\d,.]\d)|\s+(?:of\s+)?(this|last|next)\s+year\b)?`,
  'giu',
);
/** Month names that are also common words or names: only dates with a date-only word before them. */
const AMBIGUOUS = new Set(['may', 'march', 'mars', 'jan', 'mar', 'jun', 'sep', 'dec', 'august']);
/** "agreed in ", "signed in ": a past participle or verb right before "in <month>" (not a plan's "expected in"). */
const PAST_PARTICIPLE_IN_RE = /\b(?!(?:expected|scheduled|planned|slated|due|set|timed|pencilled|penciled|tipped)\b)\p{Ll}{3,}ed\s+in\s+$/u;
const DATE_PREPOSITION = /\b(?:in|since|until|till|by|before|after|during|from|through|to|of|last|next|this|early|late|mid|end|beginning|middle|start|between|and|or|through|around)\s*$/i;

/** Words after "the March" that show it is no month before a noun ("the March for Life", "the March on Rome"). */
const FUNCTION_WORD = new Set(['for', 'on', 'of', 'to', 'and', 'or', 'from', 'into', 'through', 'across', 'against', 'towards', 'toward', 'was', 'were', 'is', 'are', 'has', 'had', 'will', 'that', 'which', 'who', 'the', 'began', 'ended', 'went', 'passed', 'continued']);

const TRIGGER = new RegExp(`\\b(?:${MONTH})\\b`, 'gi');

export const monthYear: Extractor<TimexCandidate> = {
  name: 'time/month-year',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 40, (m) => {
      const yearRel = m[6]?.toLowerCase();
      const rel = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      const modText = m[2];
      const word = m[3]!;
      const yearText = m[5];
      if (!monthWordOk(word)) return null;
      const folded = foldDiacritics(word);
      const month = monthNumber(word);
      if (month === undefined) return null;
      const abbrev = folded.length <= 4 && folded !== 'june' && folded !== 'july' && folded !== 'may';
      if (abbrev && m[4] === undefined && yearText === undefined) return null;
      // "last Oct. 23": a day follows, the month-day rule's date (else "last Oct" would outgrow it).
      if (yearText === undefined && yearRel === undefined && /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?![:.,]?\d|\s*(?:%|percent|per\s+cent))/.test(doc.text.slice(m.index + m[0].length - (m[4] ?? '').length, m.index + m[0].length + 20))) return null;
      if (yearText === undefined && yearRel === undefined && rel === undefined && modText === undefined) {
        const before = doc.text.slice(Math.max(0, m.index - 20), m.index);
        const nextWord = /^\s+([a-z]+)/.exec(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 24))?.[1];
        // "the March accession", "the May vote": after an article and before a noun the month names when.
        const modifier = /\bthe\s+$/i.test(before) && nextWord !== undefined && nextWord.length > 2 && !FUNCTION_WORD.has(nextWord);
        if (AMBIGUOUS.has(folded) && !DATE_PREPOSITION.test(before) && !modifier) return null;
        if (/^[A-Z]+$/.test(word) && word.length > 3 && !DATE_PREPOSITION.test(before)) return null;
        // "May Day", "March Madness": a capitalised word right after is a name.
        if (m[4] === undefined && /^\s+(?:[A-Z][a-z]|\d)/.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      }
      let mod = modOf(modText?.replace(/\s+/g, ' '));
      if (rel?.startsWith('early')) mod = 'START';
      if (rel?.startsWith('late')) mod = 'END';
      const half = modText ? /(first|second|last)\s+half/i.exec(modText) : null;
      if (half) mod = half[1]!.toLowerCase() === 'first' ? 'START' : 'END';
      const stated = yearText === undefined ? null : yearText.startsWith("'") ? 1900 + Number(yearText.slice(1)) : Number(yearText);
      let end = m.index + m[0].length;
      if (m[4] !== undefined && yearText === undefined) end--;
      const pastParticipleBefore = PAST_PARTICIPLE_IN_RE.test(doc.text.slice(Math.max(0, m.index - 24), m.index));
      return {
        start: m.index, end, rule: 'time/month-year', confidence: 0.9, type: 'date',
        fields: { year: stated === null ? 'inferred' : 'stated', month: 'stated', day: 'none' },
        ...(mod ? { mod } : {}),
        resolve(ctx) {
          let y: number | null = stated;
          if (y === null && yearRel !== undefined && ctx.published) y = ctx.published.y + (yearRel === 'last' ? -1 : yearRel === 'next' ? 1 : 0);
          if (y === null && rel !== undefined && ctx.published) {
            const p = ctx.published;
            const r = rel.replace(/^(early|late) /, '');
            if (r === 'last') y = month < p.m ? p.y : p.y - 1;
            else if (r === 'next') y = month > p.m ? p.y : p.y + 1;
            else y = p.y;
          }
          // "the ceasefire agreed in March lasted …": a past participle right before "in <month>", in a
          // past sentence, is a month gone (not "expected in March", "due in March")
          if (y === null && ctx.published && ctx.tense === 'past' && pastParticipleBefore && month > ctx.published.m) y = ctx.published.y - 1;
          y ??= inferYear(ctx, month, null);
          if (y === null) return { value: `XXXX-${String(month).padStart(2, '0')}`, anchor: 'none', ...(mod ? { mod } : {}) };
          const point: Point = { y, m: month, d: 1, gran: 'month' };
          return { value: format(point), anchor: stated === null ? 'published' : 'none', point, ...(mod ? { mod } : {}) };
        },
      };
    });
  },
};
