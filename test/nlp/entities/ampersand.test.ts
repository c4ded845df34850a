/**
 * entities/ampersand: names joined by "&" are one firm. Sentences and firm names are made up
 * for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/model/annotations.js';
import { ampersandRefiner } from '../../../src/nlp/entities/refiners/ampersand.js';
import { refineSpans } from './helpers.js';

function run(text: string, spans: [string, EntityType][]): string[] {
  return refineSpans(ampersandRefiner, text, spans);
}

test('ampersand: a name, "&" and the next name or one or two capitalised words are one organisation', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['Shares of Pellham & Gorse rose.', [['Pellham', 'person'], ['Gorse', 'place']], ['Pellham & Gorse/organization']],
    ['He works at Harlow Tate & Sons now.', [['Harlow Tate', 'person']], ['Harlow Tate & Sons/organization']],
    ['Brokers at Vance&Co said so.', [['Vance', 'organization']], ['Vance&Co/organization']],
    ['Analysts at Brill & Marsh Co said so.', [['Brill', 'organization'], ['Marsh Co', 'organization']], ['Brill & Marsh Co/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});

test('ampersand: must not fire before a longer name, a lower-case word, a comma, or on MISC', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['Written by Harlow & Norwegian Institute of Sea Studies, 2024.', [['Harlow', 'organization'], ['Norwegian Institute of Sea Studies', 'organization']],
      ['Harlow/organization', 'Norwegian Institute of Sea Studies/organization']],
    ['Anna Berg & others left.', [['Anna Berg', 'person']], ['Anna Berg/person']],
    ['Anna Berg, & Carl Holm left.', [['Anna Berg', 'person'], ['Carl Holm', 'person']], ['Anna Berg/person', 'Carl Holm/person']],
    ['The Nordic & Baltic states met.', [['Nordic', 'other'], ['Baltic', 'other']], ['Nordic/other', 'Baltic/other']],
    ['Visit the Ruth & Carl Barron Museum today.', [['Ruth', 'person']], ['Ruth/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});
