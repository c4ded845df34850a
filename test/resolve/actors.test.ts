import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorIndex } from '../../src/resolve/actors.js';
import { editDistance, skeleton, personParts, acronymOf, acronymsOf } from '../../src/resolve/names.js';

const person = (id: string, name: string, aliases: string[] = [], roles: string[] = []) => ({ id, name, type: 'person' as const, aliases, roles });
const org = (id: string, name: string, aliases: string[] = []) => ({ id, name, type: 'organization' as const, aliases, roles: [] });

test('names: transliteration skeletons join variants and keep different names apart', () => {
  assert.equal(skeleton('Umerov'), skeleton('Umarov'));
  assert.equal(skeleton('Umerov'), skeleton('Umyerov'));
  assert.equal(skeleton('Yuri'), skeleton('Yury'));
  assert.equal(skeleton('Yuri'), skeleton('Yuriy'));
  assert.equal(skeleton('Zelensky'), skeleton('Zelenskyy'));
  assert.equal(skeleton('Andriy'), skeleton('Andrii'));
  assert.equal(skeleton('Dmitriev'), skeleton('Dmitrijev'));
  assert.notEqual(skeleton('Jan'), skeleton('Jana'));
  assert.notEqual(skeleton('Trump'), skeleton('Tusk'));
  assert.notEqual(skeleton('Bush'), skeleton('Soros'));
  assert.equal(editDistance('mario', 'marco'), 1);
  assert.deepEqual(personParts('Ursula von der Leyen'), { given: ['ursula'], surname: 'von der leyen' });
  assert.deepEqual(acronymsOf('National Anti-Corruption Bureau of Ukraine'), ['nabu', 'nacbu']);
  assert.equal(acronymOf('North Atlantic Treaty Organization'), 'nato');
});

test('actors: spelling variants across reports join one actor, with evidence', () => {
  const idx = new ActorIndex();
  const a = idx.resolve(person('e1', 'Rustem Umerov'), 'r1', '2025-11-23');
  const b = idx.resolve(person('e4', 'Rustem Umarov'), 'r2', '2025-11-30');
  const c = idx.resolve(person('e2', 'Yuri Ushakov'), 'r1', '2025-11-23');
  const d = idx.resolve(person('e9', 'Yury Ushakov', ['Ushakov']), 'r2', '2025-11-30');
  assert.equal(b.actor, a.actor);
  assert.equal(b.match?.rule, 'resolve/person-variant');
  assert.match(b.match!.evidence, /transliteration/);
  assert.equal(d.actor, c.actor);
  assert.equal(idx.resolve(person('e3', 'Daniel Driscoll'), 'r1', null).actor, idx.resolve(person('e5', 'Dan Driscoll'), 'r2', null).actor);
  assert.equal(idx.resolve(person('e6', 'Steve Witkoff'), 'r1', null).actor, idx.resolve(person('e7', 'Steven Witkoff'), 'r2', null).actor);
  assert.notEqual(idx.resolve(person('e8', 'Paul Adler'), 'r1', null).actor, idx.resolve(person('e9', 'Paula Adler'), 'r2', null).actor);
  const umerov = idx.get(a.actor)!;
  assert.deepEqual(umerov.aliases.map((x) => x.name), ['Rustem Umarov']);
});

test('actors: distinct people with a shared given name stay apart', () => {
  const idx = new ActorIndex();
  const trump = idx.resolve(person('e1', 'Donald Trump'), 'r1', null);
  const tusk = idx.resolve(person('e2', 'Donald Tusk'), 'r2', null);
  const bush = idx.resolve(person('e3', 'George Bush'), 'r1', null);
  const soros = idx.resolve(person('e4', 'George Soros'), 'r2', null);
  assert.notEqual(trump.actor, tusk.actor);
  assert.notEqual(bush.actor, soros.actor);
});

test('actors: a one-letter misprint of a given name joins only with the same role', () => {
  const idx = new ActorIndex();
  const rubio = idx.resolve(person('e1', 'Marco Rubio', [], ['Secretary of State']), 'r1', null);
  const misprint = idx.resolve(person('e7', 'Mario Rubio', [], ['Secretary of State']), 'r2', null);
  assert.equal(misprint.actor, rubio.actor);
  const idx2 = new ActorIndex();
  const x = idx2.resolve(person('e1', 'Jana Novak'), 'r1', null);
  const y = idx2.resolve(person('e2', 'Jan Novak'), 'r2', null);
  assert.notEqual(y.actor, x.actor, 'no shared role: two people');
});

test('actors: surname-only joins a unique full name; two candidates are ambiguous', () => {
  const idx = new ActorIndex();
  const steve = idx.resolve(person('e1', 'Steve Witkoff'), 'r1', null);
  const w = idx.resolve(person('e2', 'Witkoff'), 'r2', null);
  assert.equal(w.actor, steve.actor);
  assert.equal(idx.resolve({ id: 'a1', name: 'Witkoff', type: 'other', aliases: [], roles: [] }, 'r5', null).actor, steve.actor);
  assert.notEqual(idx.resolve({ id: 'a2', name: 'officials', type: 'other', aliases: [], roles: [] }, 'r5', null).actor, steve.actor);
  idx.resolve(person('e3', 'Alex Witkoff'), 'r3', null);
  const amb = idx.resolve(person('e4', 'Witkoff'), 'r4', null);
  assert.equal(amb.created, true);
  assert.equal(amb.ambiguousWith.length, 2);
});

