/**
 * The time stage over our own sentences (cases.ts): each case must produce exactly the
 * expected timexes, with their values, and types or mods where the case gives them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Timex } from '../../../src/model/annotations.js';
import { Document } from '../../../src/model/document.js';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { timeStage } from '../../../src/nlp/time/index.js';
import { CASES } from './cases.js';

export function timexesOf(text: string, published: string | null): { doc: Document; timexes: Timex[] } {
  const doc = new Document({ id: 't', source: 't.md', text, meta: { title: null, published, publisher: null, url: null, authors: [] } });
  runStages(doc, [...SPINE_STAGES, timeStage]);
  return { doc, timexes: doc.layers.timexes };
}

describe('time stage: table', () => {
  it('has at least 80 cases, at least 10 of them negative', () => {
    assert.ok(CASES.length >= 80, `${CASES.length} cases`);
    assert.ok(CASES.filter((c) => c.expect.length === 0).length >= 10);
  });
  for (const c of CASES) {
    it(c.name, () => {
      const { doc, timexes } = timexesOf(c.text, c.published);
      const got = timexes.map((t) => ({ text: doc.slice(t), value: t.value, type: t.type, mod: t.mod }));
      assert.deepEqual(got.map((g) => g.text), c.expect.map((e) => e.text), 'spans');
      c.expect.forEach((e, i) => {
        const g = got[i]!;
        assert.equal(g.value, e.value, `value of "${e.text}"`);
        if (e.type) assert.equal(g.type, e.type, `type of "${e.text}"`);
        if (e.mod) assert.equal(g.mod, e.mod, `mod of "${e.text}"`);
      });
    });
  }
});

describe('time stage: provenance', () => {
  it('marks a year taken from the publication date as inferred, a written one as stated', () => {
    const { doc, timexes } = timexesOf('The plan was drafted on November 22 and signed on March 1, 2025.', '2025-12-02');
    const byText = new Map(timexes.map((t) => [doc.slice(t), t]));
    const yearless = byText.get('November 22')!;
    assert.deepEqual(yearless.fields, { year: 'inferred', month: 'stated', day: 'stated' });
    assert.equal(yearless.anchor, 'published');
    assert.equal(yearless.rule, 'time/month-day');
    const full = byText.get('March 1, 2025')!;
    assert.deepEqual(full.fields, { year: 'stated', month: 'stated', day: 'stated' });
    assert.equal(full.anchor, 'none');
  });

  it('says which reference an anaphoric expression used', () => {
    const { doc, timexes } = timexesOf('The team met on November 28. Two days later it met again.', '2025-12-02');
    const later = timexes.find((t) => doc.slice(t) === 'Two days later')!;
    assert.equal(later.anchor, 'narrative');
    assert.equal(later.rule, 'time/offset');
  });

  it('resolves nothing against a missing publication date but keeps what the text states', () => {
    const { doc, timexes } = timexesOf('Talks began on March 1, 2025 and resumed yesterday.', null);
    const byText = new Map(timexes.map((t) => [doc.slice(t), t.value]));
    assert.equal(byText.get('March 1, 2025'), '2025-03-01');
    assert.equal(byText.get('yesterday'), 'XXXX-XX-XX');
  });

  it('dates a report without a publication date by its dateline', () => {
    const cases: readonly [string, string, string][] = [
      ['Ceasefire holds\n\nApril 27, 2005\n\nThe guns fell silent today.', 'today', '2005-04-27'],
      ['BERLIN, March 3, 2025 — Talks resumed yesterday.', 'yesterday', '2025-03-02'],
      ['Talks began on March 1, 2025 and resumed yesterday.', 'yesterday', 'XXXX-XX-XX'],
    ];
    for (const [text, word, value] of cases) {
      const { doc, timexes } = timexesOf(text, null);
      assert.equal(timexes.find((t) => doc.slice(t) === word)?.value, value, text);
    }
  });

  it('produces spans in document order without overlaps', () => {
    const { timexes } = timexesOf('Late last week, on Friday, November 28, the envoys met for three hours; a year earlier they had not met at all.', '2025-12-02');
    for (let i = 1; i < timexes.length; i++) assert.ok(timexes[i - 1]!.end <= timexes[i]!.start);
  });
});

describe('time stage: words of names', () => {
  // [text, mention covering the time word (start word, end word), type, is the time word kept]
  const cases: readonly [string, string, 'person' | 'organization', boolean][] = [
    ['Theresa May praised the envoys in Geneva.', 'Theresa May', 'person', false],
    ['The Fourth of July Committee met again.', 'Fourth of July Committee', 'organization', false],
    ['The fund began raising its Halden stake in July.', 'Halden stake in July', 'person', true],
    ['Ministers met in August to sign it.', 'Ministers met in August', 'organization', true],
  ];
  for (const [text, covered, type, kept] of cases) {
    it(`${kept ? 'keeps' : 'drops'} the month inside "${covered}"`, () => {
      const doc = new Document({ id: 't', source: 't.md', text, meta: { title: null, published: '2025-12-02', publisher: null, url: null, authors: [] } });
      runStages(doc, SPINE_STAGES);
      const start = text.indexOf(covered);
      doc.layers.mentions.push({ start, end: start + covered.length, type, entity: 'e1', rule: 'test', confidence: 1 });
      runStages(doc, [timeStage]);
      const month = /May|June|July|August/.exec(text)![0];
      assert.equal(doc.layers.timexes.some((t) => doc.slice(t) === month), kept);
    });
  }
});
