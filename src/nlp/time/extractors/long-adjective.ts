/**
 * Durations written as "-long" adjectives without a number: "a day-long meeting" (P1D), "a
 * year-long siege" (P1Y), "decades-long feuds" (PXY), "months-long talks" (PXM). With a number
 * ("a two-year-long truce") the duration rule reads the amount.
 */
import type { Extractor } from '../../pipeline.js';
import { fixed, NO_FIELDS, type TimexCandidate } from '../candidate.js';
import { durationValue, scanNear, unitOf } from '../words.js';

const RE = /(?<![\p{L}\d-])(hour|day|night|week|month|year|decade|century|hours|days|weeks|months|years|decades|centuries)-long\b/giu;
const TRIGGER = /-long\b/gi;

export const longAdjective: Extractor<TimexCandidate> = {
  name: 'time/long-adjective',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 12, (m) => {
      const unit = unitOf(m[1]!);
      if (!unit) return null;
      const plural = /s$/i.test(m[1]!);
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/long-adjective', confidence: 0.8, type: 'duration',
        fields: NO_FIELDS, resolve: fixed(durationValue(plural ? null : 1, unit, m[1]!)),
      };
    });
  },
};
