/**
 * entities/person-place: a person's name run over "of"/"in" into a known place is a person and
 * a place. Sentences are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/model/annotations.js';
import { personPlaceRefiner } from '../../../src/nlp/entities/refiners/person-place.js';
import { refineSpans } from './helpers.js';

function run(text: string, spans: [string, EntityType][]): string[] {
  return refineSpans(personPlaceRefiner, text, spans);
}

test('person-place: a person run over "of" or "in" into a known place is split', () => {
  assert.deepEqual(run('Council chair Anna Berg of Norway spoke.', [['Anna Berg of Norway', 'person']]), ['Anna Berg/person', 'Norway/place']);
  assert.deepEqual(run('He boxed Holm in Las Vegas twice.', [['Holm in Las Vegas', 'person']]), ['Holm/person', 'Las Vegas/place']);
  assert.deepEqual(run('Carl Holm of the United States won.', [['Carl Holm of the United States', 'person']]), ['Carl Holm/person', 'United States/place']);
});

test('person-place: must not fire on titles, unknown places, or names that are not people', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['The Prince of Wales visited.', [['Prince of Wales', 'person']], ['Prince of Wales/person']],
    ['The Queen of Denmark visited.', [['Queen of Denmark', 'person']], ['Queen of Denmark/person']],
    ['Catherine of Aragon wrote.', [['Catherine of Aragon', 'person']], ['Catherine of Aragon/person']],
    ['The Bank of England rose.', [['Bank of England', 'organization']], ['Bank of England/organization']],
    ['Anna Berg of Harwick Aero spoke.', [['Anna Berg of Harwick Aero', 'person']], ['Anna Berg of Harwick Aero/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});
