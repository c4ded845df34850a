/**
 * Sets (recurring times): "daily", "weekly", "annually", "every day", "every three months",
 * "each year", "every Friday", "each July", "twice a week". A rate after an amount ("$5 a year") is not
 * tagged (TimeML leaves it to the amount). The value is the period (P1D, P3M); a weekday set is XXXX-WXX-5, a month set XXXX-07.
 */
import { NUMBER_PATTERN, parseNumber } from '../../lexicon/numbers.js';
import type { Extractor } from '../../pipeline.js';
import { monthNumber } from '../../lexicon/months.js';
import { fixed, NO_FIELDS, type TimexCandidate } from '../candidate.js';
import { UNIT_PATTERN, WEEKDAY_PATTERN, durationValue, scan, unitOf, weekdayIndex } from '../words.js';

const RE = new RegExp(
  String.raw`\b(daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|bimonthly|semiannually)\b` +
  String.raw`|\b(?:every|each)\s+(?:(other|${NUMBER_PATTERN})\s+)?(${UNIT_PATTERN}|${WEEKDAY_PATTERN}|morning|evening|night|afternoon|summer|winter|spring|fall|January|February|March|April|May|June|July|August|September|October|November|December)\b` +
  String.raw`|\b((?:once|twice|three\s+times|four\s+times|\d+\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|quarter|hour))\b`,
  'gi',
);
const ADVERB: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H',
  nightly: 'P1D', biweekly: 'P2W', bimonthly: 'P2M', semiannually: 'P6M',
};

export const set: Extractor<TimexCandidate> = {
  name: 'time/set',
  extract(doc) {
    return scan(doc, RE, (m) => {
      let value: string | null = null;
      if (m[1] !== undefined) {
        value = ADVERB[m[1].toLowerCase()] ?? null;
        // "weekly" / "daily" naming a publication ("the weekly Der Spiegel", "a daily newspaper") is not a time.
        const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
        // An adjective before a noun names a rate only for the everyday periods.
        if (/^\s+(?:newspaper|paper|magazine)/.test(after)) return null;
        // "the business daily Handelsblatt", "the daily said": the noun, a newspaper named or speaking.
        if (/^(?:daily|weekly)$/i.test(m[1]) && /^\s+(?:[A-Z]|(?:said|says|reported|reports|wrote|writes|quoted|cited|added)\b)/.test(after)) return null;
        // "Baltic Daily", "Business Weekly": capitalised after a capitalised word, a title.
        if (/^[A-Z]/.test(m[1]) && /[A-Z][\w.]*\s+$/.test(doc.text.slice(Math.max(0, m.index - 20), m.index))) return null;
        // "daily life", "a weekly address" are tagged; money words are not ("quarterly dividend", "annual report").
        if (!/^(?:daily|weekly|hourly|nightly)$/i.test(m[1]) && /^\s+(?!and\b|or\b|in\b|on\b|at\b|for\b|to\b|by\b|from\b|until\b|through\b|since\b|during\b|with\b|as\b|but\b|than\b)[a-z]/.test(after)) return null;
      } else if (m[3] !== undefined) {
        const w = m[3];
        const wd = weekdayIndex(w);
        if (wd >= 0) value = `XXXX-WXX-${wd === 0 ? 7 : wd}`;
        else if (/^(?:morning|evening|night|afternoon)$/i.test(w)) value = `XXXX-XX-XXT${w.slice(0, 2).toUpperCase()}`;
        else if (/^(?:summer|winter|spring|fall)$/i.test(w)) value = `XXXX-${w.slice(0, 2).toUpperCase()}`;
        // "each July": a month of every year (capitalised: "every may" is not a month).
        else if (monthNumber(w) !== undefined && /^[A-Z]/.test(w)) value = `XXXX-${String(monthNumber(w)).padStart(2, '0')}`;
        else {
          const unit = unitOf(w);
          if (!unit) return null;
          const n = m[2] === undefined ? 1 : m[2].toLowerCase() === 'other' ? 2 : parseNumber(m[2]);
          value = durationValue(n, unit, w);
        }
      } else if (m[4] !== undefined) {
        const unit = unitOf(/(\w+)$/.exec(m[4])![1]!);
        if (unit) value = durationValue(1, unit);
      }
      if (value === null) return null;
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/set', confidence: 0.8, type: 'set',
        fields: NO_FIELDS, resolve: fixed(value),
      };
    });
  },
};
