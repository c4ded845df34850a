/**
 * Durations with a half: "2 1/2 years", "five and a half hours", "an hour and a half",
 * "3½ days", "nearly four and a half years" (the amount word becomes a mod). TimeML writes the half in the next smaller unit: P2Y6M, PT5H30M, PT1H30M. The
 * plain duration rule would read only "2 years" or "an hour"; this span is longer and wins.
 */
import { parseNumber } from '../../lexicon/numbers.js';
import type { Extractor } from '../../pipeline.js';
import { fixed, type TimexCandidate } from '../candidate.js';
import { scanNear } from '../words.js';

const UNITS = '(seconds?|minutes?|hours?|days?|weeks?|months?|years?)';
const APPROX = String.raw`(?:(about|around|approximately|roughly|nearly|almost|some|more\s+than|over|less\s+than|under|at\s+least)\s+)?`;
const RE = new RegExp(
  String.raw`\b${APPROX}(?:(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+1/2|½|\s+and\s+a\s+half)[\s-]+${UNITS}|(a|an|one)\s+${UNITS}\s+and\s+a\s+half)\b`,
  'gi',
);
const TRIGGER = /(?:1\/2|½|\band\s+a\s+half\b)/gi;

/** The whole amount and the half in TimeML's notation, by unit. */
function value(n: number, unit: string): string | null {
  switch (unit.toLowerCase().replace(/s$/, '')) {
    case 'year': return `P${n}Y6M`;
    case 'month': return `P${n}M15D`;
    case 'week': return `P${n * 7 + 3}DT12H`;
    case 'day': return `P${n}DT12H`;
    case 'hour': return `PT${n}H30M`;
    case 'minute': return `PT${n}M30S`;
    case 'second': return `PT${n + 0.5}S`;
    default: return null;
  }
}

export const fraction: Extractor<TimexCandidate> = {
  name: 'time/fraction',
  extract(doc) {
    return scanNear(doc, TRIGGER, RE, 40, (m) => {
      const numText = (m[2] ?? m[4])!.toLowerCase();
      const n = numText === 'a' || numText === 'an' ? 1 : parseNumber(numText);
      if (n === null || !Number.isInteger(n)) return null;
      const v = value(n, (m[3] ?? m[5])!);
      if (v === null) return null;
      const mod = approxMod(m[1]);
      return {
        start: m.index, end: m.index + m[0].length, rule: 'time/fraction', confidence: 0.9, type: 'duration',
        fields: { year: 'none', month: 'none', day: 'none' },
        ...(mod ? { mod } : {}),
        resolve: fixed(v, mod ? { mod } : {}),
      };
    });
  },
};

function approxMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'more than' || w === 'over') return 'MORE_THAN';
  if (w === 'less than' || w === 'under') return 'LESS_THAN';
  if (w === 'at least') return 'EQUAL_OR_MORE';
  return 'APPROX';
}