test('actors: acronyms join their long form', () => {
  const idx = new ActorIndex();
  const long = idx.resolve(org('e1', 'National Anti-Corruption Bureau of Ukraine'), 'r1', null);
  const nato = idx.resolve(org('e2', 'North Atlantic Treaty Organization'), 'r1', null);
  assert.equal(idx.resolve(org('e5', 'NATO'), 'r2', null).actor, nato.actor);
  assert.equal(idx.resolve(org('e6', 'NABU'), 'r2', null).actor, long.actor, 'a hyphenated word gives one letter');
  assert.equal(idx.resolve(org('e7', 'National Anti-Corruption Bureau'), 'r3', null).actor, long.actor, 'the qualifier may be dropped');
  assert.notEqual(idx.resolve(org('e8', 'National Bank'), 'r3', null).actor, long.actor);
});

test('actors: an entity that strongly names two known actors joins them, with the evidence', () => {
  const idx = new ActorIndex();
  const acronym = idx.resolve(org('e3', 'NABU'), 'r1', null);
  const short = idx.resolve(org('e1', 'National Anti-Corruption Bureau'), 'r1', null);
  assert.notEqual(acronym.actor, short.actor);
  const full = idx.resolve(org('e2', 'National Anti-Corruption Bureau of Ukraine'), 'r2', null);
  assert.equal(idx.get(acronym.actor)?.id, idx.get(short.actor)?.id);
  assert.equal(idx.get(full.actor)?.id, idx.get(short.actor)?.id);
  assert.ok(idx.get(full.actor)!.aliases.some((a) => a.rule === 'resolve/bridge' && /both named by/.test(a.evidence)));
});

test('actors: roles accumulate with the dates of the reports that give them', () => {
  const idx = new ActorIndex();
  const a = idx.resolve(person('e1', 'Jared Kushner', [], ['special envoy']), 'r1', '2025-11-20');
  idx.resolve(person('e3', 'Jared Kushner', [], ['head of Affinity Partners']), 'r2', '2025-12-01');
  assert.deepEqual(idx.get(a.actor)!.roles.map((r) => [r.title, r.published]), [['special envoy', '2025-11-20'], ['head of Affinity Partners', '2025-12-01']]);
});

test('actors: human merge and split are audited and survive re-extraction', () => {
  const idx = new ActorIndex();
  const a = idx.resolve(person('e1', 'James Hale'), 'r1', null);
  const b = idx.resolve(person('e2', 'Jim Hale'), 'r2', null);
  assert.notEqual(b.actor, a.actor, 'a nickname is not joined automatically');
  const kept = idx.merge(a.actor, b.actor, 'editor');
  assert.equal(idx.audit.at(-1)?.kind, 'merge');
  assert.equal(idx.get(b.actor)?.id, kept.id, 'the absorbed id redirects');
  const again = idx.resolve(person('e7', 'Jim Hale'), 'r4', null);
  assert.equal(again.actor, kept.id);
  // Split a wrongly joined alias off; a later report with that alias goes to the new actor.
  const idx2 = new ActorIndex();
  const u = idx2.resolve(person('e1', 'Andriy Yermak'), 'r1', null);
  idx2.resolve(person('e2', 'Andrii Yermak'), 'r2', null);
  assert.deepEqual(idx2.get(u.actor)!.aliases.map((x) => x.name), ['Andrii Yermak']);
  const other = idx2.split(u.actor, ['Andrii Yermak'], 'editor');
  const later = idx2.resolve(person('e5', 'Andrii Yermak'), 'r3', null);
  assert.equal(later.actor, other.id);
  assert.equal(later.match?.rule, 'human/pinned');
  assert.throws(() => idx2.split(u.actor, ['Andriy Yermak']), /canonical/);
});

test('actors: a capital or a country typed as an organisation (standing for its government) is the place; a club named after a district is not', () => {
  const idx = new ActorIndex();
  const place = (id: string, name: string) => ({ id, name, type: 'place' as const, aliases: [], roles: [] });
  const kyiv = idx.resolve(place('e1', 'Kyiv'), 'r1', '2025-11-23');
  const kyivSaid = idx.resolve(org('e7', 'Kyiv'), 'r2', '2025-11-29');
  assert.equal(kyivSaid.actor, kyiv.actor);
  const ukraine = idx.resolve(org('e2', 'Ukraine'), 'r3', '2025-11-30');
  assert.equal(idx.resolve(place('e3', 'Ukraine'), 'r4', '2025-12-01').actor, ukraine.actor);
  const district = idx.resolve(place('e4', 'Anfield'), 'r1', '2025-11-23');
  assert.notEqual(idx.resolve(org('e5', 'Anfield'), 'r2', '2025-11-29').actor, district.actor);
});

test('actors: a given name one letter off joins the only person of that surname; not when two share it', () => {
  const idx = new ActorIndex();
  const marco = idx.resolve(person('e1', 'Marco Rubio', ['Rubio']), 'r1', '2025-11-23');
  assert.equal(idx.resolve(person('e2', 'Mario Rubio', ['Rubio']), 'r2', '2025-12-11').actor, marco.actor);
  const two = new ActorIndex();
  const ivana = two.resolve(person('e1', 'Ivana Berg'), 'r1', '2025-11-23');
  two.resolve(person('e2', 'Oskar Berg'), 'r1', '2025-11-23');
  assert.notEqual(two.resolve(person('e3', 'Ivanka Berg'), 'r2', '2025-12-11').actor, ivana.actor);
});
