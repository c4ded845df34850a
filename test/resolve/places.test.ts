/**
 * Places within places across reports ("Hallandale Beach, Florida"), and countries named only by
 * a nationality group ("the Ukrainian delegation") resolved to the country's actor. Our own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extraction } from '../../src/model/extraction.js';
import { KnowledgeBase } from '../../src/resolve/knowledge-base.js';
import { containmentsIn, PlaceIndex } from '../../src/resolve/places.js';

type EntitySpec = [id: string, name: string, type: 'person' | 'place' | 'organization'];
interface EventSpec { trigger: string; date: string | null; participants: string[]; location: string | null; parties?: string[] }

/** One report over our text: every occurrence of an entity's name is a mention; events by trigger word. */
function report(id: string, publisher: string, published: string, text: string, entities: EntitySpec[], events: EventSpec[]): Extraction {
  const mentionsOf = (name: string): Extraction['entities'][number]['mentions'] => {
    const out: Extraction['entities'][number]['mentions'] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push({ start: at, end: at + name.length, rule: 'test', confidence: 1 });
    return out;
  };
  return {
    id, source: `${id}.md`, title: null, published, publisher, url: null, authors: [], text, sentences: [[0, text.length]], paragraphs: [],
    entities: entities.map(([eid, name, type]) => ({ id: eid, name, type, aliases: [], roles: [], mentions: mentionsOf(name), merges: [] })),
    timexes: [],
    events: events.map((e, i) => {
      const at = text.indexOf(e.trigger);
      return {
        id: `v${i + 1}`, type: 'meeting' as const, date: e.date, participants: e.participants,
        parties: (e.parties ?? []).map((country) => ({ country, start: 0, end: 1 })), location: e.location,
        trigger: { start: at, end: at + e.trigger.length }, status: 'happened', claim: null, summary: text, rule: 'test', confidence: 1,
      };
    }),
    quotes: [], claims: [], citations: [], markers: [], warnings: [],
  };
}

const CONTAINMENT: [text: string, places: string[], pairs: [string, string][]][] = [
  ['Negotiators met in Hallandale Beach, Florida, on Sunday.', ['Hallandale Beach', 'Florida'], [['Hallandale Beach', 'Florida']]],
  ['The envoys flew to Geneva, Switzerland.', ['Geneva', 'Switzerland'], [['Geneva', 'Switzerland']]],
  // lists teach nothing; two regions or a country first neither
  ['Rallies were held in Paris, London and Berlin.', ['Paris', 'London', 'Berlin'], []],
  ['Storms hit Lyon, France and Spain.', ['Lyon', 'France', 'Spain'], []],
  ['Voters in Texas, Florida and Ohio went to the polls.', ['Texas', 'Florida', 'Ohio'], []],
  ['Officials from Ukraine, Poland said so.', ['Ukraine', 'Poland'], []],
  ['The talks moved from Geneva to Switzerland.', ['Geneva', 'Switzerland'], []],
];
for (const [text, places, pairs] of CONTAINMENT) {
  test(`places within places: ${text}`, () => {
    const x = report('r', 'P', '2025-12-01', text, places.map((p) => [p, p, 'place']), []);
    assert.deepEqual(containmentsIn(x), pairs);
  });
}

test('place index: containment is transitive and follows merged ids; compatible means the same or nested', () => {
  const merged = new Map([['old-florida', 'florida']]);
  const idx = new PlaceIndex((id) => merged.get(id) ?? id);
  idx.add('hallandale', 'old-florida');
  idx.add('florida', 'usa');
  assert.equal(idx.within('hallandale', 'usa'), true);
  assert.equal(idx.within('usa', 'hallandale'), false);
  assert.equal(idx.compatible('usa', 'hallandale'), true);
  assert.equal(idx.compatible('hallandale', 'geneva'), false);
  idx.add('usa', 'hallandale'); // a cycle is refused
  assert.equal(idx.within('usa', 'hallandale'), false);
});

const ROUND = 'Negotiators met Steve Witkoff in Hallandale Beach, Florida, on Sunday.';

test('knowledge base: a town and the state it lies in are one place told more or less precisely, not a contradiction', () => {
  const kb = new KnowledgeBase();
  kb.addReport(report('r1', 'Harbour Gazette', '2025-12-01', ROUND,
    [['w', 'Steve Witkoff', 'person'], ['h', 'Hallandale Beach', 'place'], ['f', 'Florida', 'place']],
    [{ trigger: 'met', date: '2025-11-30', participants: ['w'], location: 'h' }]));
  kb.addReport(report('r2', 'Lakeside Courier', '2025-12-02', 'Steve Witkoff met them in Florida on Sunday.',
    [['w', 'Steve Witkoff', 'person'], ['f', 'Florida', 'place']],
    [{ trigger: 'met', date: '2025-11-30', participants: ['w'], location: 'f' }]));
  const [ev, ...rest] = kb.timeline();
  assert.equal(rest.length, 0, 'one event');
  assert.equal(ev!.corroboration, 2);
  assert.equal(ev!.contradicted, false);
  assert.equal(kb.actors.get(ev!.location!)!.name, 'Hallandale Beach', 'the most precise place');
  assert.deepEqual(ev!.versions.filter((v) => v.field === 'location'), [], 'no place versions when they agree');

  kb.addReport(report('r3', 'Meridian Daily', '2025-12-02', 'Steve Witkoff met them in Geneva on Sunday.',
    [['w', 'Steve Witkoff', 'person'], ['g', 'Geneva', 'place']],
    [{ trigger: 'met', date: '2025-11-30', participants: ['w'], location: 'g' }]));
  const [again] = kb.timeline();
  assert.equal(again!.contradicted, true, 'a place outside the others is another version');
  assert.equal(again!.versions.filter((v) => v.field === 'location').length, 3);
});

test('knowledge base: a party named by nationality resolves to the country actor other reports named', () => {
  const kb = new KnowledgeBase();
  kb.addReport(report('r1', 'Kyiv Wire', '2025-11-25', 'Ukraine and Steve Witkoff met in Geneva.',
    [['u', 'Ukraine', 'place'], ['w', 'Steve Witkoff', 'person'], ['g', 'Geneva', 'place']],
    [{ trigger: 'met', date: '2025-11-24', participants: ['u', 'w'], location: 'g' }]));
  const res = kb.addReport(report('r2', 'Meridian Daily', '2025-11-25', 'Steve Witkoff met the Ukrainian delegation in Geneva.',
    [['w', 'Steve Witkoff', 'person'], ['g', 'Geneva', 'place']],
    [{ trigger: 'met', date: '2025-11-24', participants: ['w'], location: 'g', parties: ['Ukraine', 'Atlantis'] }]));
  const [ev, ...rest] = kb.timeline();
  assert.equal(rest.length, 0);
  assert.equal(res.events[0]!.created, false);
  const names = ev!.participants.map((p) => kb.actors.get(p)!.name).sort();
  assert.deepEqual(names, ['Steve Witkoff', 'Ukraine'], 'an unknown country makes no actor');
});
