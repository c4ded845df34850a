import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimRows } from '../../src/views/claims.js';
import { normaliseReport } from '../../src/views/extraction.js';
import { CLAIM_CSV_COLUMNS, csvCell, escapeHtml, fileName, toCslJson, toCsv, toGexf, toTimelineJs, xmlText } from '../../src/views/exports.js';
import { timelineEvents } from '../../src/views/timeline.js';
import { aggregateActors, coParticipation } from '../../src/views/actors.js';
import { harbourReport, hostileReport } from './fixtures.js';

const harbour = normaliseReport(harbourReport());
const hostile = normaliseReport(hostileReport());

/** A small RFC 4180 reader, to check the writer round-trips. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && s[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks and round-trips', () => {
    const rows = [{ a: 'plain', b: 'with, comma' }, { a: 'say "hi"', b: 'two\nlines' }];
    const csv = toCsv(rows, [{ header: 'a', value: (r) => r.a }, { header: 'b', value: (r) => r.b }]);
    assert.deepEqual(parseCsv(csv), [['a', 'b'], ['plain', 'with, comma'], ['say "hi"', 'two\nlines']]);
    assert.ok(csv.endsWith('\r\n'));
  });
  it('defuses spreadsheet formulas in report text', () => {
    assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
    assert.equal(csvCell('+1'), "'+1");
    assert.equal(csvCell('@cmd'), "'@cmd");
    assert.equal(csvCell(-3), '-3', 'numbers are not text');
    assert.equal(csvCell(null), '');
  });
  it('exports claim rows with one column per field', () => {
    const csv = parseCsv(toCsv(claimRows([harbour]), CLAIM_CSV_COLUMNS));
    assert.deepEqual(csv[0], CLAIM_CSV_COLUMNS.map((c) => c.header));
    const claim = csv.find((r) => r[0] === 'claim');
    assert.equal(claim?.[1], 'the draft would freeze the border for ninety days');
    assert.equal(claim?.[2], 'According to');
    assert.equal(claim?.[8], '1');
  });
});

describe('TimelineJS', () => {
  it('gives each dated event start (and for spans, end) dates at its precision, text HTML-escaped', () => {
    const out = JSON.parse(toTimelineJs(timelineEvents([harbour, hostile]), 'Talks <2025>')) as {
      title: { text: { headline: string } };
      events: { start_date: Record<string, number>; end_date?: Record<string, number>; text: { headline: string; text: string }; group: string; unique_id: string }[];
    };
    assert.equal(out.title.text.headline, 'Talks &lt;2025&gt;');
    assert.equal(out.events.length, 3);
    const meeting = out.events.find((e) => e.unique_id === 'harbour-v1');
    assert.deepEqual(meeting?.start_date, { year: 2025, month: 11, day: 30 });
    assert.equal(meeting?.end_date, undefined);
    const visit = out.events.find((e) => e.unique_id === 'harbour-v2');
    assert.deepEqual(visit?.start_date, { year: 2025, month: 12 }, 'month precision: no day');
    const bad = out.events.find((e) => e.unique_id === 'hostile-v1');
    assert.equal(bad?.text.headline, '&lt;script&gt;window.__pwned=10&lt;/script&gt;');
    assert.ok(!bad?.text.text.includes('<'));
  });
  it('gives an interval an end date', () => {
    const r = normaliseReport({ ...harbourReport(), events: [{ ...harbourReport().events[0], date: '2025-11-23/2025-11-24' }] });
    const out = JSON.parse(toTimelineJs(timelineEvents([r]), 't')) as { events: { start_date: object; end_date?: object }[] };
    assert.deepEqual(out.events[0]?.start_date, { year: 2025, month: 11, day: 23 });
    assert.deepEqual(out.events[0]?.end_date, { year: 2025, month: 11, day: 24 });
  });
});

describe('GEXF', () => {
  it('writes well-formed, escaped XML with weighted undirected edges', () => {
    const reports = [harbour, hostile];
    const g = coParticipation(reports, aggregateActors(reports));
    const xml = toGexf(g, 'a & b');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3" version="1.3">/);
    assert.match(xml, /<description>a &amp; b<\/description>/);
    assert.match(xml, /<edge id="0" source="petra lindqvist" target="tomas varga" weight="1"\/>|<edge id="0" source="tomas varga" target="petra lindqvist" weight="1"\/>/);
    // The hostile entity name is an attribute value: escaped, so no raw markup appears.
    assert.ok(!xml.includes('<svg'));
    assert.match(xml, /label="&lt;svg onload=&quot;window.__pwned=8&quot;&gt;"/);
    assert.equal((xml.match(/<node /g) ?? []).length, g.nodes.length);
  });
  it('drops characters XML 1.0 forbids', () => {
    assert.equal(xmlText('a\u0001b\u0000c\uFFFFd'), 'abcd');
    assert.equal(xmlText('\uD800x'), 'x', 'lone surrogate');
    assert.equal(xmlText('😀'), '😀');
  });
});

describe('CSL-JSON', () => {
  it('lists the report and the references of the selected claims, once each', () => {
    const rows = claimRows([harbour]);
    const items = JSON.parse(toCslJson([...rows, ...rows], new Map([[harbour.id, harbour]]))) as Record<string, unknown>[];
    assert.deepEqual(items.map((i) => i['id']), ['report-harbour', 'harbour-note-1']);
    assert.deepEqual(items[0], {
      id: 'report-harbour', type: 'article-newspaper', title: 'Harbour Talks End Without a Deal', author: [{ literal: 'Ada Test' }],
      'container-title': 'The Lantern Courier', issued: { 'date-parts': [[2025, 12, 2]] }, URL: 'https://example.org/lantern/harbour-talks',
    });
    assert.deepEqual(items[1], {
      id: 'harbour-note-1', type: 'article-newspaper', title: 'Valmora draft circulates', 'container-title': 'The Quiet Ledger', issued: { 'date-parts': [[2025, 12, 1]] },
    });
  });
});

describe('helpers', () => {
  it('escapes HTML and makes safe file names', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    assert.equal(fileName('../../etc/Passwd: Talks!', 'csv'), 'etc-passwd-talks.csv');
    assert.equal(fileName('///', 'json'), 'parley.json');
  });
});
