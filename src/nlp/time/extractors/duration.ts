/**
 * Durations: "thirty days", "five to ten years", "the past three months", "a couple of years",
 * "the next couple of decades",
 * "more than a month", "at least 72 hours", "two-year", "the next three months or so", "16-hour",
 * "for years", "over the years", "the weeks ahead", "recent weeks" ("the past year", "the last week" are the period before: a date). The value is the amount and unit (P30D, PT16H, PXY); a range
 * takes its lower bound; "about", "more than", "at least" become a mod. "the first nine months"
 * and "the year-earlier six months" are durations too (TimeBank types every one of them so).
 */
import { NUMBER_PATTERN, parseNumber } from '../../lexicon/numbers.js';
import { triePattern } from '../../lexicon/trie-pattern.js';
import type { Extractor } from '../../pipeline.js';
import { format, shift, withGranularity } from '../calendar.js';
import { fixed, type TimexCandidate } from '../candidate.js';
import { UNIT_PATTERN, durationValue, scanNear, unitOf } from '../words.js';

// Prefix trees, not flat lists: this regex runs at every word of the text.
const APPROX = `(?:(${triePattern(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'more than', 'less than', 'fewer than', 'over', 'under', 'at least', 'at most', 'up to', 'no more than', 'within', 'the better part of'])})\\s+)?`;
const PREFIX = `(?:(${triePattern(['the', 'another', 'an additional', ...['past', 'last', 'next', 'first', 'coming', 'previous', 'following', 'final', 'remaining', 'latest', 'preceding', 'initial', 'prior', 'ensuing', 'same'].map((w) => `the ${w}`)])}|the\\s+year-(?:earlier|ago))\\s+)?`;
const RE = new RegExp(
  String.raw`\b${APPROX}${PREFIX}(?:(${NUMBER_PATTERN})(?:\s*(?:to|or|and|–)\s*|(?<=\d)-(?=\d)))?(${NUMBER_PATTERN}|(?<=\bthe\s+(?:next|past|last|coming|first|previous|following)\s+)couple\s+of)(?:[\s-]+|(?<=\d))(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar)\s+)?(${UNIT_PATTERN})(?:\s+(or\s+so|or\s+more|or\s+longer))?\b(?![\s-]+old\b|-to-|-of-)` +
  String.raw`|\b(?:(the\s+(?:past|last|next|coming|previous|following)|(?:many|several|recent|the\s+coming|the\s+past|the\s+last)|(?:for|in|over|within|after)(?:\s+(?:the\s+)?(?:past|last|next|coming))?|(?:over|through)\s+the(?=\s+(?:years|decades|centuries)\b)|the(?=\s+(?:days|weeks|months|years)\s+(?:ahead|to\s+come)\b))\s+)(years|months|weeks|days|decades|centuries|year|month|week|decade|century)\b(?!['’-])`,
  'giu',
);

/** Every duration names a unit. */
const TRIGGER = /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies))\b/gi;

