/**
 * The span and typing rules one by one, on candidates placed by hand over texts written for the
 * test, so that each rule is checked on its own terms (and on what it must leave alone).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../../src/model/document.js';
import { candidate, type Candidate } from '../../../src/nlp/entities/candidate.js';
import { trimRefiner } from '../../../src/nlp/entities/refiners/trim.js';
import { headingsRefiner } from '../../../src/nlp/entities/refiners/headings.js';
import { nationalityRefiner } from '../../../src/nlp/entities/refiners/nationality.js';
import { knownNamesRefiner } from '../../../src/nlp/entities/refiners/known-names.js';
import { roleSplitRefiner } from '../../../src/nlp/entities/refiners/role-split.js';
import { headTypeRefiner } from '../../../src/nlp/entities/refiners/head-type.js';
import { adjacentRefiner } from '../../../src/nlp/entities/refiners/adjacent.js';
import { personNamesRefiner } from '../../../src/nlp/entities/refiners/person-names.js';
import { overlapsRefiner } from '../../../src/nlp/entities/refiners/overlaps.js';
import { analyseText } from './helpers.js';

/** A candidate over the first occurrence of `text` (after `from`). */
function at(doc: Document, text: string, type: Candidate['type'], init: Partial<Candidate> = {}, from = 0): Candidate {
  const start = doc.text.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" is in the test text`);
  return { ...candidate({ start, end: start + text.length, type, rule: 'test', confidence: 0.9, zone: 'body' }), ...init };
}
const texts = (doc: Document, cs: Candidate[]): string[] => cs.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);

test('trim: quotes, a leading "the", French elisions and particles before a full name are cut', () => {
  const doc = analyseText('Il parle de Donald Trump et de “Washington” avec L’Ukraine, the Huffington Post and von der Leyen.\n');
  const out = trimRefiner.refine(doc, [
    at(doc, 'de Donald Trump', 'person'), at(doc, '“Washington”', 'place'), at(doc, 'L’Ukraine', 'place'),
    at(doc, 'the Huffington Post', 'organization'), at(doc, 'von der Leyen', 'person'),
  ]);
  assert.deepEqual(texts(doc, out), ['Donald Trump/person', 'Washington/place', 'Ukraine/place', 'Huffington Post/organization', 'von der Leyen/person']);
});

test('trim: punctuation alone, single letters and lower-case words are no names', () => {
  const doc = analyseText('He said “ yes ” to J and to the plan.\n');
  assert.deepEqual(trimRefiner.refine(doc, [at(doc, '“', 'person'), at(doc, 'J', 'person'), at(doc, 'the plan', 'work')]), []);
});

test('trim: a lone function word is no name, its capitals are ("Who" no, "US" yes)', () => {
  const doc = analyseText('Who knew? The US did.\n');
  assert.deepEqual(texts(doc, trimRefiner.refine(doc, [at(doc, 'Who', 'organization'), at(doc, 'US', 'place')])), ['US/place']);
});

test('trim: a lone "Government" and an English word in capitals for emphasis are no names; acronyms stay', () => {
  const doc = analyseText('The Government will act, UNLESS the courts object, and NATO and the WHO agree.\n');
  const out = trimRefiner.refine(doc, [at(doc, 'Government', 'organization'), at(doc, 'UNLESS', 'organization'), at(doc, 'NATO', 'organization'), at(doc, 'WHO', 'organization')]);
  assert.deepEqual(texts(doc, out), ['NATO/organization', 'WHO/organization']);
});

test('trim: a lone auxiliary opening a question is no name', () => {
  const doc = analyseText('— Interviewer: Do you trust the mediators?\n');
  const out = trimRefiner.refine(doc, [at(doc, 'Do', 'person')]);
  assert.deepEqual(texts(doc, out), []);
});

test('trim: the auxiliary opening a question is not part of the name after it', () => {
  const doc = analyseText('— Interviewer: Will Naftogaz pay the bill? Will Naftogaz pay, he asked, and Will Smith answered.\n');
  const out = trimRefiner.refine(doc, [at(doc, 'Will Naftogaz', 'organization'), at(doc, 'Will Smith', 'person')]);
  assert.deepEqual(texts(doc, out), ['Naftogaz/organization', 'Will Smith/person']);
});

