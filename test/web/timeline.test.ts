import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseReport, type ReportData } from '../../src/views/extraction.js';
import { denseWindow, eventAnchor, eventAt, eventRowToTimeline, filterEvents, timelineViewToEvent, layoutLanes, publishedRange, sortEvents, timelineEvents } from '../../src/views/timeline.js';
import { isoDay, timexSpan } from '../../src/views/dates.js';
import { harbourReport } from './fixtures.js';

function report(id: string, published: string, publisher: string, events: [string, string | null, string][]): ReportData {
  const text = events.map(([, , word]) => word).join(' ');
  let pos = 0;
  return normaliseReport({
    id, published, publisher, text,
    entities: [{ id: 'e1', name: 'Ana Petrova', type: 'person', aliases: [], roles: [], mentions: [] }, { id: 'e2', name: 'Jonas Berg', type: 'person', aliases: [], roles: [], mentions: [] }],
    events: events.map(([type, date, word], i) => {
      const start = text.indexOf(word, pos);
      pos = start + word.length;
      return { id: `v${i + 1}`, type, date, participants: i % 2 ? ['e1', 'e2'] : ['e2'], location: null, trigger: { start, end: start + word.length }, status: 'happened', claim: null, summary: word, rule: 't', confidence: 1 };
    }),
  });
}

const a = report('a', '2025-11-20', 'North Post', [['meeting', '2025-11-18', 'met'], ['call', '2025-11', 'called']]);
const b = report('b', '2025-11-30', 'South Star', [['visit', '2025-11-28', 'visited'], ['meeting', null, 'talked'], ['statement', '2025-11-02', 'said']]);

describe('timeline rows', () => {
  const events = timelineEvents([a, b]);
  it('resolves participants and keeps the report context', () => {
    assert.equal(events.length, 5);
    const call = events.find((e) => e.key === 'a/v2');
    assert.deepEqual(call?.participants.map((p) => p.name), ['Ana Petrova', 'Jonas Berg']);
    assert.equal(call?.outlet, 'North Post');
    assert.equal(call?.span?.precision, 'month');
    assert.equal(call?.index, 1);
  });
  it('sorts precision-aware with undated events last', () => {
    assert.deepEqual(sortEvents(events).map((e) => e.key), ['b/v3', 'a/v2', 'a/v1', 'b/v1', 'b/v2']);
  });
  it('filters by actor, type, outlet, date window and as-of', () => {
    const keys = (f: Parameters<typeof filterEvents>[1]) => filterEvents(events, f).map((e) => e.key).sort();
    assert.deepEqual(keys({ actor: 'petrova' }), ['a/v2', 'b/v2']);
    assert.deepEqual(keys({ types: new Set(['meeting']) }), ['a/v1', 'b/v2']);
    assert.deepEqual(keys({ outlet: 'south' }), ['b/v1', 'b/v2', 'b/v3']);
    // A window on 20–25 Nov keeps the month-precision call (it overlaps) but drops undated events.
    assert.deepEqual(keys({ from: '2025-11-20', to: '2025-11-25' }), ['a/v2']);
    assert.deepEqual(keys({ asOf: '2025-11-25' }), ['a/v1', 'a/v2']);
    assert.deepEqual(keys({ undated: false }), ['a/v1', 'a/v2', 'b/v1', 'b/v3']);
  });
  it('gives the published range for the as-of slider', () => {
    const r = publishedRange(events);
    assert.deepEqual(r && [isoDay(r.min), isoDay(r.max)], ['2025-11-20', '2025-11-30']);
  });
  it('reads corroboration and contradiction only when the data has them', () => {
    const h = timelineEvents([normaliseReport(harbourReport())]);
    assert.equal(h[0]?.corroboration, undefined);
    const withCounts = normaliseReport({ ...harbourReport(), events: harbourReport().events.map((e) => ({ ...e, corroboration: 3, contradicted: true })) });
    assert.equal(timelineEvents([withCounts])[0]?.corroboration, 3);
    assert.equal(timelineEvents([withCounts])[0]?.contradicted, true);
  });
});

describe('layoutLanes', () => {
  it('stacks overlapping spans in lanes and keeps disjoint ones in one lane', () => {
    const events = timelineEvents([a, b]);
    const nov = timexSpan('2025-11');
    assert.ok(nov);
    const { placed, lanes } = layoutLanes(events, nov.start, nov.end, 300);
    assert.equal(placed.length, 4, 'undated events are not placed');
    assert.equal(lanes, 2, 'the month-long call overlaps every day event');
    const call = placed.find((p) => p.event.key === 'a/v2');
    assert.ok(call && Math.abs(call.x0) < 1e-9 && Math.abs(call.x1 - 300) < 1e-9);
    for (const p of placed) assert.ok(p.x1 - p.x0 >= 6);
  });
  it('lays out 1,000 events quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ['meeting', `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, `w${i}`] as [string, string, string]);
    const big = timelineEvents([report('big', '2025-12-31', 'X', many)]);
    const year = timexSpan('2025');
    assert.ok(year);
    // Best of five (the first runs include JIT warm-up; CI machines are shared).
    let ms = Infinity;
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      const sorted = sortEvents(big);
      const { placed } = layoutLanes(sorted, year.start, year.end, 1000);
      ms = Math.min(ms, performance.now() - t0);
      assert.equal(placed.length, 1000);
    }
    assert.ok(ms < 50, `took ${ms.toFixed(1)} ms`);
  });
});

