import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimQuery, claimRows, isDayPrefix, normaliseClaimRow, rowReports, rowSnippet } from '../../src/views/claims.js';
import { normaliseReport } from '../../src/views/extraction.js';
import { harbourReport, hostileReport } from './fixtures.js';

const reports = [normaliseReport(harbourReport()), normaliseReport(hostileReport())];

describe('claimRows', () => {
  it('lists quotes and claims with names, outlet, date and the parsed footnotes', () => {
    const rows = claimRows(reports);
    assert.equal(rows.length, 4);
    const quote = rows.find((r) => r.key === 'harbour/quote/0');
    assert.equal(quote?.speaker, 'Petra Lindqvist');
    assert.equal(quote?.cueText, 'said');
    assert.equal(quote?.modality, 'quote');
    const claim = rows.find((r) => r.key === 'harbour/claim/0');
    assert.equal(claim?.source, 'two officials', 'an unnamed source falls back to its phrase');
    assert.equal(claim?.outlet, 'The Lantern Courier');
    assert.deepEqual(claim?.footnotes, ['1']);
    assert.equal(claim?.citations[0]?.title, 'Valmora draft circulates');
  });
});

describe('rowSnippet', () => {
  const text = 'According to aides, the talks stalled on Friday, officials said.';
  const main = { start: 20, end: 47 };
  const row = (cue: { start: number; end: number } | null, between: string | null) => ({
    text: text.slice(main.start, main.end), span: main, cue, cueText: cue ? text.slice(cue.start, cue.end) : '', between,
  });
  it('puts a preceding cue before the claim and marks it, with the words between', () => {
    assert.deepEqual(rowSnippet(row({ start: 0, end: 12 }, ' aides, ')), [
      { text: 'According to', cue: true }, { text: ' aides, ', cue: false }, { text: 'the talks stalled on Friday', cue: false },
    ]);
  });
  it('puts a following cue after it and elides a gap the server did not send', () => {
    const parts = rowSnippet(row({ start: 59, end: 63 }, null));
    assert.deepEqual(parts.map((p) => [p.text, p.cue]), [['the talks stalled on Friday', false], [' … ', false], ['said', true]]);
  });
  it('splits the claim around a cue inside it, and shows it alone without a cue', () => {
    assert.deepEqual(rowSnippet(row({ start: 30, end: 37 }, null)).map((p) => [p.text, p.cue]), [['the talks ', false], ['stalled', true], [' on Friday', false]]);
    assert.deepEqual(rowSnippet(row(null, null)), [{ text: 'the talks stalled on Friday', cue: false }]);
  });
  it('gives the same passage for rows built from a loaded report', () => {
    const claim = claimRows(reports).find((r) => r.key === 'harbour/claim/0')!;
    const shown = rowSnippet(claim).map((p) => p.text).join('');
    assert.ok(shown.includes(claim.text) && shown.includes(claim.cueText));
    assert.ok(claim.between === null || shown.includes(claim.between));
  });
});

describe('claimQuery', () => {
  it('turns filters and the sort into /api/claims parameters, leaving out empty ones and an unfinished date', () => {
    const q = claimQuery({ speaker: ' lindq ', modality: 'quote', footnotes: '[1]', published: '2025-1', outlet: '' }, { column: 'outlet', dir: 'desc' }, 100, 100);
    assert.equal(q.toString(), 'speaker=lindq&modality=quote&published=2025-1&footnote=1&sort=outlet&dir=desc&limit=100&offset=100');
    assert.equal(claimQuery({ published: 'Nov 2025' }, { column: 'published', dir: 'asc' }, 0, 50).get('published'), null);
    assert.ok(isDayPrefix('2025') && isDayPrefix('2025-11-30') && !isDayPrefix('2025-11-300') && !isDayPrefix('11/2025'));
  });
});

describe('normaliseClaimRow', () => {
  it('keeps a well-typed API row and drops what it cannot place', () => {
    const row = normaliseClaimRow({
      id: 'r1/claim/2', kind: 'claim', index: 2, reportId: 'r1', reportTitle: '<b>T</b>', published: '2025-11-30', outlet: 'Desk', url: 'https://example.org/a', authors: ['A', 7],
      start: 10, end: 20, text: 'x', modality: 'hedged', source: { id: null, name: 'two aides' }, speaker: null, cue: { start: 0, end: 5, text: 'Maybe' }, between: ' ',
      citations: ['1'], references: [{ start: 30, end: 40, marker: '1', title: 'Note', authors: [], translators: [], publisher: null, date: null, url: null, inline: false }, { marker: 'no span' }],
      rule: 'r', confidence: 0.5,
    });
    assert.equal(row?.key, 'r1/claim/2');
    assert.deepEqual([row?.title, row?.source, row?.speaker, row?.cueText, row?.between, row?.authors, row?.footnotes], ['<b>T</b>', 'two aides', '', 'Maybe', ' ', ['A'], ['1']]);
    assert.deepEqual(row?.citations.map((c) => c.title), ['Note']);
    assert.deepEqual(rowReports(row ? [row] : []).get('r1'), { title: '<b>T</b>', publisher: 'Desk', published: '2025-11-30', url: 'https://example.org/a', authors: ['A'] });
    assert.equal(normaliseClaimRow({ kind: 'rumour', reportId: 'r1', index: 0, start: 0, end: 1 }), null);
    assert.equal(normaliseClaimRow({ kind: 'quote', reportId: 'r1', index: -1, start: 0, end: 1 }), null);
    assert.equal(normaliseClaimRow('row'), null);
  });
});
