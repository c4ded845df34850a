/** Roles before, after and around a name; the role is never part of the name's span. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, entityNamed } from './helpers.js';

test('a role before the name', () => {
  const doc = analyseText('On Monday, Secretary of State Marco Rubio flew to Geneva, as did FBI Director Kash Patel.\n');
  const rubio = entityNamed(doc, 'Marco Rubio');
  assert.ok(rubio, 'Marco Rubio found');
  assert.deepEqual(rubio.roles.map((r) => r.title), ['Secretary of State']);
  assert.deepEqual(entityNamed(doc, 'Kash Patel')?.roles.map((r) => r.title), ['FBI Director']);
  const m = doc.layers.mentions.find((x) => x.entity === rubio.id)!;
  assert.equal(doc.text.slice(m.start, m.end), 'Marco Rubio');
  const role = rubio.roles[0]!;
  assert.equal(doc.text.slice(role.span.start, role.span.end), 'Secretary of State');
});

test('a role after the name, between commas', () => {
  const doc = analyseText('Mark Rutte, NATO Secretary General, called the minister on Sunday.\n');
  assert.deepEqual(entityNamed(doc, 'Mark Rutte')?.roles.map((r) => r.title), ['NATO Secretary General']);
});

test('a role stops at a relative clause', () => {
  const doc = analyseText('The plan was drafted by Kirill Dmitriev, the Russian special envoy who met the Americans in Miami.\n');
  assert.deepEqual(entityNamed(doc, 'Kirill Dmitriev')?.roles.map((r) => r.title), ['Russian special envoy']);
});

test('a role before a bracketed name', () => {
  const doc = analyseText('Later that day the German Chancellor (Friedrich Merz) called the White House.\n');
  assert.deepEqual(entityNamed(doc, 'Friedrich Merz')?.roles.map((r) => r.title), ['German Chancellor']);
});

test('a title inside a tagged name splits it into organisation, role and person', () => {
  const doc = analyseText('NASA Administrator Charles Bolden opened the exhibition.\n');
  const bolden = entityNamed(doc, 'Charles Bolden');
  assert.equal(bolden?.type, 'person');
  assert.ok(bolden?.roles.some((r) => r.title.includes('Administrator')));
});

test('no role is invented for a name without one', () => {
  const doc = analyseText('Yesterday Keir Starmer went to Paris.\n');
  assert.deepEqual(entityNamed(doc, 'Keir Starmer')?.roles, []);
});

test('a later "the <role>" refers to the one person given that role', () => {
  const doc = analyseText('Mark Rutte, NATO Secretary General, called Kyiv on Sunday. On Monday the NATO Secretary General called again.\n');
  const rutte = entityNamed(doc, 'Mark Rutte');
  assert.ok(rutte);
  assert.equal(rutte.name, 'Mark Rutte');
  const refs = doc.layers.mentions.filter((m) => m.entity === rutte.id).map((m) => doc.text.slice(m.start, m.end));
  assert.deepEqual(refs, ['Mark Rutte', 'NATO Secretary General']);
  assert.ok(rutte.merges.some((m) => m.rule === 'grouping/role-reference'));
});

test('a role two people share does not resolve', () => {
  const doc = analyseText('Peter Weber, Deputy Prime Minister, met Anna Schmidt, Deputy Prime Minister, and then the Deputy Prime Minister left.\n');
  assert.equal(entityNamed(doc, 'Anna Schmidt')?.roles[0]?.title, 'Deputy Prime Minister');
  assert.equal(entityNamed(doc, 'Peter Weber')?.roles[0]?.title, 'Deputy Prime Minister');
  const refs = doc.layers.mentions.filter((m) => doc.text.slice(m.start, m.end) === 'Deputy Prime Minister');
  assert.equal(refs.length, 0);
});

test('a role before a name stops at another name and at "and"', () => {
  const doc = analyseText('British Prime Minister Keir Starmer and French President Emmanuel Macron spoke.\n');
  assert.deepEqual(entityNamed(doc, 'Emmanuel Macron')?.roles.map((r) => r.title), ['French President']);
  assert.deepEqual(entityNamed(doc, 'Keir Starmer')?.roles.map((r) => r.title), ['British Prime Minister']);
});

test('"NATO Secretary General Mark Rutte": the whole title is the role, no person "General"', () => {
  const doc = analyseText('Leaders also heard from NATO Secretary General Mark Rutte on Tuesday.\n');
  assert.deepEqual(entityNamed(doc, 'Mark Rutte')?.roles.map((r) => r.title), ['NATO Secretary General']);
  assert.equal(entityNamed(doc, 'General'), undefined);
});

test('a role after a name may hold another person as a possessive', () => {
  const doc = analyseText('He met Keith Kellogg, Donald Trump’s special envoy, in Kyiv.\n');
  assert.deepEqual(entityNamed(doc, 'Keith Kellogg')?.roles.map((r) => r.title), ['Donald Trump’s special envoy']);
  assert.deepEqual(entityNamed(doc, 'Donald Trump')?.roles, []);
});
