import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstRuns, reportMarks, segment, type Mark } from '../../src/views/segments.js';
import { normaliseReport } from '../../src/views/extraction.js';
import { harbourReport } from './fixtures.js';

describe('segment', () => {
  it('cuts the text at every boundary and nests marks outermost first', () => {
    const marks: Mark[] = [
      { start: 0, end: 10, kind: 'claim', index: 0 },
      { start: 2, end: 5, kind: 'entity', index: 0, mention: 0 },
      { start: 4, end: 12, kind: 'quote', index: 0 },
    ];
    const runs = segment(15, marks);
    assert.deepEqual(runs.map((r) => [r.start, r.end, r.marks]), [
      [0, 2, [0]], [2, 4, [0, 1]], [4, 5, [0, 2, 1]], [5, 10, [0, 2]], [10, 12, [2]], [12, 15, []],
    ]);
    // Runs tile the text exactly.
    assert.equal(runs.map((r) => r.end - r.start).reduce((a, b) => a + b, 0), 15);
    assert.deepEqual([...firstRuns(runs)], [[0, 0], [1, 1], [2, 2]]);
  });

  it('ignores empty marks and clips marks that run past the text', () => {
    const runs = segment(5, [{ start: 3, end: 3, kind: 'entity', index: 0 }, { start: 4, end: 99, kind: 'timex', index: 0 }]);
    assert.deepEqual(runs.map((r) => [r.start, r.end, r.marks]), [[0, 4, []], [4, 5, [1]]]);
  });

  it('marks every annotation of a report and each run is a slice of the text', () => {
    const r = normaliseReport(harbourReport());
    const marks = reportMarks(r, new Set(['entity', 'timex', 'event', 'quote', 'claim', 'marker']));
    assert.equal(marks.filter((m) => m.kind === 'entity').length, 6);
    const runs = segment(r.text.length, marks);
    assert.equal(runs.map((x) => r.text.slice(x.start, x.end)).join(''), r.text);
    const quoted = runs.filter((x) => x.marks.some((i) => marks[i]?.kind === 'quote')).map((x) => r.text.slice(x.start, x.end)).join('');
    assert.equal(quoted, 'We are closer than we were a week ago,');
  });
});