test('headings: a title-case heading keeps only names confirmed elsewhere or known', () => {
  const doc = analyseText('Quiet Days In Geneva\n\nNothing happened in Geneva this week.\n');
  const heading = { zone: 'heading' as const };
  const out = headingsRefiner.refine(doc, [
    at(doc, 'Quiet Days', 'organization', heading), at(doc, 'Geneva', 'place', heading), at(doc, 'Geneva', 'place', {}, 25),
  ]);
  assert.deepEqual(texts(doc, out), ['Geneva/place', 'Geneva/place']);
});

test('nationality words are dropped, names that contain one are kept', () => {
  const doc = analyseText('The Europeans and the Russian Orthodox Church disagreed with British officials.\n');
  const out = nationalityRefiner.refine(doc, [
    at(doc, 'Europeans', 'place'), at(doc, 'Russian Orthodox Church', 'organization'), at(doc, 'British', 'place'),
  ]);
  assert.deepEqual(texts(doc, out), ['Russian Orthodox Church/organization']);
});

test('known names: a country is a place, an outlet an organisation; a city keeps the tagger\'s type', () => {
  const doc = analyseText('The US said Bloomberg was wrong, and Chicago beat Boston.\n');
  const out = knownNamesRefiner.refine(doc, [
    at(doc, 'US', 'organization'), at(doc, 'Bloomberg', 'person'), at(doc, 'Chicago', 'organization'),
  ]);
  assert.deepEqual(texts(doc, out), ['US/place', 'Bloomberg/organization', 'Chicago/organization']);
});

test('known names: a lone given name is a person, unless it is also a place', () => {
  const doc = analyseText('Gloria told the court that Georgia had changed.\n');
  const out = knownNamesRefiner.refine(doc, [at(doc, 'Gloria', 'organization'), at(doc, 'Georgia', 'place')]);
  assert.deepEqual(texts(doc, out), ['Gloria/person', 'Georgia/place']);
});

test('role-split: "Federal Chancellor of Germany" leaves the place; "Sir John Chilcot" the person with the title', () => {
  const doc = analyseText('The Federal Chancellor of Germany wrote to Sir John Chilcot.\n');
  const out = roleSplitRefiner.refine(doc, [at(doc, 'Federal Chancellor of Germany', 'organization'), at(doc, 'Sir John Chilcot', 'person')]);
  assert.deepEqual(texts(doc, out), ['Germany/place', 'John Chilcot/person']);
  assert.deepEqual(out[1]!.roles.map((r) => r.title), ['Sir']);
});

test('role-split leaves names without a title alone', () => {
  const doc = analyseText('General Motors and Major League Baseball signed.\n');
  const cs = [at(doc, 'General Motors', 'organization'), at(doc, 'Major League Baseball', 'organization')];
  assert.deepEqual(roleSplitRefiner.refine(doc, cs), cs);
});

test('head-type: organisation, facility, place and document words settle the type', () => {
  const doc = analyseText('The Smith Foundation met beside the Kennedy Space Center near the Black Sea to sign the Minsk Agreement.\n');
  const out = headTypeRefiner.refine(doc, [
    at(doc, 'Smith Foundation', 'person'), at(doc, 'Kennedy Space Center', 'organization'),
    at(doc, 'Black Sea', 'organization'), at(doc, 'Minsk Agreement', 'place'),
  ]);
  assert.deepEqual(texts(doc, out), ['Smith Foundation/organization', 'Kennedy Space Center/place', 'Black Sea/place', 'Minsk Agreement/work']);
});

