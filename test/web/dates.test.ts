import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { axisTicks, compareSpans, DAY_MS, formatSpan, isoDay, timexSpan } from '../../src/views/dates.js';

const span = (v: string) => {
  const s = timexSpan(v);
  assert.ok(s, `no span for ${v}`);
  return s;
};

describe('timexSpan', () => {
  it('reads each precision as the span it names', () => {
    assert.deepEqual([isoDay(span('2025-11-23').start), isoDay(span('2025-11-23').end), span('2025-11-23').precision], ['2025-11-23', '2025-11-24', 'day']);
    assert.deepEqual([isoDay(span('2025-11').start), isoDay(span('2025-11').end), span('2025-11').precision], ['2025-11-01', '2025-12-01', 'month']);
    assert.deepEqual([isoDay(span('2025').start), isoDay(span('2025').end)], ['2025-01-01', '2026-01-01']);
    assert.deepEqual([isoDay(span('2025-Q4').start), isoDay(span('2025-Q4').end)], ['2025-10-01', '2026-01-01']);
    // ISO week 48 of 2025 runs Monday 24 Nov to Sunday 30 Nov.
    assert.deepEqual([isoDay(span('2025-W48').start), isoDay(span('2025-W48').end), span('2025-W48').precision], ['2025-11-24', '2025-12-01', 'week']);
    assert.deepEqual([isoDay(span('2026-W01').start)], ['2025-12-29']);
    assert.equal(span('2025-11-28T06:00').precision, 'time');
    assert.equal(new Date(span('2025-11-28T06:00').start).toISOString(), '2025-11-28T06:00:00.000Z');
  });

  it('reads an interval from the start of one end to the end of the other, at the coarser precision', () => {
    const s = span('2025-11-23/2025-11-24');
    assert.deepEqual([isoDay(s.start), isoDay(s.end), s.precision], ['2025-11-23', '2025-11-25', 'day']);
    assert.equal(span('2025-11-20/2025-12').precision, 'month');
  });

  it('gives null for values that name no calendar span', () => {
    for (const v of ['P30D', 'PAST_REF', 'FUTURE_REF', 'XXXX-11-23', '2025-13', '2025-02-30', '', 'November', '2025-11-24/2025-11-20']) {
      assert.equal(timexSpan(v), null, v);
    }
    assert.equal(timexSpan(null), null);
  });
});

describe('formatSpan', () => {
  it('labels spans without a locale', () => {
    assert.equal(formatSpan(span('2025-11-23')), '23 Nov 2025');
    assert.equal(formatSpan(span('2025-11')), 'Nov 2025');
    assert.equal(formatSpan(span('2025-W48')), 'week 48, 2025');
    assert.equal(formatSpan(span('2025-11-23/2025-11-24')), '23 Nov 2025 – 24 Nov 2025');
    assert.equal(formatSpan(span('2025-Q4')), 'Q4 2025');
  });
});

describe('compareSpans', () => {
  it('sorts a month-precision event as a span, not as the 1st of the month', () => {
    const values = ['2025-11', '2025-11-02', '2025-11-28', '2025-11-15', '2025-10-31'];
    const sorted = values.map(span).sort(compareSpans).map((s) => s.value);
    assert.deepEqual(sorted, ['2025-10-31', '2025-11-02', '2025-11-15', '2025-11', '2025-11-28']);
  });
});

describe('axisTicks', () => {
  it('uses days for a short window and months for a long one, never more than asked', () => {
    const from = span('2025-11-20').start;
    const days = axisTicks(from, from + 6 * DAY_MS, 10);
    assert.equal(days.length, 7);
    assert.equal(days[0]?.label, '20 Nov');
    const year = axisTicks(span('2025').start, span('2025').end, 12);
    assert.ok(year.length <= 12 && year.length >= 4, `got ${year.length}`);
    assert.equal(year[0]?.label, 'Jan 2025');
  });
});
