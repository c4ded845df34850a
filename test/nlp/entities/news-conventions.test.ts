/**
 * Rules for news naming conventions: names nested in longer names, events, possessives,
 * affiliations and boundaries. Table-driven; every table has cases that must not fire.
 * Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Candidate } from '../../../src/nlp/entities/candidate.js';
import { candidate } from '../../../src/nlp/entities/candidate.js';
import type { EntityType } from '../../../src/model/annotations.js';
import type { Document } from '../../../src/model/document.js';
import type { Refiner } from '../../../src/nlp/pipeline.js';
import { analyseText, mentionTexts } from './helpers.js';

type Span = [text: string, type: EntityType, rule?: string];

/** Run one refiner over candidates placed at the first occurrence of each text (after `from`). */
function run(refiner: Refiner<Candidate>, text: string, spans: Span[]): string[] {
  const doc: Document = analyseText(`${text}\n`);
  let from = 0;
  const cs = spans.map(([t, type, rule]) => {
    const start = doc.text.indexOf(t, from);
    assert.ok(start >= 0, `${t} in ${text}`);
    from = start + 1;
    return candidate({ start, end: start + t.length, type, rule: rule ?? 'test', confidence: 0.9, zone: 'body' });
  });
  return refiner.refine(doc, cs).map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
}