test('head-type: a venue word (golf course, speedway) last makes a place; not inside a name, nor a palace (a club may be named so)', () => {
  const doc = analyseText('Play at Pine Hollow Golf Course and the Ridgeback Speedway paused, said Course Hero and Crystal Palace.\n');
  const out = headTypeRefiner.refine(doc, [
    at(doc, 'Pine Hollow Golf Course', 'person'), at(doc, 'Ridgeback Speedway', 'organization'),
    at(doc, 'Course Hero', 'organization'), at(doc, 'Crystal Palace', 'organization'),
  ]);
  assert.deepEqual(texts(doc, out), ['Pine Hollow Golf Course/place', 'Ridgeback Speedway/place', 'Course Hero/organization', 'Crystal Palace/organization']);
});

test('head-type: a person or place opening with a Romance or German institution word is an organisation; MISC and a later word are not', () => {
  const doc = analyseText('Banco Amarelo lent money to Partito Verde, while Casa Banco and the Liceo Ball went on.\n');
  const out = headTypeRefiner.refine(doc, [
    at(doc, 'Banco Amarelo', 'person'), at(doc, 'Partito Verde', 'place'), at(doc, 'Casa Banco', 'person'), at(doc, 'Liceo Ball', 'other'),
  ]);
  assert.deepEqual(texts(doc, out), ['Banco Amarelo/organization', 'Partito Verde/organization', 'Casa Banco/person', 'Liceo Ball/other']);
});

test('overlaps: a whole known name replaces the pieces inside it; a longer tagged name keeps a known one inside', () => {
  const doc = analyseText('The Coalition of the Willing met the Human Rights in China group.\n');
  const gaz = { rule: 'entities/gazetteer' };
  const out = overlapsRefiner.refine(doc, [
    at(doc, 'Coalition', 'organization'), at(doc, 'Willing', 'organization'), at(doc, 'Coalition of the Willing', 'organization', gaz),
    at(doc, 'Human Rights in China', 'organization'), at(doc, 'China', 'place', gaz),
  ]);
  assert.deepEqual(texts(doc, out), ['Coalition of the Willing/organization', 'Human Rights in China/organization']);
});

test('nationality: a trailing "and Ukrainian" is cut from a name', () => {
  const doc = analyseText('The US and Ukrainian teams stayed at the hotel.\n');
  assert.deepEqual(texts(doc, nationalityRefiner.refine(doc, [at(doc, 'US and Ukrainian', 'organization')])), ['US/organization']);
});

test('trim keeps names made of a letter and digits ("G20")', () => {
  const doc = analyseText('Leaders met at the G20 summit.\n');
  assert.deepEqual(texts(doc, trimRefiner.refine(doc, [at(doc, 'G20', 'organization')])), ['G20/organization']);
});

test('adjacent: a one-word name followed by an institution or facility name is one name', () => {
  const doc = analyseText('Crowds gathered outside the Kennedy Space Center while Merkel Merz spoke.\n');
  const out = adjacentRefiner.refine(doc, [
    at(doc, 'Kennedy', 'person'), at(doc, 'Space Center', 'place'), at(doc, 'Merkel', 'person'), at(doc, 'Merz', 'person'),
  ]);
  assert.deepEqual(texts(doc, out), ['Kennedy Space Center/place', 'Merkel/person', 'Merz/person']);
});

test('adjacent: a MISC second part joins only when it ends in an institution word, as an organisation', () => {
  const doc = analyseText('Flights on Norway Coastal Airlines, the Brazil World Cup and the Peru Grand Hotel, said Ireland Open Forum.\n');
  const out = adjacentRefiner.refine(doc, [
    at(doc, 'Norway', 'place'), at(doc, 'Coastal Airlines', 'other'),
    at(doc, 'Brazil', 'place'), at(doc, 'World Cup', 'other'),
    at(doc, 'Peru', 'place'), at(doc, 'Grand Hotel', 'other'),
    at(doc, 'Ireland', 'other'), at(doc, 'Open Forum', 'organization'),
  ]);
  assert.deepEqual(texts(doc, out), [
    'Norway Coastal Airlines/organization', 'Brazil/place', 'World Cup/other', 'Peru/place', 'Grand Hotel/other',
    'Ireland/other', 'Open Forum/organization',
  ]);
});

