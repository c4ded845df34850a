/**
 * Trigger families: each sentence (written for these tests) must yield exactly the listed
 * (trigger, type) pairs; the negative cases must yield no event at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsOf, type EntitySpec } from './helpers.js';

const E: EntitySpec[] = [
  { id: 'rubio', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
  { id: 'yermak', name: 'Andriy Yermak', type: 'person', forms: ['Yermak'] },
  { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', forms: ['Zelensky'] },
  { id: 'vdl', name: 'Ursula von der Leyen', type: 'person' },
  { id: 'putin', name: 'Vladimir Putin', type: 'person', forms: ['Putin'] },
  { id: 'orban', name: 'Viktor Orbán', type: 'person', forms: ['Orbán'] },
  { id: 'nabu', name: 'NABU', type: 'organization' },
  { id: 'nato', name: 'NATO', type: 'organization' },
  { id: 'jef', name: 'Joint Expeditionary Force', type: 'organization' },
  { id: 'uk', name: 'the United Kingdom', type: 'place' },
  { id: 'ukraine', name: 'Ukraine', type: 'place' },
  { id: 'bloomberg', name: 'Bloomberg', type: 'organization' },
  { id: 'kremlin', name: 'Kremlin', type: 'organization' },
  { id: 'geneva', name: 'Geneva', type: 'place' },
  { id: 'cec', name: 'Central Election Commission', type: 'organization' },
  { id: 'rada', name: 'Verkhovna Rada', type: 'organization', forms: ['Rada'] },
];

const POSITIVE: [string, [string, string][]][] = [
  ['Rubio met Yermak in Geneva.', [['met', 'meeting']]],
  ['The two delegations held talks for six hours.', [['talks', 'meeting']]],
  ['European leaders joined a videoconference hosted from London.', [['videoconference', 'meeting']]],
  ['Putin received Orbán in the evening.', [['received', 'meeting']]],
  ["Umerov had headed Ukraine's delegation in Florida.", [['headed', 'meeting']]],
  ['In the first call, the envoy did most of the talking. In the second, the adviser took over.', [['call', 'call'], ['second', 'call']]],
  ['In the second, nobody spoke.', []],
  ['Ursula von der Leyen called Zelensky to offer support.', [['called', 'call']]],
  ['The phone call lasted forty minutes.', [['phone call', 'call']]],
  ['Zelensky and Putin spoke by telephone on Tuesday.', [['spoke by telephone', 'call']]],
  ['Rubio talked over the phone with Yermak for an hour.', [['talked over the phone', 'call']]],
  ['Putin spoke to Orbán by phone on Friday.', [['spoke', 'call']]],
  ['Orbán said he had spoken to Putin by phone that morning.', [['spoken', 'call']]],
  ['Overnight, Russian drones hit a substation near Kharkiv.', [['hit', 'attack']]],
  ['The new tariffs hit exporters hard.', []],
  ['The adviser struck a warmer tone on Telegram.', []],
  ['With that established, we can look at the sequence of events.', []],
  ['Moscow dismissed the plan as theatre.', []],
  ['Russia answered with a missile barrage on Kyiv.', [['barrage', 'attack']]],
  ['In Moscow the envoy spent nearly four hours with Putin.', [['spent', 'meeting']]],
  ['Zelensky also named Orbán, a former rival, as his envoy.', [['named', 'appointment']]],
  ['A joint statement signed by ten leaders welcomed the progress.', [['statement', 'statement']]],
  ['Orbán visited the Kremlin to talk about gas.', [['visited', 'visit']]],
  ['Zelensky travelled to Paris by train.', [['travelled', 'visit']]],
  ['The envoys will be at the Élysée.', [['be', 'visit']]],
  ['The leaders issued a joint statement.', [['statement', 'statement']]],
  ['Zelensky announced the decision in his evening address.', [['announced', 'statement']]], // one statement: same clause, same type,
  ['Bloomberg published the full transcript of the recording.', [['published', 'publication']]],
  ['The ministry released the full text of its plan.', [['released', 'publication']]],
  ['The two governments signed a memorandum on energy.', [['signed', 'agreement']]],
  ['Paris and Kyiv settled on declarations of intent.', [['declarations of intent', 'agreement']]],
  ['the United Kingdom formally included Ukraine in the Joint Expeditionary Force.', [['included', 'agreement']]],
  ['The Rada passed the bill on a second reading.', [['passed', 'legislation']]],
  ['Zelensky signed a decree on the delegation.', [['decree', 'decree']]],
  ['NABU searched the home of Yermak.', [['searched', 'raid']]],
  ['Police arrested two officials in Kyiv.', [['arrested', 'arrest']]],
  ['Yermak resigned within hours.', [['resigned', 'resignation']]],
  ['Zelensky appointed a new chief of staff.', [['appointed', 'appointment']]],
  ['NATO was founded by twelve countries.', [['founded', 'founding']]],
  ['Ukraine would hold elections after a ceasefire.', [['elections', 'election']]],
  ['A drone attack hit the port overnight.', [['attack', 'attack']]],
  ['The envoy wants to strike a deal quickly.', [['deal', 'agreement']]], // "strike" is no attack here
];

for (const [text, expected] of POSITIVE) {
  test(`triggers: ${text}`, () => {
    const got = eventsOf({ text, entities: E }).map((e) => [e.trigger, e.type]);
    assert.deepEqual(got, expected);
  });
}

const NEGATIVE = [
  'Dmitriev called the second recording a fake.',
  'Officials called for a ceasefire before winter.',
  'The so-called reparations loan divides Europe.',
  'The Central Election Commission has no budget.',
  'Rubio did not meet Yermak.',
  'Yermak had not been charged with any offence.',
  'The leak was meant to create the impression of progress.',
  'Negotiators keep up their search for a compromise.',
  'The Europeans must deal with the consequences.',
  'Exchanges freed two hundred prisoners who were released last week.',
  'A diplomat briefed on the exchange described it as calm.',
  'The sanctions package came into force on Monday.',
  'The party came to power in 2019.',
  'Gunners fired at the convoy.',
  'Kyiv owes a great deal to its neighbours.',
  'The port formed part of the corridor.',
];

for (const text of NEGATIVE) {
  test(`no event: ${text}`, () => {
    assert.deepEqual(eventsOf({ text, entities: E }).map((e) => e.trigger), []);
  });
}

test('a heading naming an event is not an event; the prose under it is', () => {
  const text = 'The Geneva Talks\n\nRubio met Yermak in Geneva.\n';
  const events = eventsOf({ text, entities: E });
  assert.deepEqual(events.map((e) => [e.trigger, e.start]), [['met', text.indexOf('met')]]);
});

test('triggers in the notes section are ignored', () => {
  const text = 'Rubio met Yermak in Geneva [1].\n\n[1] "Talks held in Geneva", Kyiv Wire, 24 November 2025.\n';
  assert.deepEqual(eventsOf({ text, entities: E }).map((e) => e.trigger), ['met']);
});

test('"released" with the document before it ("the recordings that Bloomberg released")', () => {
  const events = eventsOf({ text: 'The recordings that Bloomberg released on Tuesday caused a stir.', entities: E });
  assert.deepEqual(events.map((e) => [e.trigger, e.type]), [['released', 'publication']]);
});
