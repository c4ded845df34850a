/**
 * Event dates: the governing timex (direct, then the sentence's frame), ranges, null when the
 * text gives no date, and never the publication date. Timexes are hand-filled; published is
 * 2025-12-02 unless a test says otherwise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt, eventsOf, type EntitySpec } from './helpers.js';
import { isAfter } from '../../../src/nlp/events/refiners/date.js';

const E: EntitySpec[] = [
  { id: 'rubio', name: 'Marco Rubio', type: 'person', forms: ['Rubio'] },
  { id: 'yermak', name: 'Andriy Yermak', type: 'person', forms: ['Yermak'] },
  { id: 'nabu', name: 'NABU', type: 'organization' },
  { id: 'bloomberg', name: 'Bloomberg', type: 'organization' },
  { id: 'geneva', name: 'Geneva', type: 'place' },
];

test('a timex right after the trigger dates it', () => {
  const text = 'Rubio met Yermak in Geneva on November 24.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'November 24', value: '2025-11-24' }] }), 'met');
  assert.equal(v.date, '2025-11-24');
  assert.equal(v.timex, 0);
  assert.equal(v.start, 6);
  assert.equal(v.end, 9);
});

test('a timex just before the trigger, with no comma between, dates it', () => {
  const text = 'On November 28 NABU searched the home of Yermak.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'November 28', value: '2025-11-28' }] }), 'searched');
  assert.equal(v.date, '2025-11-28');
});

test('one timex dates one trigger: the one it follows, not the next verb\'s object; a purpose shares it', () => {
  let events = eventsOf({ text: 'The draft that leaked in November called for elections within a hundred days.', entities: E, timexes: [{ text: 'November', value: '2025-11' }] });
  assert.equal(eventAt(events, 'leaked').date, '2025-11');
  assert.equal(eventAt(events, 'elections').date, null);
  events = eventsOf({ text: 'Rubio will travel to Geneva on Tuesday to meet Yermak.', entities: E, timexes: [{ text: 'Tuesday', value: '2025-12-09' }] });
  assert.equal(eventAt(events, 'travel').date, '2025-12-09');
  assert.equal(eventAt(events, 'meet').date, '2025-12-09');
});

test('the introductory timex frames the main verb; an aside keeps its own date', () => {
  const text = 'On November 26, the coalition, founded on March 1, met by video.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 26', value: '2025-11-26' }, { text: 'March 1', value: '2025-03-01' }] });
  assert.equal(eventAt(events, 'founded').date, '2025-03-01');
  assert.equal(eventAt(events, 'met').date, '2025-11-26');
});

test('another trigger in between blocks a later timex: the call keeps it, the publication takes the frame', () => {
  const text = 'On November 25, Bloomberg released the transcript of a call recorded on October 14 between Rubio and Yermak.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 25', value: '2025-11-25' }, { text: 'October 14', value: '2025-10-14' }] });
  assert.equal(eventAt(events, 'released').date, '2025-11-25');
  const call = eventAt(events, 'call');
  assert.equal(call.date, '2025-10-14');
  assert.deepEqual(call.participants, ['rubio', 'yermak']);
});

test('two timexes joined by "to" give an interval', () => {
  const text = 'Talks took place in Geneva from November 23 to November 24.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'November 23', value: '2025-11-23' }, { text: 'November 24', value: '2025-11-24' }] }), 'Talks');
  assert.equal(v.date, '2025-11-23/2025-11-24');
  assert.equal(v.timex, 0);
});

test('an interval timex is kept as it is', () => {
  const text = 'The delegations met on November 23 and 24.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'November 23 and 24', value: '2025-11-23/2025-11-24' }] }), 'met');
  assert.equal(v.date, '2025-11-23/2025-11-24');
});

test('no timex: the date is null, not the publication date', () => {
  const v = eventAt(eventsOf({ text: 'Rubio met Yermak in Geneva.', entities: E, published: '2025-11-25' }), 'met');
  assert.equal(v.date, null);
  assert.equal(v.timex, null);
});

test('a timex of another sentence does not date the event', () => {
  const text = 'The talks ended on November 24. Yermak resigned.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 24', value: '2025-11-24' }] });
  assert.equal(eventAt(events, 'resigned').date, null);
  assert.equal(eventAt(events, 'talks').date, '2025-11-24');
});

test('durations and vague references are not dates', () => {
  const text = 'The talks lasted four hours. Rubio called Yermak again recently.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'four hours', value: 'PT4H', type: 'duration' }, { text: 'recently', value: 'PAST_REF' }] });
  assert.deepEqual(events.map((e) => e.date), [null, null]);
});

test('a date owned by a relative clause does not frame the main clause', () => {
  const text = 'Yermak, who resigned on November 28, met Rubio in Geneva.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 28', value: '2025-11-28' }] });
  assert.equal(eventAt(events, 'resigned').date, '2025-11-28');
  assert.equal(eventAt(events, 'met').date, null);
});

test('a planned event does not take the frame date of the sentence that announces it', () => {
  const text = 'On November 28, the White House invited Yermak to meet Rubio.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'November 28', value: '2025-11-28' }] }), 'meet');
  assert.equal(v.status, 'planned');
  assert.equal(v.date, null);
});

test('an event dated after publication is planned', () => {
  const text = 'Rubio meets Yermak in Geneva on December 4.';
  const v = eventAt(eventsOf({ text, entities: E, published: '2025-12-02', timexes: [{ text: 'December 4', value: '2025-12-04' }] }), 'meets');
  assert.equal(v.date, '2025-12-04');
  assert.equal(v.status, 'planned');
});

test('a month-precision date in the publication month is not "after" it', () => {
  const text = 'Rubio met Yermak in Geneva in December.';
  const v = eventAt(eventsOf({ text, entities: E, published: '2025-12-10', timexes: [{ text: 'December', value: '2025-12' }] }), 'met');
  assert.equal(v.date, '2025-12');
  assert.equal(v.status, 'happened');
});

test('a date in reported content does not date the reporting; a date before "and" belongs to the first verb', () => {
  const text = 'Rubio told reporters that he expected an answer by Thursday. Yermak flew to Geneva on Monday and met Rubio there on November 24.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'Thursday', value: '2025-11-27' }, { text: 'Monday', value: '2025-11-24' }, { text: 'November 24', value: '2025-11-24' }] });
  assert.equal(eventAt(events, 'told reporters').date, null);
  assert.equal(eventAt(events, 'flew').date, '2025-11-24');
  assert.equal(eventAt(events, 'met').timex, 2);
});

test('a date reported before "that" does not date what follows it', () => {
  const text = 'Rubio said on Tuesday that Yermak resigned.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'Tuesday', value: '2025-11-25' }] }), 'resigned');
  assert.equal(v.date, null);
});

test('"before the talks": the frame time is not the event\'s', () => {
  const text = 'On Monday, Rubio walked through the old town before the talks.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'Monday', value: '2025-11-24' }] }), 'talks');
  assert.equal(v.date, null);
});

test('two triggers of one type in a clause, dated the same day at different precision, are one event', () => {
  const text = 'Rubio met Yermak on Tuesday evening, November 25, for talks that ran past midnight.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'Tuesday evening', value: '2025-11-25TEV' }, { text: 'November 25', value: '2025-11-25' }] });
  assert.equal(events.length, 1);
  assert.equal(events[0]!.date, '2025-11-25TEV');
});

test('a trigger inside a source phrase (an `other` mention) is still an event', () => {
  const text = 'The draft that leaked in November surprised Kyiv.';
  const doc = eventsOf({ text, entities: [...E, { id: 'src', name: 'the draft that leaked in November', type: 'other' }], timexes: [{ text: 'November', value: '2025-11' }] });
  assert.equal(eventAt(doc, 'leaked').date, '2025-11');
});

test('a timex after the subject belongs to its verb, not to the nouns after it', () => {
  const text = 'Bloomberg on November 25 published the transcript of a call between Rubio and Yermak.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 25', value: '2025-11-25' }] });
  assert.equal(eventAt(events, 'published').date, '2025-11-25');
  assert.equal(eventAt(events, 'call').date, null);
});

test('an introductory phrase with its own event frames the main clause', () => {
  const text = 'We should remember that at the summit in Geneva (2014), Rubio founded a new forum.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: '2014', value: '2014' }] });
  assert.equal(eventAt(events, 'summit').date, '2014');
  assert.equal(eventAt(events, 'founded').date, '2014');
});

test('a relative clause after a short complement dates the trigger; an event in the coming week is planned', () => {
  const E2: EntitySpec[] = [...E, { id: 'moscow', name: 'Moscow', type: 'place' }, { id: 'russia', name: 'Russia', type: 'place' }];
  const text = 'The envoy was to learn what Russia could accept before Rubio travels to Moscow, which is expected early next week.';
  const v = eventAt(eventsOf({ text, entities: E2, published: '2025-11-26', timexes: [{ text: 'early next week', value: '2025-W49' }] }), 'travels');
  assert.equal(v.date, '2025-W49');
  assert.equal(v.status, 'planned', 'the week starts after the publication date; "could" before "before" is not this event\'s');
  assert.deepEqual(v.participants, ['rubio']);
});

test('weeks and weekends compare with the publication date by their first day', () => {
  assert.equal(isAfter('2025-W49', '2025-11-26'), true);
  assert.equal(isAfter('2025-W48', '2025-11-26'), false);
  assert.equal(isAfter('2026-W01', '2025-12-28'), true);
  assert.equal(isAfter('2026-W01', '2025-12-29'), false);
  assert.equal(isAfter('2025-W48-WE', '2025-11-26'), true);
  assert.equal(isAfter('2025-W48-WE', '2025-11-29'), false);
});

test('a clause placing the trigger by its distance from the sentence\'s day dates it', () => {
  const E3: EntitySpec[] = [...E, { id: 'putin', name: 'Vladimir Putin', type: 'person', forms: ['Putin'] }, { id: 'trump', name: 'Donald Trump', type: 'person', forms: ['Trump'] }];
  const text = 'The first call took place on October 14, four days before Putin spoke to Trump by phone.';
  const evs = eventsOf({ text, entities: E3, timexes: [{ text: 'October 14', value: '2025-10-14' }, { text: 'four days', value: 'P4D', type: 'duration' }] });
  const second = eventAt(evs, 'spoke');
  assert.equal(second.date, '2025-10-18');
  assert.deepEqual([...second.participants].sort(), ['putin', 'trump']);
  const after = 'Drones hit a depot on December 1, a day after Rubio met Yermak in Geneva.';
  const met = eventAt(eventsOf({ text: after, entities: E, timexes: [{ text: 'December 1', value: '2025-12-01' }, { text: 'a day', value: 'P1D', type: 'duration' }] }), 'met');
  assert.equal(met.date, '2025-11-30');
});

test('a date in what was agreed is not the agreement\'s', () => {
  const v = eventAt(eventsOf({ text: 'EU leaders agreed to raise the money to fund Ukraine in 2026.', entities: E, timexes: [{ text: '2026', value: '2026' }] }), 'agreed');
  assert.equal(v.date, null);
});

test('the period of a count ("for the third time this year") does not date the event', () => {
  const v = eventAt(eventsOf({ text: 'Over the weekend, drones struck a refinery in Geneva for the third time this year.', entities: E, timexes: [{ text: 'the weekend', value: '2026-W05-WE' }, { text: 'this year', value: '2026' }] }), 'struck');
  assert.equal(v.date, '2026-W05-WE');
});