export const duration: Extractor<TimexCandidate> = {
  name: 'time/duration',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 90, (m) => {
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (m[5] !== undefined) {
        const unit = unitOf(m[5]);
        if (!unit) return null;
        const lowText = m[3] ?? m[4]!;
        // "the next couple of decades": "couple of" without its article after a determiner.
        const n = /^couple\s+of$/i.test(lowText) ? 2 : parseNumber(lowText);
        const numText = m[4]!.toLowerCase();
        // "two and a half years": the fraction rule's (a range "two and a" is no amount).
        if (m[3] !== undefined && /^a\s+half$/i.test(m[4]!)) return null;
        // "the 1988 second quarter": a year, not an amount.
        if (/^(?:1[5-9]|20)\d\d$/.test(numText) || /^(?:1[5-9]|20)\d\d$/.test(m[3] ?? '')) return null;
        if ((numText === 'a' || numText === 'an' || numText === 'one') && unit === 'quarter') return null;
        // "a day" after an amount or "times"/"once" is a frequency ("$5 a day", "twice a week"): the set rule's.
        const before = doc.text.slice(Math.max(0, m.index - 12), m.index);
        if ((numText === 'a' || numText === 'an') && m[1] === undefined && m[2] === undefined && /(?:\d|%|percent|once|twice|times|cents|dollars|million|billion|thousand|hundred)\s*$/i.test(before)) return null;
        // "a second betrayal", "three-quarters of the budget": ordinals and fractions, not durations.
        if ((numText === 'a' || numText === 'an') && unit === 'second') return null;
        // "several quarters of losses" counts quarters of a year; "many quarters of the city" are districts.
        if (unit === 'quarter' && !/^the /i.test(m[2] ?? '') && (n !== null ? /^\s*of\b/i : /^\s*of\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b/i).test(after)) return null;
        // "two years ago", "a year earlier": the offset rule's (a longer span wins anyway).
        if (/^\s+(?:ago|earlier|later|from\s+now|hence)\b/i.test(after)) return null;
        // "10 days' pay" is still a duration; "2 day" without a hyphen before a noun is fine too.
        const prefix = m[2]?.toLowerCase().replace(/\s+/g, ' ');
        // "over the past three months": the preposition stays outside the timex.
        let start = m[1] !== undefined && prefix?.startsWith('the') ? m.index + m[0].indexOf(m[2]!, m[1].length) : m.index;
        // "the five-hour meeting": the article belongs to the noun the hyphenated length modifies.
        if (prefix === 'the' && m[1] === undefined && /-\s*$/.test(m[0].slice(0, m[0].length - m[5].length))) start = m.index + m[0].indexOf(m[2]!) + m[2]!.length + /^\s*/.exec(m[0].slice(m[0].indexOf(m[2]!) + m[2]!.length))![0].length;
        const modWord = prefix?.startsWith('the') && /^(?:over|within|under)$/i.test(m[1] ?? '') ? undefined : m[1]?.toLowerCase().replace(/\s+/g, ' ');
        const tail = m[6]?.toLowerCase();
        const mod = modWord === 'more than' || modWord === 'over' || tail === 'or more' || tail === 'or longer' ? 'MORE_THAN'
          : modWord === 'less than' || modWord === 'under' || modWord === 'fewer than' ? 'LESS_THAN'
            : modWord === 'at least' || m[3] !== undefined ? 'EQUAL_OR_MORE'
              : modWord === 'at most' || modWord === 'up to' || modWord === 'no more than' || modWord === 'within' ? 'EQUAL_OR_LESS'
                : modWord !== undefined || tail === 'or so' || /couple of$/.test(numText) ? 'APPROX' : undefined;
        let value = durationValue(n, unit, m[5]);
        return {
          start, end: m.index + m[0].length, rule: 'time/duration', confidence: 0.85,
          type: 'duration', fields: { year: 'none', month: 'none', day: 'none' },
          ...(mod ? { mod } : {}),
          resolve: fixed(value, mod ? { mod } : {}),
        };
      }
      // A unit without a number: "the past year" (one), "for years", "recent weeks" (unspecified).
      const lead = m[7]!.toLowerCase().replace(/\s+/g, ' ');
      const unitWord = m[8]!.toLowerCase();
      const plural = /s$/.test(unitWord);
      const unit = unitOf(unitWord);
      if (!unit) return null;
      // "the weeks ahead", "the years to come": an unspecified stretch from now.
      if (lead === 'the' && plural) {
        const end = m.index + m[0].length + /^\s+(?:ahead|to\s+come)/i.exec(after)![0].length;
        return { start: m.index, end, rule: 'time/duration', confidence: 0.6, type: 'duration', fields: { year: 'none', month: 'none', day: 'none' }, resolve: fixed(durationValue(null, unit)) };
      }
      // "over the years": an unspecified stretch of years, as "for years" ("the years" is the timex).
      if (/^(?:over|through) the$/.test(lead)) {
        if (/^\s+(?:of|old|later|earlier|ago|before|after)\b/i.test(after)) return null;
        const start = m.index + m[0].length - unitWord.length - 4;
        return { start, end: m.index + m[0].length, rule: 'time/duration', confidence: 0.6, type: 'duration', fields: { year: 'none', month: 'none', day: 'none' }, resolve: fixed(durationValue(null, unit)) };
      }
      if (/^(?:for|in|over|within|after)$/.test(lead)) {
        if (!plural) return null;
        if (/^\s+(?:of|to|that|and|old|later|earlier|ago)\b/i.test(after)) return null;
        const start = m.index + m[0].length - unitWord.length;
        return { start, end: m.index + m[0].length, rule: 'time/duration', confidence: 0.6, type: 'duration', fields: { year: 'none', month: 'none', day: 'none' }, resolve: fixed(durationValue(null, unit)) };
      }
      if (/^\s+(?:of|ago|earlier|later|before)\b/i.test(after) || /^['’]s/.test(after)) return null;
      if (lead === 'recent') return { start: m.index, end: m.index + m[0].length, rule: 'time/duration', confidence: 0.6, type: 'duration', fields: { year: 'none', month: 'none', day: 'none' }, resolve: fixed(durationValue(null, unit)) };
      if (!plural && !/^the /.test(lead)) return null;
      // "the past year", "the last week": TimeBank reads the calendar period before the
      // publication date (a date, like "last year"), not a length.
      if (!plural && (lead === 'the past' || lead === 'the last') && (unit === 'year' || unit === 'month' || unit === 'week')) {
        return {
          start: m.index, end: m.index + m[0].length, rule: 'time/duration', confidence: 0.7, type: 'date',
          fields: { year: 'inferred', month: unit === 'year' ? 'none' : 'inferred', day: 'none' },
          resolve(ctx) {
            if (!ctx.published) return { value: durationValue(1, unit), anchor: 'none' };
            return { value: format(withGranularity(shift(ctx.published, unit, -1), unit)), anchor: 'published' };
          },
        };
      }
      const value = durationValue(plural ? null : 1, unit);
      return { start: m.index, end: m.index + m[0].length, rule: 'time/duration', confidence: 0.7, type: 'duration', fields: { year: 'none', month: 'none', day: 'none' }, resolve: fixed(value) };
    });
  },
};
