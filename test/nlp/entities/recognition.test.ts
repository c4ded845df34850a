/** Recognition and typing: the trained tagger plus the span rules, on sentences written for the test. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, entityNamed, mentionTexts } from './helpers.js';

test('people, organisations and places in political prose, with exact offsets', () => {
  const text = 'Angela Merkel met the head of the World Bank in Lisbon on Tuesday.\n';
  const doc = analyseText(text);
  const got = mentionTexts(doc);
  assert.deepEqual(got, ['Angela Merkel/person', 'World Bank/organization', 'Lisbon/place']);
  const m = doc.layers.mentions[0]!;
  assert.equal(m.start, 0);
  assert.equal(m.end, 13);
  assert.match(m.rule, /^ner\/perceptron@1|entities\//);
});

test('names with particles and diacritics keep their whole span', () => {
  const doc = analyseText(
    'In Brussels, Ursula von der Leyen spoke after Bart De Wever had left.\n\n' +
    'Later Radmila Šekerinska and Jonas Gahr Støre answered questions from reporters.\n',
  );
  const names = mentionTexts(doc);
  for (const n of ['Ursula von der Leyen/person', 'Bart De Wever/person', 'Radmila Šekerinska/person', 'Jonas Gahr Støre/person']) {
    assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  }
});

test('a title-case heading is not a name, but a known place in it is kept', () => {
  const doc = analyseText('Talks Resume In Vienna\n\nThe delegations met again in the Austrian capital on Monday, and the mood was calm.\n');
  const names = mentionTexts(doc);
  assert.ok(!names.some((n) => n.startsWith('Talks')), names.join(', '));
  assert.ok(names.includes('Vienna/place'), names.join(', '));
});

test('nationality words and demonyms are not entities', () => {
  const doc = analyseText('The Europeans were divided, and Russian diplomats said the British proposal was late.\n');
  assert.deepEqual(doc.layers.entities.map((e) => e.name), []);
});

test('a name never takes its title, its leading "the" or a trailing possessive', () => {
  const doc = analyseText('President Emmanuel Macron’s advisers briefed the Financial Times on Friday.\n');
  const names = mentionTexts(doc);
  assert.ok(names.includes('Emmanuel Macron/person'), names.join(', '));
  assert.ok(names.includes('Financial Times/organization'), names.join(', '));
});

test('an institution word with "of" and a name is one organisation', () => {
  const doc = analyseText('University of Southern Indiana students protested on Monday.\n');
  assert.equal(entityNamed(doc, 'University of Southern Indiana')?.type, 'organization');
});

test('ALL-CAPS headlines are read as well as mixed-case prose', () => {
  const doc = analyseText('GERMANY AND FRANCE BACK NEW SANCTIONS .\nBERLIN 1996-08-30\nGermany and France backed new sanctions on Friday .\n');
  const names = mentionTexts(doc);
  for (const n of ['GERMANY/place', 'FRANCE/place', 'BERLIN/place']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
});

test('mentions in the notes section count too', () => {
  const doc = analyseText(
    'The envoy travelled to Riyadh [1].\n\n[1] “A long road to peace”, by Maria Lopez, The Guardian, 3 March 2025.\n',
  );
  assert.equal(entityNamed(doc, 'Maria Lopez')?.type, 'person');
  assert.equal(entityNamed(doc, 'Guardian')?.type ?? entityNamed(doc, 'The Guardian')?.type, 'organization');
});

test('a public figure\'s surname alone is a person whatever the context', () => {
  const doc = analyseText('The adviser suggested they have Putin call Trump before the weekend.\n');
  const names = mentionTexts(doc);
  assert.ok(names.includes('Putin/person'), names.join(', '));
  assert.deepEqual(names.filter((n) => /^(?:Putin|Trump)\//.test(n) && !n.endsWith('/person')), []);
});
