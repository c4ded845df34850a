import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../src/resolve/knowledge-base.js';
import { report } from '../helpers/extraction.js';

const A = report('ra', 'Harbour Gazette', '2025-11-21', [['e1', 'Dan Driscoll'], ['e2', 'Volodymyr Zelensky'], ['e3', 'Kyiv', 'place']],
  [{ id: 'v1', type: 'meeting', date: '2025-11-20', participants: ['e1', 'e2'], location: 'e3', sentence: 'Driscoll met Zelensky in Kyiv on Thursday.' }]);
const B = report('rb', 'Lakeside Courier', '2025-11-21', [['e1', 'Daniel Driscoll'], ['e2', 'Volodymyr Zelenskyy']],
  [{ id: 'v1', type: 'meeting', date: '2025-11-19', participants: ['e1', 'e2'], sentence: 'The army secretary saw the president on Wednesday.' }]);
const C = report('rc', 'Harbour Gazette', '2025-11-22', [['e1', 'Dan Driscoll'], ['e2', 'Volodymyr Zelensky'], ['e3', 'Kyiv', 'place']],
  [{ id: 'v1', type: 'meeting', date: '2025-11-20', participants: ['e1', 'e2'], location: 'e3', sentence: 'Driscoll met Zelensky in Kyiv on Thursday.' }]);
const D = report('rd', 'Meridian Daily', '2025-11-26', [['e1', 'Dan Driscoll'], ['e2', 'Abu Dhabi', 'place']],
  [{ id: 'v1', type: 'meeting', date: '2025-11-25', participants: ['e1'], location: 'e2', sentence: 'Driscoll held talks in Abu Dhabi on Tuesday.' }]);
const E = report('re', 'Northern Ledger', '2025-12-01', [['e1', 'Steve Witkoff'], ['e2', 'Vladimir Putin']],
  [{ id: 'v1', type: 'meeting', date: '2025-02', participants: ['e1', 'e2'], sentence: 'Witkoff and Putin met in February.' }]);

test('knowledge base: one event told by three reports, corroborated by two independent publishers, contradicted on the date', () => {
  const kb = new KnowledgeBase();
  for (const r of [A, B, C, D]) kb.addReport(r);
  const timeline = kb.timeline();
  const kyiv = timeline.find((e) => e.mentions.some((m) => m.report === 'ra'))!;
  assert.deepEqual(kyiv.mentions.map((m) => m.report).sort(), ['ra', 'rb', 'rc']);
  assert.equal(kyiv.corroboration, 2, 'the same outlet twice is one source');
  assert.equal(kyiv.contradicted, true);
  assert.deepEqual(kyiv.versions.filter((v) => v.field === 'date').map((v) => [v.value, v.reports.sort()]), [['2025-11-20', ['ra', 'rc']], ['2025-11-19', ['rb']]]);
  assert.equal(kyiv.date, '2025-11-20', 'the date most publishers give');
  const abuDhabi = timeline.find((e) => e.mentions.some((m) => m.report === 'rd'))!;
  assert.notEqual(abuDhabi.id, kyiv.id);
  assert.equal(abuDhabi.corroboration, 1);
  assert.equal(abuDhabi.contradicted, false);
});

test('knowledge base: an event told undated first joins the dated telling that comes later', () => {
  const kb = new KnowledgeBase();
  const undated = report('ru', 'Kyiv Wire', '2025-11-29', [['e1', 'Andriy Yermak']],
    [{ id: 'v1', type: 'resignation', date: null, participants: ['e1'], sentence: 'By the evening Yermak had stepped down.' }]);
  const dated = report('rd2', 'Lakeside Courier', '2025-11-29', [['e1', 'Andriy Yermak']],
    [{ id: 'v1', type: 'resignation', date: '2025-11-28', participants: ['e1'], sentence: 'Yermak resigned on Friday, November 28.' }]);
  const first = kb.addReport(undated).events[0]!.event;
  const second = kb.addReport(dated).events[0]!.event;
  assert.equal(kb.eventId(first), kb.eventId(second));
  const [ev] = kb.timeline();
  assert.equal(ev!.corroboration, 2);
  assert.equal(ev!.date, '2025-11-28');
});

