/**
 * Participants, location, status, claim and summary of events, on sentences written for these
 * tests with hand-filled mentions, timexes and claims.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt, eventsOf, type EntitySpec } from './helpers.js';

const E: EntitySpec[] = [
  { id: 'macron', name: 'Emmanuel Macron', type: 'person', forms: ['Macron'] },
  { id: 'starmer', name: 'Keir Starmer', type: 'person', forms: ['Starmer'] },
  { id: 'merz', name: 'Friedrich Merz', type: 'person', forms: ['Merz'] },
  { id: 'stubb', name: 'Alexander Stubb', type: 'person', forms: ['Stubb'] },
  { id: 'meloni', name: 'Giorgia Meloni', type: 'person' },
  { id: 'zelensky', name: 'Volodymyr Zelensky', type: 'person', forms: ['Zelensky'] },
  { id: 'trump', name: 'Donald Trump', type: 'person', forms: ['Trump'] },
  { id: 'witkoff', name: 'Steve Witkoff', type: 'person', forms: ['Witkoff'] },
  { id: 'kushner', name: 'Jared Kushner', type: 'person', forms: ['Kushner'] },
  { id: 'putin', name: 'Vladimir Putin', type: 'person', forms: ['Putin'] },
  { id: 'umerov', name: 'Rustem Umerov', type: 'person', forms: ['Umerov'] },
  { id: 'hnatov', name: 'Andriy Hnatov', type: 'person', forms: ['Hnatov'] },
  { id: 'coalition', name: 'Coalition of the Willing', type: 'organization' },
  { id: 'wsj', name: 'The Wall Street Journal', type: 'organization' },
  { id: 'kremlin', name: 'Kremlin', type: 'organization' },
  { id: 'paris', name: 'Paris', type: 'place' },
  { id: 'florida', name: 'Florida', type: 'place' },
  { id: 'geneva', name: 'Geneva', type: 'place' },
  { id: 'moscow', name: 'Moscow', type: 'place' },
];

test('a participant list after a colon belongs to the event, across lines', () => {
  const text = 'On November 25 a videoconference was held with the participation of:\n' +
    'the French (Emmanuel Macron) and British (Keir Starmer) leaders,\n' +
    'the German chancellor (Friedrich Merz) and the Finnish president (Alexander Stubb).\n\n' +
    'Giorgia Meloni spoke later that day.\n';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'November 25', value: '2025-11-25' }] }), 'videoconference');
  assert.equal(v.date, '2025-11-25');
  assert.deepEqual(v.participants, ['macron', 'starmer', 'merz', 'stubb']);
});

test('negotiators spending days at a place meet there; a relative clause after the trigger names nobody', () => {
  const ents = [...E, { id: 'us', name: 'United States', type: 'place' as const }, { id: 'kyiv', name: 'Kyiv', type: 'place' as const }];
  const events = eventsOf({ text: 'American and Ukrainian negotiators spent two days in Geneva going through the draft that Putin had handed to Kyiv.', entities: ents });
  const v = eventAt(events, 'spent');
  assert.equal(v.type, 'meeting');
  assert.equal(v.location, 'geneva');
  assert.ok(!v.participants.includes('putin') && !v.participants.includes('kyiv'), JSON.stringify(v.participants));
  assert.ok(v.participants.includes('us'), JSON.stringify(v.participants));
  // named sides: "negotiators" before "spent"
  const sides = eventsOf({ text: 'The negotiators spent the weekend at the Intercontinental in Geneva.', entities: ents });
  assert.equal(eventAt(sides, 'spent').type, 'meeting');
  // must not fire: no side as subject, or no time at a place
  assert.equal(eventsOf({ text: 'Umerov spent two days in Geneva.', entities: ents }).filter((e) => e.trigger === 'spent').length, 0);
  assert.equal(eventsOf({ text: 'The negotiators spent millions on lawyers.', entities: ents }).filter((e) => e.trigger === 'spent').length, 0);
  const rel = eventsOf({ text: 'Witkoff met Umerov to discuss the draft that Putin had handed to Kyiv.', entities: ents });
  assert.deepEqual(eventAt(rel, 'met').participants, ['witkoff', 'umerov']);
});

test('the people of a delegation are participants; a possessor is not', () => {
  const text = "Trump's envoy Steve Witkoff met a delegation in Florida that included Rustem Umerov and Andriy Hnatov.";
  const v = eventAt(eventsOf({ text, entities: E }), 'met');
  assert.deepEqual(v.participants, ['witkoff', 'umerov', 'hnatov']);
  assert.equal(v.location, 'florida');
});

test('participants stop at a clause boundary', () => {
  const text = 'Macron called Zelensky; Starmer stayed in London.';
  assert.deepEqual(eventAt(eventsOf({ text, entities: E }), 'called').participants, ['macron', 'zelensky']);
});

test('location: a place after "in", an organisation used as a place after "at the", a visited place', () => {
  const inGeneva = eventAt(eventsOf({ text: 'Umerov met Witkoff in Geneva.', entities: E }), 'met');
  assert.equal(inGeneva.location, 'geneva');
  assert.deepEqual(inGeneva.participants, ['umerov', 'witkoff']);
  const atKremlin = eventAt(eventsOf({ text: 'Putin received Witkoff and Kushner at the Kremlin.', entities: E }), 'received');
  assert.equal(atKremlin.location, 'kremlin');
  assert.deepEqual(atKremlin.participants, ['putin', 'witkoff', 'kushner']);
  const visited = eventAt(eventsOf({ text: 'Witkoff visited Moscow twice.', entities: E }), 'visited');
  assert.equal(visited.location, 'moscow');
});

test('an organisation followed by a noun is not a place ("at the Coalition of the Willing meeting")', () => {
  const v = eventAt(eventsOf({ text: 'Macron spoke at the Coalition of the Willing meeting.', entities: E }), 'meeting');
  assert.equal(v.location, null);
  assert.deepEqual(v.participants, ['macron', 'coalition']);
});

const STATUS: [string, string, string][] = [
  ['Witkoff and Kushner will be in Moscow on Tuesday.', 'be', 'planned'],
  ['Witkoff is expected to visit Moscow next week.', 'visit', 'planned'],
  ['Macron invited Zelensky to visit him in Lyon.', 'visit', 'planned'],
  ['Umerov said he would meet Witkoff in Florida.', 'meet', 'planned'],
  ['Any deal would need the approval of parliament.', 'deal', 'hypothetical'],
  ['If the talks fail, Europe could impose new sanctions.', 'talks', 'hypothetical'],
  ['Zelensky met Trump in Paris.', 'met', 'happened'],
  ['The next round of talks is scheduled for Friday.', 'round', 'planned'],
  ['A call between Macron and Zelensky is expected later this week.', 'call', 'planned'],
  ['A visit by Zelensky to Paris could come in December.', 'visit', 'hypothetical'],
  ['Zelensky met Trump and will return to Kyiv.', 'met', 'happened'],
  ['Critics asked whether an envoy without a mandate can sign anything.', 'sign', 'hypothetical'],
  ['Observers say one cannot hold a fair election under shelling.', 'election', 'hypothetical'],
  ['Starmer said any agreement must leave Ukraine able to defend itself.', 'agreement', 'hypothetical'],
  ['Macron and Starmer signed the accord in London.', 'signed', 'happened'],
];

for (const [text, trigger, status] of STATUS) {
  test(`status ${status}: ${text}`, () => {
    assert.equal(eventAt(eventsOf({ text, entities: E }), trigger).status, status);
  });
}

test('an event inside an attributed claim points to that claim', () => {
  const text = 'The Wall Street Journal says Witkoff informed Coalition of the Willing leaders about the offer. Macron called Zelensky.';
  const events = eventsOf({ text, entities: E, claims: [{ contains: 'Witkoff informed Coalition of the Willing leaders about the offer' }] });
  assert.equal(eventAt(events, 'informed').claim, 0);
  assert.equal(eventAt(events, 'called').claim, null);
});

test('one event per clause and type; the summary names who, where and when', () => {
  const text = 'The meeting in Geneva on November 24 was co-chaired by Macron and Starmer.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 24', value: '2025-11-24' }] });
  assert.equal(events.length, 1);
  const v = events[0]!;
  assert.equal(v.trigger, 'meeting');
  assert.equal(v.id, 'v1');
  assert.equal(v.summary, 'Meeting between Emmanuel Macron and Keir Starmer in Geneva on 2025-11-24.');
});

test('summaries say planned and give intervals', () => {
  const text = 'Umerov will meet Witkoff in Florida from December 4 to December 5.';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'December 4', value: '2025-12-04' }, { text: 'December 5', value: '2025-12-05' }] }), 'meet');
  assert.equal(v.summary, 'Planned meeting between Rustem Umerov and Steve Witkoff in Florida from 2025-12-04 to 2025-12-05.');
});

test('summaries say who acts ("by"), whom it happens to ("of"), and "in" a period longer than a day', () => {
  const visit = eventAt(eventsOf({ text: 'Macron visited Paris in December.', entities: E, timexes: [{ text: 'December', value: '2025-12' }] }), 'visited');
  assert.equal(visit.summary, 'Visit by Emmanuel Macron to Paris in 2025-12.');
  const resigned = eventAt(eventsOf({ text: 'Umerov resigned on November 28.', entities: E, timexes: [{ text: 'November 28', value: '2025-11-28' }] }), 'resigned');
  assert.equal(resigned.summary, 'Resignation of Rustem Umerov on 2025-11-28.');
  const call = eventAt(eventsOf({ text: 'A phone call with Zelensky took place on Monday.', entities: E, timexes: [{ text: 'Monday', value: '2025-11-24' }] }), 'phone call');
  assert.equal(call.summary, 'Call with Volodymyr Zelensky on 2025-11-24.');
  const kremlin = eventAt(eventsOf({ text: 'Witkoff met Putin at the Kremlin on Tuesday.', entities: E, timexes: [{ text: 'Tuesday', value: '2025-12-02' }] }), 'met');
  assert.equal(kremlin.summary, 'Meeting between Steve Witkoff and Vladimir Putin in the Kremlin on 2025-12-02.');
});

test('an event with no actor in its clause takes those of the previous sentence of its paragraph', () => {
  const text = 'Umerov asked Witkoff for a new text. Talks took place in Geneva on November 24. Elections may follow.\n\nTalks resumed in Florida.\n';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'November 24', value: '2025-11-24' }] });
  const [geneva, elections, florida] = events;
  assert.equal(events.length, 3);
  assert.deepEqual(elections!.participants, [], 'only meetings, calls and agreements inherit');
  assert.deepEqual(geneva!.participants, ['umerov', 'witkoff']);
  assert.ok(geneva!.confidence <= 0.5);
  assert.equal(geneva!.location, 'geneva');
  assert.deepEqual(florida!.participants, [], 'a new paragraph does not inherit');
});

test('names inside an inline bracketed reference are not participants', () => {
  const text = 'Putin called Trump on October 14 [«Putin and Witkoff: the transcript», The Wall Street Journal, November 25, 2025.].';
  const doc = eventsOf({ text, entities: E, timexes: [{ text: 'October 14', value: '2025-10-14' }] });
  assert.deepEqual(eventAt(doc, 'called').participants, ['putin', 'trump']);
});

test('a trigger in an opening phrase takes the actors of its sentence; a relative clause about it dates it', () => {
  const text = 'Nothing leaked for weeks.\n\nIn the call, which took place on October 14, Witkoff advised Putin on the wording.\n';
  const v = eventAt(eventsOf({ text, entities: E, timexes: [{ text: 'October 14', value: '2025-10-14' }] }), 'call');
  assert.equal(v.date, '2025-10-14');
  assert.deepEqual(v.participants, ['witkoff', 'putin']);
});

test('places reached by a motion or chained after a setting are not participants', () => {
  const text = 'Witkoff and Kushner will travel to Moscow to meet Putin. Umerov met Witkoff in Hallandale Beach, Florida.';
  const events = eventsOf({ text, entities: [...E, { id: 'hb', name: 'Hallandale Beach', type: 'place' }] });
  assert.ok(!eventAt(events, 'meet').participants.includes('moscow'));
  const met = eventAt(events, 'met');
  assert.deepEqual(met.participants, ['umerov', 'witkoff']);
  assert.equal(met.location, 'hb');
});

test('a city modifying a noun, reached with "to" or chained with "or" is nobody\'s participant; a state and a city acting are', () => {
  const kyiv = { id: 'kyiv', name: 'Kyiv', type: 'place' as const };
  const russia = { id: 'russia', name: 'Russia', type: 'place' as const };
  const ents = [...E, kyiv, russia];
  // "the Geneva changes": where, not who.
  let events = eventsOf({ text: 'Witkoff met Umerov to weigh which of the Geneva changes Russia could accept.', entities: ents });
  assert.deepEqual(eventAt(events, 'met').participants, ['witkoff', 'umerov', 'russia']);
  // "carried the draft to Kyiv": a destination.
  events = eventsOf({ text: 'Witkoff, who had carried the draft to Kyiv, met Putin on Monday.', entities: ents });
  assert.ok(!eventAt(events, 'met').participants.includes('kyiv'));
  // "in Kyiv or Moscow": both are settings.
  events = eventsOf({ text: 'A meeting could follow, though nobody in Kyiv or Moscow would confirm it.', entities: ents });
  assert.deepEqual(eventAt(events, 'meeting').participants, []);
  // A landmark or a time zone: "north of Moscow", "Moscow time".
  events = eventsOf({ text: 'Witkoff met Putin at a dacha north of Moscow until after midnight Moscow time.', entities: ents });
  assert.deepEqual(eventAt(events, 'met').participants, ['witkoff', 'putin']);
  // A city acting keeps its part: "the Kremlin said", "talks between Kyiv and Moscow".
  events = eventsOf({ text: 'The talks between Kyiv and Moscow resumed on Monday.', entities: ents });
  assert.deepEqual(eventAt(events, 'talks').participants, ['kyiv', 'moscow']);
  events = eventsOf({ text: 'The Kremlin said the meeting with Witkoff went well.', entities: ents });
  assert.deepEqual(eventAt(events, 'meeting').participants, ['kremlin', 'witkoff']);
  // An organisation as a topic: "the Energoatom scandal"; as a body that acts it stays.
  const eo = { id: 'eo', name: 'Energoatom', type: 'organization' as const };
  events = eventsOf({ text: 'Since the Energoatom scandal and the resignation of Umerov, the talks have stalled.', entities: [...ents, eo] });
  assert.deepEqual(eventAt(events, 'resignation').participants, ['umerov']);
  events = eventsOf({ text: 'The Energoatom board met Umerov on Monday.', entities: [...ents, eo] });
  assert.deepEqual(eventAt(events, 'met').participants, ['eo', 'umerov']);
  // A person's name as a modifier: "the Trump administration's draft".
  events = eventsOf({ text: "Witkoff presented the Trump administration's draft to Zelensky at a meeting in Paris.", entities: ents });
  assert.deepEqual(eventAt(events, 'meeting').participants, ['witkoff', 'zelensky']);
});

test('a body in an apposition describing a person is whom they serve, not a participant', () => {
  const office = { id: 'office', name: 'Office of the President', type: 'organization' as const };
  const events = eventsOf({ text: 'Umerov, the head of the Office of the President, resigned on Friday.', entities: [...E, office] });
  assert.deepEqual(eventAt(events, 'resigned').participants, ['umerov']);
  // After the apposition closes, names take part again.
  const met = eventsOf({ text: 'Putin met Witkoff, the envoy of the White House, and Umerov.', entities: [...E, { id: 'wh', name: 'White House', type: 'organization' as const }] });
  assert.deepEqual(eventAt(met, 'met').participants, ['putin', 'witkoff', 'umerov']);
});

test('the body named in a person\'s role is whom they serve, not a participant', () => {
  const army = { id: 'army', name: 'US Army', type: 'organization' as const };
  const driscoll = { id: 'driscoll', name: 'Dan Driscoll', type: 'person' as const, roles: ['US Army Secretary'] };
  const events = eventsOf({ text: 'US Army Secretary Dan Driscoll met Zelensky on Thursday.', entities: [...E, army, driscoll] });
  assert.deepEqual(eventAt(events, 'met').participants, ['driscoll', 'zelensky']);
  // Without the role, the army would count.
  const plain = eventsOf({ text: 'The US Army met Zelensky on Thursday.', entities: [...E, army] });
  assert.deepEqual(eventAt(plain, 'met').participants, ['army', 'zelensky']);
});

test('"the meeting" right after a dated meeting is that meeting: its people join it', () => {
  const text = 'Witkoff and Kushner met Putin at the Kremlin on Tuesday. On the Russian side, the meeting was attended by Umerov.\n\n' +
    'Macron will host the next meeting in Paris.';
  const events = eventsOf({ text, entities: E, timexes: [{ text: 'Tuesday', value: '2025-12-02' }] });
  const met = eventAt(events, 'met');
  assert.deepEqual(met.participants, ['witkoff', 'kushner', 'putin', 'umerov']);
  assert.equal(events.filter((e) => e.trigger === 'meeting').length, 1, 'only "the next meeting" stays, an event of its own');
  // A resignation named again, after a heading: the same resignation, and its announcer is not its subject.
  const quit = eventsOf({ text: 'Umerov resigned on Friday, November 28.\n\nReactions\n\nZelensky announced the resignation in the evening.', entities: E, timexes: [{ text: 'Friday, November 28', value: '2025-11-28' }] });
  assert.deepEqual(quit.filter((e) => e.type === 'resignation').map((e) => [e.trigger, e.participants]), [['resigned', ['umerov']]]);
  // Undated, or far from any dated meeting: an event of its own.
  const alone = eventsOf({ text: 'Umerov spoke to reporters. The weather was cold. Markets were calm. The meeting ended late.', entities: E });
  assert.equal(eventAt(alone, 'meeting').date, null);
});

test('a publication\'s participants are who published it, not whom the text is about', () => {
  const ents = [...E, { id: 'bloomberg', name: 'Bloomberg', type: 'organization' as const }];
  let events = eventsOf({ text: 'A transcript of a call between Witkoff and Putin, published by Bloomberg on Tuesday, caused a stir.', entities: ents });
  assert.deepEqual(eventAt(events, 'published').participants, ['bloomberg']);
  events = eventsOf({ text: 'Bloomberg also released a transcript of a conversation between Witkoff and Putin.', entities: ents });
  assert.deepEqual(eventAt(events, 'released').participants, ['bloomberg']);
});

test('a place modifying a trigger noun is its location and nobody\'s participant', () => {
  const text = 'The Moscow meeting followed a call between Umerov and Witkoff.';
  const events = eventsOf({ text, entities: E });
  assert.equal(eventAt(events, 'meeting').location, 'moscow');
  assert.deepEqual(eventAt(events, 'call').participants, ['umerov', 'witkoff']);
  assert.ok(!eventAt(events, 'meeting').participants.includes('moscow'));
});

test('an aside naming a place is not the location; the name a "who" clause is about takes part', () => {
  const aside = eventAt(eventsOf({ text: 'Umerov, the negotiator in Geneva, resigned on Friday.', entities: E }), 'resigned');
  assert.equal(aside.location, null);
  const who = eventAt(eventsOf({ text: 'Hnatov, who led the team in Geneva, resigned on Friday.', entities: E }), 'resigned');
  assert.deepEqual(who.participants, ['hnatov']);
  assert.equal(who.location, null);
  const opening = eventAt(eventsOf({ text: 'In Geneva, Umerov met Witkoff.', entities: E }), 'met');
  assert.equal(opening.location, 'geneva');
});

const WISHES: [string, string][] = [
  ['Zelensky said that he was ready to hold elections.', 'elections'],
  ['The draft called for elections within a hundred days.', 'elections'],
  ['Moscow asked whether Zelensky can sign anything.', 'sign'],
];
for (const [text, trigger] of WISHES) {
  test(`status hypothetical (wish or proposal): ${text}`, () => {
    assert.equal(eventAt(eventsOf({ text, entities: E }), trigger).status, 'hypothetical');
  });
}

test('"in May" is a month, not a modal', () => {
  assert.equal(eventAt(eventsOf({ text: 'In May Zelensky met Trump in Paris.', entities: E }), 'met').status, 'happened');
});

test('"the Coalition of the Willing held" is no wish', () => {
  const v = eventAt(eventsOf({ text: 'The Coalition of the Willing held a videoconference.', entities: E }), 'videoconference');
  assert.equal(v.status, 'happened');
});

test('a group named by nationality stands for its country when the report names the country', () => {
  const ents: EntitySpec[] = [...E, { id: 'us', name: 'United States', type: 'place', forms: ['US'] }, { id: 'ua', name: 'Ukraine', type: 'place' }];
  const text = 'Ukrainian and American negotiators met in Geneva. The US wants a deal with Ukraine.';
  assert.deepEqual(eventAt(eventsOf({ text, entities: ents }), 'met').participants, ['ua', 'us']);
  const none = eventAt(eventsOf({ text: 'The Russian side met in Geneva.', entities: ents }), 'met');
  assert.deepEqual(none.participants, [], 'no entity for Russia in this report: no participant…');
  assert.deepEqual(none.parties.map((p) => p.country), ['Russia'], '…but a party, resolved by name across reports');
});

const PARTIES: [text: string, trigger: string, countries: string[]][] = [
  ['Witkoff met a Ukrainian delegation in Florida.', 'met', ['Ukraine']],
  ['Talks with the Ukrainians resumed in Florida on Sunday.', 'Talks', ['Ukraine']],
  ['The Russians met Witkoff in Moscow.', 'met', ['Russia']],
  ["Umerov led Ukraine's delegation in Geneva.", 'led', ['Ukraine']],
  ["Witkoff met Kyiv's negotiators in Florida.", 'met', ['Ukraine']],
  ['Negotiators from the two sides met in Geneva.', 'met', []],
  // a recipient, not a side; a people without "the" is the population
  ['In a call, Putin and Witkoff discussed sending the Americans a new paper.', 'call', []],
  ['Ukrainians met the news with relief as Witkoff met Putin.', 'met', []],
];
for (const [text, trigger, countries] of PARTIES) {
  test(`a nationality group with no entity in the report is a party: ${text}`, () => {
    const v = eventAt(eventsOf({ text, entities: E }), trigger);
    assert.deepEqual(v.parties.map((p) => p.country), countries);
    for (const p of v.parties) assert.ok(p.start >= 0 && p.end > p.start && p.end <= text.length, 'a party is a span of the text');
  });
}

test('who resigns is the subject; "the resignation of X" names X', () => {
  let events = eventsOf({ text: 'Witkoff, who led the team in Geneva, resigned on Friday, and Umerov took his place.', entities: E });
  assert.deepEqual(eventAt(events, 'resigned').participants, ['witkoff']);
  events = eventsOf({ text: 'The talks stalled after the resignation of Umerov on Friday.', entities: E });
  assert.deepEqual(eventAt(events, 'resignation').participants, ['umerov']);
  events = eventsOf({ text: 'Zelensky announced the resignation in his evening address.', entities: E });
  assert.deepEqual(eventAt(events, 'resignation').participants, []);
  events = eventsOf({ text: "Analysts weighed Umerov's resignation against the talks.", entities: E });
  assert.deepEqual(eventAt(events, 'resignation').participants, ['umerov']);
  events = eventsOf({ text: 'Merz wrote that Witkoff should be dismissed.', entities: E });
  assert.deepEqual(eventAt(events, 'dismissed').participants, ['witkoff']);
});

test('after a coordinated second trigger, the names are that event\'s', () => {
  const ents = [...E, { id: 'russia', name: 'Russia', type: 'place' as const }];
  const events = eventsOf({ text: 'Witkoff flew to Geneva on Monday and met a Russian delegation and Umerov there.', entities: ents });
  assert.deepEqual(eventAt(events, 'flew').participants, ['witkoff']);
  assert.deepEqual(eventAt(events, 'met').participants, ['russia', 'witkoff', 'umerov']);
});

test('a nationality group that reports the event is its source, not a side', () => {
  const ents = [...E, { id: 'russia', name: 'Russia', type: 'place' as const }, { id: 'us', name: 'United States', type: 'place' as const }];
  let events = eventsOf({ text: 'Witkoff met a Russian delegation on Monday, according to American officials.', entities: ents });
  assert.deepEqual(eventAt(events, 'met').participants, ['russia', 'witkoff']);
  events = eventsOf({ text: 'Witkoff met a Russian delegation on Monday, American officials said.', entities: ents });
  assert.deepEqual(eventAt(events, 'met').participants, ['russia', 'witkoff']);
});

test('a possessive country before a group is a participant when the report names it; other possessors are not', () => {
  const ents: EntitySpec[] = [...E, { id: 'ua', name: 'Ukraine', type: 'place' }];
  const v = eventAt(eventsOf({ text: "Umerov led Ukraine's delegation in Geneva.", entities: ents }), 'led');
  assert.deepEqual(v.participants, ['ua', 'umerov']);
  assert.deepEqual(v.parties, []);
});

test('the people of a side, told in the next sentences, join the meeting', () => {
  const text = 'Negotiators met in Geneva on Sunday. The Ukrainian delegation was led by Rustem Umerov and included Andriy Hnatov. ' +
    'Steve Witkoff led the American side.\n\nMacron also took part.\n';
  const v = eventAt(eventsOf({ text, entities: E }), 'met');
  assert.deepEqual(v.participants, ['umerov', 'hnatov', 'witkoff', 'macron']);
});

test('a delegation sentence too far from the meeting, or telling a meeting of its own, adds nobody to the earlier one', () => {
  const far = 'Negotiators met in Geneva. The weather was cold. The talk was of snow. The Ukrainian team was headed by Umerov.';
  assert.deepEqual(eventAt(eventsOf({ text: far, entities: E }), 'met').participants, []);
  const own = 'Macron met Starmer in Paris. The Ukrainian delegation was led by Umerov at talks in Geneva.';
  assert.deepEqual(eventAt(eventsOf({ text: own, entities: E }), 'met').participants, ['macron', 'starmer']);
  const twoParagraphs = 'Macron met Starmer in Paris.\n\nIt rained.\n\nThe team included Umerov.\n';
  assert.deepEqual(eventAt(eventsOf({ text: twoParagraphs, entities: E }), 'met').participants, ['macron', 'starmer']);
});

test('"the envoys" stands for the people the report introduced as envoys', () => {
  const listed = 'Putin received the American envoys Steve Witkoff and Jared Kushner in Moscow. The envoys had met Umerov in Florida two days earlier.';
  const v = eventsOf({ text: listed, entities: E }).filter((e) => e.trigger === 'met')[0]!;
  assert.deepEqual(v.participants, ['umerov', 'witkoff', 'kushner']);
  const byRole: EntitySpec[] = E.map((e) => (e.id === 'witkoff' ? { ...e, roles: ['special envoy'] } : e));
  assert.deepEqual(eventAt(eventsOf({ text: 'The envoys met Umerov in Florida.', entities: byRole }), 'met').participants, ['umerov', 'witkoff']);
  // a noun no one holds as a role refers to no one
  assert.deepEqual(eventAt(eventsOf({ text: 'The soldiers met Umerov in Florida.', entities: byRole }), 'met').participants, ['umerov']);
  const many: EntitySpec[] = E.map((e) => (e.type === 'person' ? { ...e, roles: ['minister'] } : e));
  assert.deepEqual(eventAt(eventsOf({ text: 'The ministers met Umerov in Florida.', entities: many }), 'met').participants, ['umerov'], 'a class, not a reference');
});

test('the content of a statement is not its participants; a reporting source is not either', () => {
  const told = eventAt(eventsOf({ text: 'Umerov told reporters that Zelensky would decide.', entities: E }), 'told reporters');
  assert.deepEqual(told.participants, ['umerov']);
  const said = eventAt(eventsOf({ text: 'Witkoff will meet Putin in Moscow, the Kremlin said.', entities: E }), 'meet');
  assert.deepEqual(said.participants, ['witkoff', 'putin']);
});