describe('denseWindow', () => {
  it('opens on the busy stretch, not on the outliers', () => {
    const dated: [string, string, string][] = [['meeting', '2019-03-01', 'a0']];
    for (let d = 1; d <= 20; d++) dated.push(['meeting', `2025-11-${String(d).padStart(2, '0')}`, `b${d}`]);
    dated.push(['meeting', '2031-01-01', 'c0']);
    const ev = timelineEvents([report('w', '2025-12-01', 'X', dated)]);
    const w = denseWindow(ev);
    assert.ok(w);
    assert.ok(isoDay(w.start) >= '2025-10-01' && isoDay(w.end) <= '2025-12-31', `${isoDay(w.start)}..${isoDay(w.end)}`);
    assert.equal(denseWindow([]), null);
  });
});

describe('eventAt', () => {
  it('finds the bar under a point in a lane, preferring the narrowest', () => {
    const events = timelineEvents([a, b]);
    const nov = timexSpan('2025-11');
    assert.ok(nov);
    const { placed } = layoutLanes(events, nov.start, nov.end, 300);
    const day18 = placed.find((p) => p.event.key === 'a/v1');
    assert.ok(day18);
    assert.equal(eventAt(placed, (day18.x0 + day18.x1) / 2, day18.lane)?.event.key, 'a/v1');
    assert.equal(eventAt(placed, 150, 0)?.event.key, 'a/v2', 'lane 0 holds the month-long call');
    assert.equal(eventAt(placed, 150, 5), null);
  });
});

describe('eventRowToTimeline', () => {
  it('maps an /api/events row, with the outlet from the report list', () => {
    const e = eventRowToTimeline({
      reportId: 'r9', reportTitle: 'Talks', published: '2025-11-26', id: 'v3', type: 'call', date: '2025-11', from: '2025-11-01', to: '2025-11-30',
      status: 'planned', participants: [{ id: 'e1', name: 'Ana Petrova' }, { bad: 1 }], location: { id: 'e4', name: 'Oslo' },
      trigger: { start: 5, end: 11 }, summary: 'A call.', rule: 'x', confidence: 1,
    }, new Map([['r9', 'North Post']]));
    assert.ok(e);
    assert.equal(e.key, 'r9/v3');
    assert.equal(e.outlet, 'North Post');
    assert.equal(e.span?.precision, 'month');
    assert.deepEqual(e.participants, [{ id: 'e1', name: 'Ana Petrova' }]);
    assert.equal(e.location, 'Oslo');
    assert.equal(e.status, 'planned');
    assert.equal(eventAnchor(e), 'eventid-v3', 'the reader finds an API row by id');
    assert.equal(eventRowToTimeline({ id: 'v1' }, new Map()), null);
    assert.equal(eventRowToTimeline('x', new Map()), null);
  });
  it('anchors report-derived events by position', () => {
    const [first] = timelineEvents([a]);
    assert.ok(first);
    assert.equal(eventAnchor(first), 'event-0');
  });
});

describe('timelineViewToEvent', () => {
  it('maps a merged /api/timeline event: earliest mention first, corroboration, versions', () => {
    const e = timelineViewToEvent({
      id: 'k7', type: 'meeting', date: '2025-11-30', from: '2025-11-30', to: '2025-11-30',
      participants: [{ id: 'a1', name: 'Petra Lindqvist', type: 'person' }], location: { id: 'a3', name: 'Valmora', type: 'place' },
      corroboration: 2, publishers: ['North Post', 'South Star'], contradicted: true,
      versions: [{ field: 'date', value: '2025-11-29', reports: [{ id: 'r2', href: '', publisher: 'South Star', published: '2025-12-01', title: 'B' }] }],
      mentions: [
        { report: { id: 'r2', href: '', publisher: 'South Star', published: '2025-12-01', title: 'B' }, event: 'v4', date: '2025-11-29', passage: { start: 9, end: 12 } },
        { report: { id: 'r1', href: '', publisher: 'North Post', published: '2025-11-30', title: 'A' }, event: 'v2', date: '2025-11-30', passage: { start: 3, end: 6 } },
      ],
      summary: 'A meeting.',
    });
    assert.ok(e);
    assert.deepEqual([e.key, e.reportId, e.eventId, e.published, e.outlet], ['kb/k7', 'r1', 'v2', '2025-11-30', 'North Post, South Star']);
    assert.deepEqual(e.trigger, { start: 3, end: 6 });
    assert.equal(e.corroboration, 2);
    assert.equal(e.contradicted, true);
    assert.deepEqual(e.mentions?.map((m) => m.reportId), ['r1', 'r2']);
    assert.deepEqual(e.versions, [{ field: 'date', value: '2025-11-29', reports: ['South Star'] }]);
    assert.equal(eventAnchor(e), 'eventid-v2');
    assert.equal(timelineViewToEvent({ id: 'k1', mentions: [] }), null);
  });
});