test('knowledge base: an undated telling never joins an event older than a month before its report, however that event was reached', () => {
  const kb = new KnowledgeBase();
  const october = report('ro', 'Kyiv Wire', '2025-11-26', [['e1', 'Yuri Ushakov'], ['e2', 'Kirill Dmitriev']], [
    { id: 'v1', type: 'call', date: '2025-10-29', participants: ['e1', 'e2'], sentence: 'Ushakov and Dmitriev spoke by phone on October 29.' },
    // An undated telling joins it: the event is now reachable through the undated bucket too.
    { id: 'v2', type: 'call', date: null, participants: ['e1'], sentence: 'Ushakov would not comment on that call.' },
  ]);
  const december = report('rd', 'Meridian Daily', '2025-12-03', [['e1', 'Yuri Ushakov']],
    [{ id: 'v1', type: 'call', date: null, participants: ['e1'], sentence: 'Ushakov called the conversation constructive.' }]);
  const first = kb.addReport(october).events;
  assert.equal(kb.eventId(first[0]!.event), kb.eventId(first[1]!.event));
  const later = kb.addReport(december).events[0]!.event;
  assert.notEqual(kb.eventId(later), kb.eventId(first[0]!.event), 'October 29 is over a month earlier than December 3');
});

test('knowledge base: an event\'s summary line is written over its reports, in the actors\' resolved names', () => {
  const kb = new KnowledgeBase();
  for (const r of [A, B, C]) kb.addReport(r);
  const kyiv = kb.timeline().find((e) => e.mentions.some((m) => m.report === 'rb'))!;
  // Lakeside Courier spells them "Daniel Driscoll" and "Volodymyr Zelenskyy": the line uses the actors' names.
  assert.equal(kyiv.summary, 'Meeting between Dan Driscoll and Volodymyr Zelensky in Kyiv on 2025-11-20.');
});

test('knowledge base: as of a date only reports published by then count', () => {
  const kb = new KnowledgeBase();
  for (const r of [A, B, C, D]) kb.addReport(r);
  const early = kb.timeline({ asOf: '2025-11-21' });
  const kyiv = early.find((e) => e.mentions.some((m) => m.report === 'ra'))!;
  assert.deepEqual(kyiv.mentions.map((m) => m.report).sort(), ['ra', 'rb']);
  assert.equal(early.some((e) => e.mentions.some((m) => m.report === 'rd')), false);
});

test('knowledge base: timeline filters by actor and date, sorts a month-precision event as a span', () => {
  const kb = new KnowledgeBase();
  const res = kb.addReport(A);
  kb.addReport(D);
  kb.addReport(E);
  const driscoll = res.actors.find((r) => r.entity === 'e1')!.actor;
  const his = kb.timeline({ actor: driscoll });
  assert.equal(his.length, 2);
  assert.deepEqual(kb.timeline({ from: '2025-11-21', to: '2025-11-30' }).map((e) => e.date), ['2025-11-25']);
  const all = kb.timeline();
  assert.deepEqual(all.map((e) => e.date), ['2025-02', '2025-11-20', '2025-11-25']);
  const page = kb.actorPage(driscoll)!;
  assert.equal(page.actor.name, 'Dan Driscoll');
  assert.deepEqual(page.coParticipants.map((c) => [c.name, c.count]), [['Volodymyr Zelensky', 1]]);
});

test('knowledge base: an actor page lists the quotes and claims it said, sourced, or is named in', () => {
  const kb = new KnowledgeBase();
  const x = report('rq', 'Harbour Gazette', '2025-11-21', [['e1', 'Dan Driscoll'], ['e2', 'Volodymyr Zelensky']], []);
  x.text = 'Driscoll said Zelensky liked the draft.';
  x.entities[0]!.mentions = [{ start: 0, end: 8, rule: 'test', confidence: 1 }];
  x.entities[1]!.mentions = [{ start: 14, end: 22, rule: 'test', confidence: 1 }];
  x.claims = [{ start: 14, end: 38, source: null, speaker: 'e1', modality: 'reported', cue: { start: 9, end: 13 }, source_span: null, citations: [], chain: [], rule: 'test', confidence: 1 }];
  const res = kb.addReport(x);
  const actorOf = (e: string) => res.actors.find((r) => r.entity === e)!.actor;
  assert.deepEqual(kb.statementsOf(actorOf('e1')).map((s) => [s.role, s.text]), [['speaker', 'Zelensky liked the draft']]);
  assert.deepEqual(kb.statementsOf(actorOf('e2')).map((s) => [s.role, s.text]), [['about', 'Zelensky liked the draft']]);
});

