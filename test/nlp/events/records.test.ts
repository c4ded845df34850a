/**
 * Events told through a record of them: a transcript or a recording of a call, who released it
 * and when. Sentences written for these tests, with hand-filled mentions and timexes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt, eventsOf, type EntitySpec } from './helpers.js';

const E: EntitySpec[] = [
  { id: 'politico', name: 'Politico', type: 'organization' },
  { id: 'reuters', name: 'Reuters', type: 'organization' },
  { id: 'driscoll', name: 'Dan Driscoll', type: 'person', forms: ['Driscoll'] },
  { id: 'budanov', name: 'Kyrylo Budanov', type: 'person', forms: ['Budanov'] },
  { id: 'rubio', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
  { id: 'lavrov', name: 'Sergei Lavrov', type: 'person', forms: ['Lavrov'] },
  { id: 'witkoff', name: 'Steve Witkoff', type: 'person', forms: ['Witkoff'] },
  { id: 'kushner', name: 'Jared Kushner', type: 'person', forms: ['Kushner'] },
  { id: 'umerov', name: 'Rustem Umerov', type: 'person', forms: ['Umerov'] },
];

test('a dated call inside a transcript is the call\'s, with the parties "in which" it names, not the publisher', () => {
  const text = 'Politico published the transcript of a November 20 call in which Driscoll and Budanov discuss the draft.\n';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 20', value: '2025-11-20' }] });
  const call = eventAt(events, 'call');
  assert.equal(call.type, 'call');
  assert.equal(call.date, '2025-11-20');
  assert.deepEqual(call.participants, ['driscoll', 'budanov']);
  const pub = eventAt(events, 'published');
  assert.equal(pub.date, null);
  assert.deepEqual(pub.participants, ['politico']);
});

test('"released by" after a recording is the release, which its date belongs to', () => {
  const text = 'A recording of a call between Rubio and Lavrov, released by Reuters on Monday, caused a stir.\n';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'Monday', value: '2025-12-01' }] });
  const call = eventAt(events, 'call');
  assert.equal(call.date, null);
  assert.deepEqual(call.participants, ['rubio', 'lavrov']);
  const release = eventAt(events, 'released');
  assert.equal(release.type, 'publication');
  assert.equal(release.date, '2025-12-01');
  assert.deepEqual(release.participants, ['reuters']);
});

test('a list after "between" goes on over commas before a name, and stops at one before lower case', () => {
  const text = 'A meeting between Witkoff, Kushner and Umerov, arranged by Politico, took place.\n';
  const v = eventAt(eventsOf({ text, entities: E }), 'meeting');
  assert.deepEqual(v.participants, ['witkoff', 'kushner', 'umerov']);
});

test('"called the Riyadh talks a step forward" names the talks; it is no phone call', () => {
  const ents: EntitySpec[] = [...E, { id: 'riyadh', name: 'Riyadh', type: 'place' }, { id: 'kremlin', name: 'Kremlin', type: 'organization' }];
  const named = eventsOf({ text: 'Politico called the Riyadh talks "a step forward".\n', entities: ents });
  assert.equal(named.filter((v) => v.type === 'call').length, 0);
  const call = eventsOf({ text: 'Rubio called the Kremlin on Monday.\n', entities: ents, timexes: [{ text: 'Monday', value: '2025-12-01' }] });
  assert.equal(eventAt(call, 'called').type, 'call');
});
