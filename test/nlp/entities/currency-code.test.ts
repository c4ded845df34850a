/**
 * entities/currency-code: a short code glued to a dollar sign is a currency, not a place.
 * Sentences are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/model/annotations.js';
import { currencyCodeRefiner } from '../../../src/nlp/entities/refiners/currency-code.js';
import { analyseText, refineSpans, mentionTexts } from './helpers.js';

function run(text: string, spans: [string, EntityType][]): string[] {
  return refineSpans(currencyCodeRefiner, text, spans);
}

test('currency-code: a code glued to "$" (or one space before it) is dropped', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['The bridge cost US$ 40 million to build.', [['US', 'place']], []],
    ['Tickets sold for NZ $25 each.', [['NZ', 'place']], []],
    ['The fund raised HK$3 billion.', [['HK', 'organization']], []],
    ['The bid was worth U.S.$ 2 billion.', [['U.S.', 'place']], []],
    ['A loan of C$ 12 million went to Ottawa.', [['C', 'place'], ['Ottawa', 'place']], ['Ottawa/place']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});

test('currency-code: must not fire on a code before anything but "$", or on a longer name', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['Prices in the US, $5 more than before, rose.', [['US', 'place']], ['US/place']],
    ['The US dollar fell against the yen.', [['US', 'place']], ['US/place']],
    ['The deal left the UK with $4 billion.', [['UK', 'place']], ['UK/place']],
    ['NASA $ figures were revised.', [['NASA', 'organization']], ['NASA/organization']],
    ['Canada $ 5 million was pledged.', [['Canada', 'place']], ['Canada/place']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});

test('currency-code: the whole stage names no place in "US$"', () => {
  const doc = analyseText('The company paid US$ 20,000 to settle the case in Ohio.\n');
  assert.ok(!mentionTexts(doc).some((m) => m.startsWith('US/')), mentionTexts(doc).join(', '));
});