test('knowledge base: independent reports naming different casts for one meeting disagree on who took part; a partial cast does not', () => {
  const putin = (id: string, publisher: string, others: [string, string][], sentence: string) => report(id, publisher, '2025-12-03',
    [['e1', 'Vladimir Putin'], ...others.map(([eid, name]): [string, string] => [eid, name])],
    [{ id: 'v1', type: 'meeting', date: '2025-12-02', participants: ['e1', ...others.map(([eid]) => eid)], sentence }]);
  const kb = new KnowledgeBase();
  kb.addReport(putin('r1', 'Harbour Gazette', [['e2', 'Steve Witkoff'], ['e3', 'Jared Kushner']], 'Putin met Witkoff and Kushner at the Kremlin.'));
  kb.addReport(putin('r2', 'Harbour Gazette', [['e2', 'Steve Witkoff'], ['e3', 'Kirill Dmitriev']], 'Putin, Witkoff and Dmitriev talked for hours.'));
  kb.addReport(putin('r3', 'Meridian Daily', [['e2', 'Steve Witkoff']], 'Putin received the envoy Witkoff.'));
  let [ev, ...rest] = kb.timeline();
  assert.equal(rest.length, 0, 'one meeting');
  assert.equal(ev!.contradicted, false, 'one outlet telling two casts, and a partial cast, are no disagreement between sources');
  kb.addReport(putin('r4', 'Lakeside Courier', [['e2', 'Steve Witkoff'], ['e3', 'Marco Rubio']], 'Putin met Witkoff and Rubio on Tuesday.'));
  [ev] = kb.timeline();
  assert.equal(ev!.contradicted, true);
  const casts = ev!.versions.filter((v) => v.field === 'participants')
    .map((v) => [v.value!.split(',').map((id) => kb.actors.get(id)!.name).sort().join(' + '), v.reports]);
  assert.deepEqual(casts, [
    ['Jared Kushner + Steve Witkoff + Vladimir Putin', ['r1']],
    ['Kirill Dmitriev + Steve Witkoff + Vladimir Putin', ['r2']],
    ['Marco Rubio + Steve Witkoff + Vladimir Putin', ['r4']],
  ]);
});

test('knowledge base: two events of one kind in one sentence of one report stay two; the sentence repeated by another report joins', () => {
  const kb = new KnowledgeBase();
  const sentence = 'The first call took place on October 14, four days before Putin spoke to Trump by phone.';
  const one = report('r1', 'Harbour Gazette', '2025-11-26', [['e1', 'Vladimir Putin'], ['e2', 'Donald Trump']], [
    { id: 'v1', type: 'call', date: '2025-10-14', participants: [], sentence },
    { id: 'v2', type: 'call', date: '2025-10-18', participants: ['e1', 'e2'], sentence },
  ]);
  const again = report('r2', 'Kyiv Wire', '2025-11-27', [['e1', 'Vladimir Putin'], ['e2', 'Donald Trump']], [
    { id: 'v1', type: 'call', date: '2025-10-18', participants: ['e1', 'e2'], sentence },
  ]);
  const [a, b] = kb.addReport(one).events;
  assert.notEqual(kb.eventId(a!.event), kb.eventId(b!.event));
  const [c] = kb.addReport(again).events;
  assert.ok([kb.eventId(a!.event), kb.eventId(b!.event)].includes(kb.eventId(c!.event)));
});

test('knowledge base: one report dating two events of one cast on different days tells two events', () => {
  const kb = new KnowledgeBase();
  const two = report('r1', 'Baltic Observer', '2025-03-28', [['e1', 'Donald Trump'], ['e2', 'Vladimir Putin']], [
    { id: 'v1', type: 'call', date: '2025-03-18', participants: ['e1', 'e2'], sentence: 'Trump and Putin spoke by telephone on March 18.' },
    { id: 'v2', type: 'call', date: '2025-03-19', participants: ['e1', 'e2'], sentence: 'They spoke again by phone the next day.' },
  ]);
  const [a, b] = kb.addReport(two).events;
  assert.notEqual(kb.eventId(a!.event), kb.eventId(b!.event));
  // another report giving the second day for the first call is a contradiction to show
  const other = report('r2', 'Kyiv Wire', '2025-03-29', [['e1', 'Donald Trump'], ['e2', 'Vladimir Putin']], [
    { id: 'v1', type: 'call', date: '2025-03-17', participants: ['e1', 'e2'], sentence: 'The two presidents spoke by telephone on Monday.' },
  ]);
  const [c] = kb.addReport(other).events;
  assert.equal(kb.eventId(c!.event), kb.eventId(a!.event));
});