test('nested-places: a country opening a state body, a place after "University of", any name after "Municipality of", a place opening a school or a paper', async () => {
  const { nestedPlacesRefiner } = await import('../../../src/nlp/entities/refiners/nested-places.js');
  const cases: [string, Span[], string[]][] = [
    ['The US National Science Foundation paid.', [['US National Science Foundation', 'organization']], ['US National Science Foundation/organization', 'US/place']],
    ['A United Kingdom Home Office spokesman agreed.', [['United Kingdom Home Office', 'organization']], ['United Kingdom Home Office/organization', 'United Kingdom/place']],
    ['The U.S. Department of Agriculture said so.', [['U.S. Department of Agriculture', 'organization']], ['U.S. Department of Agriculture/organization', 'U.S./place']],
    ['She is a University of Southern Indiana graduate.', [['University of Southern Indiana', 'organization']], ['University of Southern Indiana/organization', 'Southern Indiana/place']],
    ['The Municipality of Quelbrook sued.', [['Municipality of Quelbrook', 'organization']], ['Municipality of Quelbrook/organization', 'Quelbrook/place']],
    ['Students of the Moscow Institute of Physics and Technology won.', [['Moscow Institute of Physics and Technology', 'organization']], ['Moscow Institute of Physics and Technology/organization', 'Moscow/place']],
    ['The Chicago Tribune reported it.', [['Chicago Tribune', 'organization']], ['Chicago Tribune/organization', 'Chicago/place']],
    // must not fire: companies, banks, outlets and parties named after a place; a discipline after "University of"; a place name
    ['Singapore Airlines flew.', [['Singapore Airlines', 'organization']], ['Singapore Airlines/organization']],
    ['The Bank of Canada disagreed.', [['Bank of Canada', 'organization']], ['Bank of Canada/organization']],
    ['The China Daily said so.', [['China Daily', 'organization']], ['China Daily/organization']],
    ['The University of Technology opened.', [['University of Technology', 'organization']], ['University of Technology/organization']],
    ['The State of Texas sued.', [['State of Texas', 'place']], ['State of Texas/place']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(nestedPlacesRefiner, text, spans), want, text);
});

test('nested-people: a person the report names opens an institution named after them', async () => {
  const { nestedPeopleRefiner } = await import('../../../src/nlp/entities/refiners/nested-people.js');
  const cases: [string, Span[], string[]][] = [
    ['Mary Tate gave money to the Mary Tate Foundation.', [['Mary Tate', 'person'], ['Mary Tate Foundation', 'organization']], ['Mary Tate/person', 'Mary Tate Foundation/organization', 'Mary Tate/person']],
    ['Mary Tate gave money to the Tate Gallery.', [['Mary Tate', 'person'], ['Tate Gallery', 'place']], ['Mary Tate/person', 'Tate Gallery/place', 'Tate/person']],
    // must not fire: nobody of that name in the report; a person's own name
    ['Money went to the Nobel Foundation and to Mary Tate.', [['Nobel Foundation', 'organization'], ['Mary Tate', 'person']], ['Nobel Foundation/organization', 'Mary Tate/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(nestedPeopleRefiner, text, spans), want, text);
});

test('event-names: fairs, festivals and cups are no actors; a known name they open with is kept', async () => {
  const { eventNamesRefiner } = await import('../../../src/nlp/entities/refiners/event-names.js');
  const cases: [string, Span[], string[]][] = [
    ['She won a Google Science Fair prize.', [['Google Science Fair', 'organization']], ['Google Science Fair/other', 'Google/organization']],
    ['She won a Google Science Fair prize.', [['Google Science', 'organization']], ['Google Science Fair/other', 'Google/organization']],
    ['The Harbour Lantern Festival opened.', [['Harbour Lantern Festival', 'place']], ['Harbour Lantern Festival/other']],
    // must not fire: no event word; a person; one word
    ['The Harbour Lantern Society met.', [['Harbour Lantern Society', 'organization']], ['Harbour Lantern Society/organization']],
    ['Mary Fair spoke.', [['Mary Fair', 'person']], ['Mary Fair/person']],
    // a code name is an operation, whatever the tagger said; "Operations" as a department is not
    ['Investigators called the inquiry Operation Midas.', [['Operation Midas', 'person']], ['Operation Midas/other']],
    ['The Operations Directorate met.', [['Operations Directorate', 'organization']], ['Operations Directorate/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(eventNamesRefiner, text, spans), want, text);
});

test('crossing: a tagger name running into a known multi-word name ends before it', async () => {
  const { crossingRefiner } = await import('../../../src/nlp/entities/refiners/crossing.js');
  const cases: [string, Span[], string[]][] = [
    ['Mary Tate of The Globe and Mail wrote it.', [['Mary Tate of The Globe', 'person'], ['Globe and Mail', 'organization', 'entities/gazetteer']], ['Mary Tate/person', 'Globe and Mail/organization']],
    // must not fire: the tagger name contains the known name, or they only touch
    ['The Harbour Financial Times Group grew.', [['Harbour Financial Times Group', 'organization'], ['Financial Times', 'organization', 'entities/gazetteer']], ['Harbour Financial Times Group/organization', 'Financial Times/organization']],
    ['Mary Tate and the Financial Times met.', [['Mary Tate', 'person'], ['Financial Times', 'organization', 'entities/gazetteer']], ['Mary Tate/person', 'Financial Times/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(crossingRefiner, text, spans), want, text);
});

test('trim: no name ends in lower-case words or the connectors before them', async () => {
  const { trimRefiner } = await import('../../../src/nlp/entities/refiners/trim.js');
  const cases: [string, Span[], string[]][] = [
    ['He told CBC News the ministry had no comment.', [['CBC News the ministry', 'organization']], ['CBC News/organization']],
    ['He met Mary Tate and others.', [['Mary Tate and others', 'person']], ['Mary Tate/person']],
    // must not fire: a name that ends capitalised, particles inside a name
    ['She met Ursula von der Leyen.', [['Ursula von der Leyen', 'person']], ['Ursula von der Leyen/person']],
    ['The Bank of the West lent.', [['Bank of the West', 'organization']], ['Bank of the West/organization']],
    // a month or weekday alone is no name; one that is also a given name, or inside a name, stays
    ['Spending rose in July and on Friday.', [['July', 'person'], ['Friday', 'person']], []],
    ['Theresa May met June Tate on Friday.', [['May', 'person'], ['June Tate', 'person']], ['May/person', 'June Tate/person']],
    ['The July Revolution Party met.', [['July Revolution Party', 'organization']], ['July Revolution Party/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(trimRefiner, text, spans), want, text);
});

test('possessive-split: a body run over a possessive into a person is the body and the person', async () => {
  const { possessiveSplitRefiner } = await import('../../../src/nlp/entities/refiners/possessive-split.js');
  const cases: [string, Span[], string[]][] = [
    ["The Green Party's Mary Tate won.", [["Green Party's Mary Tate", 'organization']], ['Green Party/organization', 'Mary Tate/person']],
    ["Civic Union's Tom Hale In the Lake District won.", [["Civic Union's Tom Hale In the Lake District", 'place']], ['Civic Union/place', 'Tom Hale/person', 'Lake District/place']],
    // must not fire: a facility or a body after the possessive, a single word, a person span
    ["Crowds filled Istanbul's Blue Mosque.", [["Istanbul's Blue Mosque", 'place']], ["Istanbul's Blue Mosque/place"]],
    ["Turkey's Disaster Management Authority said so.", [["Turkey's Disaster Management Authority", 'organization']], ["Turkey's Disaster Management Authority/organization"]],
    ["The Party's Tate won.", [["Party's Tate", 'organization']], ["Party's Tate/organization"]],
    ["Harbour Union's Quelm Brant won.", [["Harbour Union's Quelm Brant", 'organization']], ["Harbour Union's Quelm Brant/organization"]],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(possessiveSplitRefiner, text, spans), want, text);
});

test('affiliation-acronym: a person "of" an acronym names an organisation', async () => {
  const { affiliationAcronymRefiner } = await import('../../../src/nlp/entities/refiners/affiliation-acronym.js');
  const cases: [string, Span[], string[]][] = [
    ['Mary Tate of NUJ lost.', [['Mary Tate', 'person']], ['Mary Tate/person', 'NUJ/organization']],
    ['Tom Hale of the FTU won.', [['Tom Hale', 'person']], ['Tom Hale/person', 'FTU/organization']],
    // must not fire: a known place, a mixed-case word, not after a person, already a name
    ['Mary Tate of UK fame spoke.', [['Mary Tate', 'person']], ['Mary Tate/person']],
    ['Mary Tate of Nuj lost.', [['Mary Tate', 'person']], ['Mary Tate/person']],
    ['The Harbour Board of NUJ met.', [['Harbour Board', 'organization']], ['Harbour Board/organization']],
    ['Mary Tate of NUJ lost.', [['Mary Tate', 'person'], ['NUJ', 'organization']], ['Mary Tate/person', 'NUJ/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(affiliationAcronymRefiner, text, spans), want, text);
});

test('person-left: a one-word person takes the capitalised word before it inside a sentence', async () => {
  const { personLeftRefiner } = await import('../../../src/nlp/entities/refiners/person-left.js');
  const cases: [string, Span[], string[]][] = [
    ['The shot was saved by Thibaut Quelmont on the line.', [['Quelmont', 'person']], ['Thibaut Quelmont/person']],
    // must not fire: a title, a nationality, a weekday, a sentence opener, a known place, a longer name, a word another name holds
    ['The talks with President Quelmont ended.', [['Quelmont', 'person']], ['Quelmont/person']],
    ['The fans of German Quelmont cheered.', [['Quelmont', 'person']], ['Quelmont/person']],
    ['It ended on Monday Quelmont said.', [['Quelmont', 'person']], ['Quelmont/person']],
    ['Thibaut Quelmont saved it.', [['Quelmont', 'person']], ['Quelmont/person']],
    ['They flew from Paris Quelmont said.', [['Quelmont', 'person']], ['Quelmont/person']],
    ['It was saved by Thibaut Quelmont Smith there.', [['Quelmont Smith', 'person']], ['Quelmont Smith/person']],
    ['The fans of Harbour Quelmont cheered.', [['Harbour', 'organization'], ['Quelmont', 'person']], ['Harbour/organization', 'Quelmont/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(personLeftRefiner, text, spans), want, text);
});

test('nationality-body: a nationality word and untagged state-body words are one organisation', async () => {
  const { nationalityBodyRefiner } = await import('../../../src/nlp/entities/refiners/nationality-body.js');
  const cases: [string, Span[], string[]][] = [
    ['The Indonesian Navy saved them.', [['Indonesian', 'other']], ['Indonesian Navy/organization']],
    ['The Indonesian Navy saved them.', [['Indonesian', 'other'], ['Navy', 'other']], ['Indonesian Navy/organization']],
    ["Korean People's Army officers came.", [["Korean People's Army", 'other']], ["Korean People's Army/organization"]],
    // must not fire: lower-case body, a plural demonym, no body word, a word another name holds
    ['The Indonesian navy saved them.', [['Indonesian', 'other']], ['Indonesian/other']],
    ['The Russians Army came.', [['Russians', 'other']], ['Russians/other']],
    ['The Indonesian Football League met.', [['Indonesian', 'other']], ['Indonesian/other']],
    ['The Indonesian Tom Army spoke.', [['Indonesian', 'other'], ['Tom Army', 'person']], ['Indonesian/other', 'Tom Army/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(nationalityBodyRefiner, text, spans), want, text);
});

test('prefixed-person: a name ending in a surname the report gives a person elsewhere is split', async () => {
  const { prefixedPersonRefiner } = await import('../../../src/nlp/entities/refiners/prefixed-person.js');
  const cases: [string, Span[], string[]][] = [
    ['The envoy to the United States Hamdul Quelmont spoke; Quelmont said so.', [['United States Hamdul Quelmont', 'place'], ['Quelmont', 'person']], ['United States/place', 'Hamdul Quelmont/person', 'Quelmont/person']],
    // must not fire: the surname is nobody's in the report; an unknown word before the name
    ['The envoy to the United States Hamdul Quelmont spoke.', [['United States Hamdul Quelmont', 'place']], ['United States Hamdul Quelmont/place']],
    ['The Harbour Hamdul Quelmont spoke; Quelmont said so.', [['Harbour Hamdul Quelmont', 'organization'], ['Quelmont', 'person']], ['Harbour Hamdul Quelmont/organization', 'Quelmont/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(prefixedPersonRefiner, text, spans), want, text);
});

test('place-body: a newspaper named after its city, and a one-word name the tagger took for a body', async () => {
  const { placeBodyRefiner } = await import('../../../src/nlp/entities/refiners/place-body.js');
  const cases: [string, Span[], string[]][] = [
    ['She told the Quelbrook Herald so.', [['Quelbrook', 'place']], ['Quelbrook Herald/organization']],
    ['She told LA Weekly so.', [['LA', 'organization']], ['LA Weekly/organization']],
    // must not fire: a longer organisation, a person
    ['She told the Harbour Board Herald so.', [['Harbour Board', 'organization']], ['Harbour Board/organization']],
    ['She told Mary Herald so.', [['Mary', 'person']], ['Mary/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(placeBodyRefiner, text, spans), want, text);
});

test('whole pipeline: nested names, events and known names at a sentence start', () => {
  const cases: [string, string[], string[]][] = [
    ['Officials at the US State Department confirmed that University of North Carolina researchers would join.\n',
      ['US State Department/organization', 'US/place', 'University of North Carolina/organization', 'North Carolina/place'], []],
    ['Reuters reported it first. Later the agency confirmed it.\n', ['Reuters/organization'], []],
    // a one-word known name opening a sentence is left to the tagger when the report writes it in lower case
    ['Time will tell, the envoy said. There is time.\n', [], ['Time/organization']],
    ['The State of Texas sued the agency.\n', ['State of Texas/place'], ['State of Texas/organization']],
    // a title-case heading: the capitalised word before a surname is no given name
    ['Leaked Call Shows Putin Coaching Envoys\n\nThe call was leaked on Monday, and Putin said nothing.\n', ['Putin/person'], ['Shows Putin/person']],
  ];
  for (const [text, want, not] of cases) {
    const got = mentionTexts(analyseText(text));
    for (const w of want) assert.ok(got.includes(w), `${w} in ${got.join(', ')}`);
    for (const n of not) assert.ok(!got.includes(n), `${n} not in ${got.join(', ')}`);
  }
});

test('person-join: two person names side by side are one name', async () => {
  const { personJoinRefiner } = await import('../../../src/nlp/entities/refiners/person-join.js');
  const cases: [string, Span[], string[]][] = [
    ['By Erlend Brant, Trygve Johannes Quelm and others.', [['Erlend Brant', 'person'], ['Trygve', 'person'], ['Johannes Quelm', 'person']], ['Erlend Brant/person', 'Trygve Johannes Quelm/person']],
    // must not fire: a comma or "and" between them, another type, a line break
    ['Mary Tate, Tom Hale and Ann Wu.', [['Mary Tate', 'person'], ['Tom Hale', 'person'], ['Ann Wu', 'person']], ['Mary Tate/person', 'Tom Hale/person', 'Ann Wu/person']],
    ['Mary Tate Harbour Board.', [['Mary Tate', 'person'], ['Harbour Board', 'organization']], ['Mary Tate/person', 'Harbour Board/organization']],
    ['Mary Tate\nTom Hale', [['Mary Tate', 'person'], ['Tom Hale', 'person']], ['Mary Tate/person', 'Tom Hale/person']],
    ['By Ann Wu, Translation Tom Hale, 2025.', [['Translation', 'person'], ['Tom Hale', 'person']], ['Translation/person', 'Tom Hale/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(personJoinRefiner, text, spans), want, text);
});

test('role-split: "High" belongs to the title, a known place before a title stays a place', async () => {
  const { roleSplitRefiner } = await import('../../../src/nlp/entities/refiners/role-split.js');
  const cases: [string, Span[], string[]][] = [
    ['A United Nations High Commissioner spoke.', [['United Nations High Commissioner', 'organization']], ['United Nations/organization']],
    ["Two Los Angeles Sheriff's deputies came.", [['Los Angeles Sheriff', 'organization']], ['Los Angeles/place']],
    ['Harbour Council Sheriff Tom Hale came.', [['Harbour Council Sheriff Tom Hale', 'organization']], ['Harbour Council/organization', 'Tom Hale/person']],
    // must not fire: no title inside the name; an office named after the title
    ['The High Court ruled.', [['High Court', 'organization']], ['High Court/organization']],
    ['He ran the Office of the President of Ukraine.', [['Office of the President of Ukraine', 'organization']], ['Office of the President of Ukraine/organization']],
    ['He joined the Cabinet of the Prime Minister.', [['Cabinet of the Prime Minister', 'person']], ['Cabinet of the Prime Minister/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(roleSplitRefiner, text, spans), want, text);
});

test('city-region: the name before ", <known region or country>" is a place', async () => {
  const { cityRegionRefiner } = await import('../../../src/nlp/entities/refiners/city-region.js');
  const cases: [string, Span[], string[]][] = [
    ['A boy from Quelbrook, Texas, was held.', [['Texas', 'place']], ['Quelbrook/place', 'Texas/place']],
    ['A boy from Quelbrook, Texas, was held.', [['Quelbrook', 'other'], ['Texas', 'place']], ['Quelbrook/place', 'Texas/place']],
    ['She moved to Port Quelm, British Columbia in May.', [['British Columbia', 'place']], ['Port Quelm/place', 'British Columbia/place']],
    // must not fire: already a name of a scored type, a nationality word, a sentence opener, an unknown second name
    ['A boy from Quelbrook, Texas, was held.', [['Quelbrook', 'organization'], ['Texas', 'place']], ['Quelbrook/organization', 'Texas/place']],
    ['They spoke French, Italy said.', [['Italy', 'place']], ['Italy/place']],
    ['Quelbrook, Texas, was quiet.', [['Texas', 'place']], ['Texas/place']],
    ['A boy from Quelbrook, Harbourton, was held.', [['Harbourton', 'place']], ['Harbourton/place']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(cityRegionRefiner, text, spans), want, text);
  // In a title-case heading every word is capitalised: no place is read off the comma there.
  const doc = analyseText('Brussels Moves Ahead With a Reparations Loan, Belgium Holds Out\n\nThe Commission in Brussels put forward the loan on Wednesday, and Belgium objected.\n');
  assert.equal(doc.layers.entities.find((e) => e.name === 'Reparations Loan'), undefined);
});
