/**
 * Events a wish or a rule governs are not told as having happened; names that modify a noun
 * together are no participants. Sentences written for these tests, with hand-filled mentions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt, eventsOf, type EntitySpec } from './helpers.js';

const E: EntitySpec[] = [
  { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', forms: ['Zelensky'] },
  { id: 'party', name: 'Servant of the People', type: 'organization' },
  { id: 'ushakov', name: 'Yuri Ushakov', type: 'person', forms: ['Ushakov'] },
  { id: 'istanbul', name: 'Istanbul', type: 'place' },
  { id: 'riyadh', name: 'Riyadh', type: 'place' },
];

test('a wish or a rule right before the event makes it hypothetical; a quoted wish does not make its telling one', () => {
  const rule = eventAt(eventsOf({ text: 'The law does not permit presidential elections while martial law lasts.\n', entities: E }), 'elections');
  assert.equal(rule.status, 'hypothetical');
  const wish = eventsOf({ text: '"We are prepared for elections," Zelensky told reporters.\n', entities: E });
  assert.equal(eventAt(wish, 'elections').status, 'hypothetical');
  assert.equal(eventAt(wish, 'told reporters').status, 'happened');
  const favour = eventAt(eventsOf({ text: 'Deputies of Servant of the People favour a referendum on the deal, held on the day of the presidential vote.\n', entities: E }), 'referendum');
  assert.equal(favour.status, 'hypothetical', 'the first trigger of a merged pair keeps its status');
});

test('cities that modify a noun together name no participants', () => {
  const v = eventAt(eventsOf({ text: 'After the Istanbul and Riyadh rounds, Ushakov said both sides agreed to keep the text secret.\n', entities: E }), 'agreed');
  assert.deepEqual(v.participants.filter((p) => p === 'istanbul' || p === 'riyadh'), []);
});

test('a meeting that "is likely to take place" lies ahead', () => {
  const v = eventAt(eventsOf({ text: 'A meeting of the two delegations is likely to take place in Istanbul within days.\n', entities: E }), 'meeting');
  assert.equal(v.status, 'planned');
});
