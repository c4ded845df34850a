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
  { id: 'umerov', name: 'Rustem Umerov', type: 'person', forms: ['Umerov'] },
  { id: 'observer', name: 'Olena Marchuk', type: 'person' },
  { id: 'watch', name: 'Vote Monitor Ukraine', type: 'organization' },
  { id: 'kyiv', name: 'Kyiv', type: 'place' },
  { id: 'ukraine', name: 'Ukraine', type: 'place' },
  { id: 'washington', name: 'Washington', type: 'place' },
  { id: 'trump', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
  { id: 'putin', name: 'Vladimir Putin', type: 'person', forms: ['Putin'] },
  { id: 'kharkiv', name: 'Kharkiv', type: 'place' },
  { id: 'russia', name: 'Russia', type: 'place' },
  { id: 'whitehouse', name: 'White House', type: 'organization' },
  { id: 'kiper', name: 'Oleh Kiper', type: 'person' },
  { id: 'izmail', name: 'Izmail', type: 'place' },
  { id: 'paris', name: 'Paris', type: 'place' },
  { id: 'dublin', name: 'Dublin', type: 'place' },
  { id: 'us', name: 'US', type: 'place' },
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

test('an event in someone else\'s quotation takes no party or place from outside it; a first-person speaker is a party', () => {
  const third = eventAt(eventsOf({
    text: '"Nobody can run a fair election while the shelling goes on," said Olena Marchuk of Vote Monitor Ukraine in Kyiv.\n', entities: E,
    quotes: [{ contains: 'Nobody can run a fair election while the shelling goes on,' }],
  }), 'election');
  assert.deepEqual(third.participants, []);
  assert.equal(third.location, null);
  const first = eventAt(eventsOf({
    text: '"We will meet the Russians again in Istanbul," Umerov said in Kyiv.\n', entities: E,
    quotes: [{ contains: 'We will meet the Russians again in Istanbul,' }],
  }), 'meet');
  assert.ok(first.participants.includes('umerov'), 'the speaker speaks for his side');
  assert.equal(first.location, 'istanbul');
  // A phrase quoted inside the author's sentence keeps the sentence's subject.
  const phrase = eventAt(eventsOf({
    text: 'In Washington, the president said Ukraine was "hiding behind the war to avoid an election".\n', entities: E,
    quotes: [{ contains: 'hiding behind the war to avoid an election', rule: 'attribution/quote-in-claim' }],
  }), 'election');
  assert.ok(phrase.participants.includes('ukraine'));
  assert.notEqual(phrase.location, 'washington');
});

test('a refusal and a condition counted from a supposed event are not events that happened', () => {
  const refusal = eventAt(eventsOf({ text: 'The president said Ukraine was using the war not to hold an election.\n', entities: E }), 'election');
  assert.equal(refusal.status, 'hypothetical');
  const declined = eventAt(eventsOf({ text: 'Moscow declined to hold talks in Istanbul.\n', entities: E }), 'talks');
  assert.equal(declined.status, 'hypothetical');
  const condition = eventsOf({ text: 'The draft asked for elections within 100 days of a peace deal.\n', entities: E });
  assert.equal(eventAt(condition, 'deal').status, 'hypothetical');
  const happened = eventAt(eventsOf({ text: 'Umerov met the Russians in Istanbul.\n', entities: E }), 'met');
  assert.equal(happened.status, 'happened');
});

test('who says that someone else acts is no party; who says that he acted is', () => {
  const other = eventAt(eventsOf({ text: 'Trump told a radio host on Monday that Ukraine had refused an election.\n', entities: E }), 'election');
  assert.ok(!other.participants.includes('trump'));
  assert.ok(other.participants.includes('ukraine'));
  const self = eventAt(eventsOf({ text: 'Umerov said that he met Putin in Istanbul.\n', entities: E }), 'met');
  assert.ok(self.participants.includes('umerov'));
  assert.ok(self.participants.includes('putin'));
});

test('a clause after ", and" with a subject of its own tells another event; a list does not split', () => {
  const evs = eventsOf({ text: 'Umerov resigned after a search of his office, and Trump, back in Washington, took his place.\n', entities: E });
  assert.deepEqual(eventAt(evs, 'search').participants, ['umerov']);
  assert.deepEqual(eventAt(evs, 'took his place').participants, ['trump']);
  const list = eventAt(eventsOf({ text: 'Putin met Umerov, Trump, and Zelensky in Istanbul.\n', entities: E }), 'met');
  assert.deepEqual([...list.participants].sort(), ['putin', 'trump', 'umerov', 'zelensky']);
});

test('an attack takes its target as its place and the country of the weapons as a party; a halt to strikes is no strike', () => {
  const v = eventAt(eventsOf({ text: 'Russian missiles struck Kharkiv before dawn.\n', entities: E }), 'struck');
  assert.equal(v.location, 'kharkiv');
  assert.ok(!v.participants.includes('kharkiv'));
  assert.ok(v.participants.includes('russia'));
  const halt = eventAt(eventsOf({ text: 'The readout mentioned only a halt to strikes on power plants.\n', entities: E }), 'strikes');
  assert.equal(halt.status, 'hypothetical');
});

test('an opening "According to …" phrase names the source, not the parties; a place before a complement "that" is where it was said', () => {
  const evs = eventsOf({ text: 'According to a statement published by the White House, both sides agreed to keep shipping safe.\n', entities: E });
  assert.deepEqual(eventAt(evs, 'agreed').participants, []);
  assert.deepEqual(eventAt(evs, 'published').participants, ['whitehouse']);
  const deal = eventAt(eventsOf({ text: 'Zelensky told reporters in Kyiv that Ukraine would not accept any deal on those terms.\n', entities: E }), 'deal');
  assert.notEqual(deal.location, 'kyiv');
});

test('a second verb of one subject does not take the first verb\'s object; a modal inside what is said is not the telling\'s', () => {
  const evs = eventsOf({ text: 'Umerov met Putin the following day and told journalists that Kyiv would not give up the plant.\n', entities: E });
  const told = eventAt(evs, 'told journalists');
  assert.deepEqual(told.participants, ['umerov']);
  assert.equal(told.status, 'happened');
  assert.deepEqual([...eventAt(evs, 'met').participants].sort(), ['putin', 'umerov']);
});

test('a present-tense "heads the delegation" is a role, not a meeting; a reported date after "said" is not the event\'s', () => {
  assert.deepEqual(eventsOf({ text: 'Umerov, who heads the Ukrainian delegation, is a former defence minister.\n', entities: E }).map((e) => e.trigger), []);
  const v = eventAt(eventsOf({
    text: 'A diplomat present at the meeting said the Americans wanted a framework by mid-2027.\n', entities: E,
    timexes: [{ text: 'mid-2027', value: '2027' }],
  }), 'meeting');
  assert.equal(v.date, null);
});

test('an election that "can" only be held under conditions is hypothetical', () => {
  const v = eventAt(eventsOf({ text: 'Under the constitution, a presidential election can be held only after martial law ends.\n', entities: E }), 'election');
  assert.equal(v.status, 'hypothetical');
});

test('who reports an attack is no party, nor are the parties of a later event in a clause of time; a town neither attacks nor visits', () => {
  const attack = eventAt(eventsOf({ text: 'A Russian drone attack set fire to a terminal in Izmail, regional governor Oleh Kiper said, a day after US and Ukrainian negotiators ended talks.\n', entities: E }), 'attack');
  assert.deepEqual(attack.participants, ['russia']);
  assert.equal(attack.location, 'izmail');
  const visit = eventAt(eventsOf({ text: 'Zelensky is expected to visit Paris within two days and Dublin later in the month.\n', entities: E }), 'visit');
  assert.deepEqual(visit.participants, ['zelensky']);
});

test('"X said in a statement": the statement is X\'s', () => {
  const v = eventAt(eventsOf({ text: 'The fire was out by noon, Oleh Kiper said in a statement on Telegram.\n', entities: E }), 'statement');
  assert.deepEqual(v.participants, ['kiper']);
});

test('a colon that explains opens no list of parties; one after "of" does', () => {
  const v = eventAt(eventsOf({ text: 'Whoever leaked the call, the effect is plain: Zelensky now distrusts the channel.\n', entities: E }), 'call');
  assert.deepEqual(v.participants, []);
  const list = eventAt(eventsOf({ text: 'The call was held with the participation of:\n\nZelensky, Umerov and Putin.\n', entities: E }), 'call');
  assert.deepEqual([...list.participants].sort(), ['putin', 'umerov', 'zelensky']);
});

test('an unlikely deal, a prospect of one and an air raid are not events that happened; a meeting ", scheduled for" a day ahead is planned', () => {
  const unlikely = eventsOf({ text: 'A senior diplomat said a deal before Christmas looked unlikely.\n', entities: E, timexes: [{ text: 'Christmas', value: '2025-12-25' }] });
  assert.equal(eventAt(unlikely, 'deal').status, 'hypothetical');
  assert.equal(eventAt(unlikely, 'deal').date, null, 'a bound, not the date');
  assert.equal(eventAt(eventsOf({ text: 'The window for a deal is closing.\n', entities: E }), 'deal').status, 'hypothetical');
  assert.deepEqual(eventsOf({ text: 'Air raid sirens sounded across the country overnight.\n', entities: E }).map((e) => e.trigger), []);
  const scheduled = eventAt(eventsOf({ text: 'The meeting in Geneva, scheduled for noon on Sunday, will be the first since October.\n', published: '2025-12-27', entities: E, timexes: [{ text: 'noon on Sunday', value: '2025-12-28T12:00', type: 'time' }] }), 'meeting');
  assert.equal(scheduled.status, 'planned');
});

test('a deal someone else talks about takes no parties from the sentence before; the speaker\'s own talks do', () => {
  const other = eventAt(eventsOf({
    text: 'Zelensky spoke to Putin on Friday. A senior diplomat said a deal looked unlikely.\n', entities: E,
    claims: [{ contains: 'a deal looked unlikely', cue: 'said' }],
  }), 'deal');
  assert.deepEqual(other.participants, []);
  const own = eventAt(eventsOf({
    text: 'Umerov met Putin for six hours. He called it the best day of talks so far.\n', entities: E,
    claims: [{ contains: 'it the best day of talks so far', cue: 'called', source: 'umerov' }],
  }), 'talks');
  assert.ok(own.participants.includes('umerov'));
});

test('a place inside a relative clause about something else is not where the event happens', () => {
  const v = eventAt(eventsOf({ text: 'The chancellor hosted a meeting whose agenda had been set in Washington.\n', entities: E }), 'meeting');
  assert.notEqual(v.location, 'washington');
});

test('a deal that is "closer than ever" has not happened', () => {
  assert.equal(eventAt(eventsOf({ text: 'Both men said afterwards that a deal was "closer than ever".\n', entities: E }), 'deal').status, 'hypothetical');
});

test('an appointment is of the appointee, not of the post or the one replaced', () => {
  const E4: EntitySpec[] = [...E, { id: 'office', name: 'Presidential Office', type: 'organization' }];
  const v = eventAt(eventsOf({ text: 'Umerov was appointed head of the Presidential Office on Friday, replacing Trump.\n', entities: E4 }), 'appointed');
  assert.deepEqual(v.participants, ['umerov']);
});

test('members listed after "Among them were" join the meeting; a place in an infinitive\'s clause and an agreement in a condition are another event\'s', () => {
  const met = eventAt(eventsOf({ text: 'Leaders met in Paris on Tuesday. Among them were Zelensky and Umerov.\n', entities: E }), 'met');
  assert.ok(met.participants.includes('zelensky') && met.participants.includes('umerov'), JSON.stringify(met.participants));
  const evs = eventsOf({ text: 'The declaration they signed commits Russia to keep a force in Kharkiv once a ceasefire is agreed.\n', entities: E });
  const signed = eventAt(evs, 'signed');
  assert.notEqual(signed.location, 'kharkiv');
  assert.equal(signed.status, 'happened');
  assert.equal(eventAt(evs, 'agreed').status, 'hypothetical');
  const likely = eventAt(eventsOf({ text: 'A meeting is likely to take place in Istanbul next week.\n', entities: E }), 'meeting');
  assert.equal(likely.location, 'istanbul');
});

test('a statement\'s parties stop at the next trigger ("told reporters after his meeting with …")', () => {
  const v = eventAt(eventsOf({ text: 'Umerov told reporters after his meeting with Putin that the talks were constructive.\n', entities: E }), 'told reporters');
  assert.deepEqual(v.participants, ['umerov']);
});
