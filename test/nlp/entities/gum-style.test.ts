/**
 * Rules added for mixed-case news prose: names the tagger cuts or joins wrongly. Sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eastAsianNamesExtractor } from '../../../src/nlp/entities/extractors/east-asian-names.js';
import { analyseText, mentionTexts } from './helpers.js';

test('east-asian-names: a known family name and a hyphenated given name are one person', () => {
  const doc = analyseText('The councillor Chan Siu-ming met Lee Min-ho and Park Ji-Sung in Kowloon on Monday.\n');
  const found = eastAsianNamesExtractor.extract(doc).map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
  assert.deepEqual(found, ['Chan Siu-ming/person', 'Lee Min-ho/person', 'Park Ji-Sung/person']);
  assert.ok(mentionTexts(doc).includes('Chan Siu-ming/person'));
});

test('east-asian-names: an unknown first word or an unhyphenated name is left to the tagger', () => {
  const doc = analyseText('The Coca-Cola deal and the Anglo Saxon-era finds were on show in Paris.\n');
  assert.deepEqual(eastAsianNamesExtractor.extract(doc), []);
});
