import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimRows, filterClaims, snippet, sortClaims } from '../../src/views/claims.js';
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

describe('filterClaims / sortClaims', () => {
  const rows = claimRows(reports);
  it('filters each column, case- and accent-insensitively; modality exactly', () => {
    assert.deepEqual(filterClaims(rows, { speaker: 'lindq' }).map((r) => r.key), ['harbour/quote/0']);
    assert.deepEqual(filterClaims(rows, { modality: 'reported' }).map((r) => r.key), ['harbour/claim/0']);
    assert.deepEqual(filterClaims(rows, { modality: 'report' }).map((r) => r.key), [], 'modality is not a substring match');
    assert.deepEqual(filterClaims(rows, { outlet: 'LANTERN', footnotes: '1' }).map((r) => r.key), ['harbour/claim/0']);
    assert.equal(filterClaims(rows, {}).length, rows.length);
    assert.equal(filterClaims(rows, { text: 'pétra' }).length, 0);
    assert.equal(filterClaims(rows, { speaker: 'PÉTRA' }).length, 1);
  });
  it('sorts both ways and keeps empty cells last', () => {
    const asc = sortClaims(rows, { column: 'speaker', dir: 'asc' }).map((r) => r.speaker);
    const desc = sortClaims(rows, { column: 'speaker', dir: 'desc' }).map((r) => r.speaker);
    assert.equal(asc.at(-1), '');
    assert.equal(desc.at(-1), '');
    assert.ok(asc.indexOf('<svg onload="window.__pwned=8">') < asc.indexOf('Petra Lindqvist'));
    assert.ok(desc.indexOf('Petra Lindqvist') < desc.indexOf('<svg onload="window.__pwned=8">'));
  });
});

describe('snippet', () => {
  const text = 'According to aides, the talks stalled on Friday, officials said.';
  const main = { start: 20, end: 47 };
  it('puts a preceding cue before the claim and marks it', () => {
    assert.deepEqual(snippet(text, main, { start: 0, end: 12 }), [
      { text: 'According to', cue: true }, { text: ' aides, ', cue: false }, { text: 'the talks stalled on Friday', cue: false },
    ]);
  });
  it('puts a following cue after it and elides a long gap', () => {
    const parts = snippet(text, main, { start: 59, end: 63 }, 5);
    assert.deepEqual(parts.map((p) => [p.text, p.cue]), [['the talks stalled on Friday', false], [' … ', false], ['said', true]]);
  });
  it('shows the claim alone without a cue', () => {
    assert.deepEqual(snippet(text, main, null), [{ text: 'the talks stalled on Friday', cue: false }]);
  });
});
