import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseReport, normaliseSummary, safeHttpUrl, spanText } from '../../src/views/extraction.js';
import { harbourReport } from './fixtures.js';

describe('normaliseReport', () => {
  it('keeps a valid extraction as it is', () => {
    const raw = harbourReport();
    const r = normaliseReport(raw);
    assert.equal(r.text, raw.text);
    assert.equal(r.entities.length, 4);
    assert.equal(r.quotes.length, 1);
    assert.equal(spanText(r, r.quotes[0]), 'We are closer than we were a week ago,');
    assert.deepEqual(r.citations[0]?.title, 'Valmora draft circulates');
    assert.equal(r.warnings[0]?.code, 'dangling-citation');
  });
  it('fills missing arrays, drops spans outside the text and wrong types', () => {
    const r = normaliseReport({
      id: 'x', text: 'short', title: 42,
      quotes: [{ start: 0, end: 5, speaker: 'e1' }, { start: 3, end: 99 }, { start: -1, end: 2 }, 'nope', { start: 4, end: 2 }],
      events: [{ id: 'v1', type: 'call', trigger: { start: 0, end: 500 } }],
      entities: [{ id: 'e1', name: 'N', mentions: [{ start: 0, end: 1 }, { start: 0, end: 10 }] }],
    });
    assert.equal(r.title, null);
    assert.deepEqual(r.claims, []);
    assert.equal(r.quotes.length, 1);
    assert.equal(r.events.length, 0);
    assert.equal(r.entities[0]?.mentions.length, 1);
    assert.equal(r.quotes[0]?.rule, 'unknown');
    const empty = normaliseReport(null);
    assert.equal(empty.text, '');
    assert.deepEqual(empty.entities, []);
  });
  it('reads list items, with counts when given', () => {
    assert.equal(normaliseSummary({ title: 'no id' }), null);
    assert.deepEqual(normaliseSummary({ id: 'a', title: 't', counts: { quotes: 2, bad: 'x' } })?.counts, { quotes: 2 });
  });
});

describe('safeHttpUrl', () => {
  it('links only http(s) URLs', () => {
    assert.equal(safeHttpUrl('https://example.org/a b'), 'https://example.org/a%20b');
    assert.equal(safeHttpUrl(' HTTP://example.org '), 'http://example.org/');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:x', 'data:text/html,<b>', '//evil.example', '/local', 'vbscript:x', null, '']) {
      assert.equal(safeHttpUrl(bad), null, String(bad));
    }
  });
});

describe('plural', () => {
  it('agrees the noun with the count', async () => {
    const { plural } = await import('../../src/views/text.js');
    assert.equal(plural(1, 'actor'), '1 actor');
    assert.equal(plural(0, 'actor'), '0 actors');
    assert.equal(plural(2, 'person', 'people'), '2 people');
  });
});
