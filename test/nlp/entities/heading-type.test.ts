/**
 * entities/heading-type: a heading's name takes the one type the prose gives it. Texts are
 * written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidate, type Candidate } from '../../../src/nlp/entities/candidate.js';
import { headingTypeRefiner } from '../../../src/nlp/entities/refiners/heading-type.js';
import { analyseText } from './helpers.js';

const TEXT = 'Ohio teacher wins Harwell prize\n\nA teacher in Ohio won the Harwell prize. Harwell said so. Harwell is a town in Ohio, and Marlow too. Marlow won.\n';

function run(spans: [string, Candidate['type'], Candidate['zone'], number][]): string[] {
  const doc = analyseText(TEXT);
  const cs = spans.map(([t, type, zone, nth]) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = doc.text.indexOf(t, start + 1);
    assert.ok(start >= 0, t);
    return candidate({ start, end: start + t.length, type, rule: 'test', confidence: 0.9, zone });
  });
  return headingTypeRefiner.refine(doc, cs).map((c) => `${c.zone}:${doc.text.slice(c.start, c.end)}/${c.type}`);
}

test('heading-type: a heading name takes the single type the prose gives it', () => {
  assert.deepEqual(run([['Ohio', 'organization', 'heading', 0], ['Ohio', 'place', 'body', 1], ['Ohio', 'place', 'body', 2]]),
    ['heading:Ohio/place', 'body:Ohio/place', 'body:Ohio/place']);
});

test('heading-type: must not fire when the prose types the name two ways, only as MISC, or not at all', () => {
  // two types in the prose
  assert.deepEqual(run([['Harwell', 'person', 'heading', 0], ['Harwell', 'organization', 'body', 1], ['Harwell', 'place', 'body', 3]]),
    ['heading:Harwell/person', 'body:Harwell/organization', 'body:Harwell/place']);
  // MISC only in the prose
  assert.deepEqual(run([['Ohio', 'place', 'heading', 0], ['Ohio', 'other', 'body', 1]]), ['heading:Ohio/place', 'body:Ohio/other']);
  // not in the prose; and a body name is never changed by the rule
  assert.deepEqual(run([['Ohio', 'organization', 'heading', 0], ['Marlow', 'person', 'body', 0], ['Marlow', 'place', 'body', 1]]),
    ['heading:Ohio/organization', 'body:Marlow/person', 'body:Marlow/place']);
});
