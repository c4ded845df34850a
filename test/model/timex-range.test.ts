import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { timexRange } from '../../src/model/timex-range.js';

const CASES: readonly [string | null, string | null, string | null][] = [
  ['2025-11-23', '2025-11-23', '2025-11-23'],
  ['2025-11-28T06:00', '2025-11-28', '2025-11-28'],
  ['2025-11', '2025-11-01', '2025-11-30'],
  ['2024-02', '2024-02-01', '2024-02-29'],
  ['2025', '2025-01-01', '2025-12-31'],
  ['2025-W48', '2025-11-24', '2025-11-30'],
  ['2026-W01', '2025-12-29', '2026-01-04'],
  ['2025-Q4', '2025-10-01', '2025-12-31'],
  ['2025-H1', '2025-01-01', '2025-06-30'],
  ['2025-SU', '2025-06-01', '2025-08-31'],
  ['2025-WI', '2025-12-01', '2026-02-28'],
  ['2025-11-23/2025-11-24', '2025-11-23', '2025-11-24'],
  ['2025-11/2026-01', '2025-11-01', '2026-01-31'],
  ['2025-11-28TNI', '2025-11-28', '2025-11-28'],
  ['2025-W48-WE', '2025-11-29', '2025-11-30'],
  ['2025-AU', '2025-09-01', '2025-11-30'],
];

const NONE: readonly (string | null)[] = [null, 'P30D', 'PT6H', 'PAST_REF', 'FUTURE_REF', 'PRESENT_REF', 'XXXX-11-23', '2025-13', '2025-02-30', '2025-W60', '2025-11-24/2025-11-23', '2025-11-23/P1D', '', '2025-02-30T06:00', '2025-02-30TNI'];

describe('timex values → calendar days', () => {
  for (const [value, start, end] of CASES) {
    it(`${value} covers ${start} … ${end}`, () => assert.deepEqual(timexRange(value), { start, end }));
  }
  it('gives no days for durations, references, unknown and invalid values', () => {
    for (const value of NONE) assert.equal(timexRange(value), null, String(value));
  });
});