test('trim: an organisation word alone is no name ("the Group"), an outlet word may be', () => {
  const doc = analyseText('The Group met the Council and read the Times.\n');
  const out = trimRefiner.refine(doc, [at(doc, 'Group', 'organization'), at(doc, 'Council', 'organization'), at(doc, 'Times', 'organization')]);
  assert.deepEqual(texts(doc, out), ['Times/organization']);
});

test('trim: a run of more than twelve capitalised words is no name', () => {
  const doc = analyseText(`${Array.from({ length: 20 }, () => 'Word').join(' ')}\n`);
  assert.deepEqual(trimRefiner.refine(doc, [{ ...at(doc, 'Word', 'person'), end: doc.text.length - 1 }]), []);
});

test('person-names: a full name read as a person once is a person everywhere; single words are left alone', () => {
  const doc = analyseText('Andy Warhol painted. The Andy Warhol prints sold. Washington spoke in Washington.\n');
  const out = personNamesRefiner.refine(doc, [
    at(doc, 'Andy Warhol', 'person'), at(doc, 'Andy Warhol', 'organization', {}, 20),
    at(doc, 'Washington', 'person'), at(doc, 'Washington', 'place', {}, 65),
  ]);
  assert.deepEqual(texts(doc, out), ['Andy Warhol/person', 'Andy Warhol/person', 'Washington/person', 'Washington/place']);
});

test('head-type: a place name followed by an institution word is an organisation, a known place is not', () => {
  const doc = analyseText('The United States Navy and the New Zealand Herald reported from the West Bank.\n');
  const out = headTypeRefiner.refine(doc, [
    at(doc, 'United States Navy', 'place'), at(doc, 'New Zealand Herald', 'place'), at(doc, 'West Bank', 'place'),
  ]);
  assert.deepEqual(texts(doc, out), ['United States Navy/organization', 'New Zealand Herald/organization', 'West Bank/place']);
});

test('trim: a company form keeps its period inside a sentence, not the period that ends it', () => {
  const doc = analyseText('Shares of Harbour Glassworks Inc. rose, and Pellmann Bros. said so. The deal went to Kestrel Tooling Corp.\n');
  const out = trimRefiner.refine(doc, [
    at(doc, 'Harbour Glassworks Inc.', 'organization'), at(doc, 'Pellmann Bros.', 'organization'),
    at(doc, 'Kestrel Tooling Corp.', 'organization'),
  ]);
  assert.deepEqual(texts(doc, out), ['Harbour Glassworks Inc./organization', 'Pellmann Bros./organization', 'Kestrel Tooling Corp/organization']);
});

test('trim: a period after a word that is no company form is cut', () => {
  const doc = analyseText('He met Anna Berg. Then he met the Tarn Group. Later came Dale Co .\n');
  const out = trimRefiner.refine(doc, [at(doc, 'Anna Berg.', 'person'), at(doc, 'Tarn Group.', 'organization'), at(doc, 'Dale Co .', 'organization')]);
  assert.deepEqual(texts(doc, out), ['Anna Berg/person', 'Tarn Group/organization', 'Dale Co/organization']);
});

test('a wire dateline: the bracketed agency is an organisation, a month abbreviation before a day is no name', () => {
  const doc = analyseText('ODESA, Dec 1 (Harbour Wire) - Drones set fire to a grain terminal, Harbour Wire reported.\n');
  const named = doc.layers.entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(named.includes('Harbour Wire/organization'), named.join(', '));
  assert.ok(!named.some((n) => n.startsWith('Dec/')), named.join(', '));
  const jan = analyseText('Jan Lipavsky met the envoy on Jan 12.\n');
  assert.ok(jan.layers.entities.some((e) => e.name === 'Jan Lipavsky'));
});

test('trim: "Eve" in "New Year\'s Eve" is no name; Eve the person is', () => {
  const doc = analyseText('More strikes are expected on New Year\'s Eve, Eve Lind said.\n');
  const out = trimRefiner.refine(doc, [at(doc, 'Eve', 'organization'), at(doc, 'Eve Lind', 'person')]);
  assert.deepEqual(texts(doc, out), ['Eve Lind/person']);
});
