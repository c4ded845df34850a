/**
 * Points a distance away from a reference: "ten months ago", "a year earlier", "four days
 * later", "two weeks from now", "about two years ago". "ago" and "from now" count from the
 * publication date; "earlier", "later", "before", "after" from the narrative time (see
 * `atDistance`). "two days before the vote" is a relation to an event, not a point: no timex.
 */
import { NUMBER_PATTERN, parseNumber } from '../../lexicon/numbers.js';
import type { Extractor } from '../../pipeline.js';
import type { ResolveContext, Resolution, TimexCandidate } from '../candidate.js';
import { atDistance } from '../reference.js';
import { UNIT_PATTERN, scanNear, unitOf } from '../words.js';

const APPROX = String.raw`(?:(about|around|approximately|roughly|some|nearly|almost|just|only|more\s+than|less\s+than|over|at\s+least|barely|fully)\s+)?`;
const RE = new RegExp(
  String.raw`\b${APPROX}(${NUMBER_PATTERN})[\s-](${UNIT_PATTERN})(?:\s+or\s+so)?\s+(ago|earlier|later|before|after|from\s+now|hence|previously|prior)\b`,
  'gi',
);

const TRIGGER = /\b(?:ago|earlier|later|before|after|from\s+now|hence|previously|prior)\b/gi;

export const offset: Extractor<TimexCandidate> = {
  name: 'time/offset',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 90, (m) => {
      const start = m.index;
      const end = m.index + m[0].length;
      const n = parseNumber(m[2]!);
      const unit = unitOf(m[3]!);
      if (!unit) return null;
      const dir = m[4]!.toLowerCase().replace(/\s+/g, ' ');
      // "two days before the vote": a relation to an event, not a point the text names.
      // (The duration rule still tags "two days".)
      if ((dir === 'before' || dir === 'after') && /^\s+[\p{L}\d]/u.test(doc.text.slice(end, end + 3))) return null;
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'prior' ? -1 : 1;
      const deictic = dir === 'ago' || dir === 'from now' || dir === 'hence';
      const mod = approxMod(m[1]);
      return make(start, end, 'time/offset', (ctx) => atDistance(ctx, deictic, unit, n === null ? null : sign * n, mod, sign));
    });
  },
};

function approxMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'more than' || w === 'over') return 'MORE_THAN';
  if (w === 'less than' || w === 'barely') return 'LESS_THAN';
  if (w === 'at least' || w === 'fully') return 'EQUAL_OR_MORE';
  if (w === 'just' || w === 'only') return undefined;
  return 'APPROX';
}

export function make(start: number, end: number, rule: string, resolve: (ctx: ResolveContext) => Resolution | null, type: 'date' | 'time' = 'date'): TimexCandidate {
  return { start, end, rule, confidence: 0.85, type, fields: { year: 'inferred', month: 'inferred', day: 'inferred' }, resolve };
}
