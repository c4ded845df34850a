/** The knowledge-base routes in-process: timeline, actors, actor pages, merge and split with their audit. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../../src/api/app.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { report } from '../helpers/extraction.js';

let store: Store;
let app: Hono;

before(async () => {
  store = await openStore({ engine: 'embedded', dir: undefined });
  await store.saveReport(report('ra', 'Harbour Gazette', '2025-11-21', [['e1', 'Dan Driscoll'], ['e2', 'Volodymyr Zelensky'], ['e3', 'Jim Hale']],
    [{ id: 'v1', type: 'meeting', date: '2025-11-20', participants: ['e1', 'e2'], sentence: 'The army secretary handed the draft to the president on Thursday.' },
      { id: 'v2', type: 'call', date: '2025-11-22', participants: ['e3', 'e2'], sentence: 'An aide phoned the president on Saturday about the draft.' }]));
  await store.saveReport(report('rb', 'Lakeside Courier', '2025-11-23', [['e1', 'Daniel Driscoll'], ['e2', 'Volodymyr Zelenskyy'], ['e3', 'James Hale']],
    [{ id: 'v1', type: 'meeting', date: '2025-11-19', participants: ['e1', 'e2'], sentence: 'Driscoll and Zelenskyy sat down in Kyiv on Wednesday to go over the text.' }]));
  app = createApp({ store, log: () => undefined });
});
after(async () => {
  await store.close();
});

async function get<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T };
}

async function post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as T };
}

interface Ev { date: string; corroboration: number; contradicted: boolean; participants: { id: string; name: string }[]; versions: { field: string; value: string; reports: { publisher: string }[] }[]; mentions: { report: { href: string }; passage: { start: number; end: number } }[] }
interface ActorPage { id: string; name: string; aliases: { name: string; rule: string; evidence: string }[]; events: Ev[]; coParticipants: { name: string; count: number }[]; audit: { kind: string; by: string }[] }

describe('knowledge routes', () => {
  it('GET /api/timeline: one event told twice, contradicted on the date, with its versions and passages', async () => {
    const { status, body } = await get<{ items: Ev[]; total: number }>('/api/timeline');
    assert.equal(status, 200);
    assert.equal(body.total, 2);
    const [first, second] = body.items;
    assert.equal(first!.date, '2025-11-20');
    assert.equal(first!.corroboration, 2);
    assert.equal(first!.contradicted, true);
    assert.deepEqual(first!.versions.map((v) => [v.value, v.reports.map((r) => r.publisher)]), [['2025-11-20', ['Harbour Gazette']], ['2025-11-19', ['Lakeside Courier']]]);
    assert.match(first!.mentions[0]!.report.href, /^\/api\/reports\//);
    assert.equal(second!.date, '2025-11-22');
  });

  it('GET /api/timeline: a place or a cast that differs is a version shown by name, with its actors', async () => {
    const one = await openStore({ engine: 'embedded', dir: undefined });
    try {
      await one.saveReport(report('rc', 'Harbour Gazette', '2025-12-03', [['e1', 'Vladimir Putin'], ['e2', 'Steve Witkoff'], ['e3', 'Jared Kushner'], ['e4', 'Moscow', 'place']],
        [{ id: 'v1', type: 'meeting', date: '2025-12-02', participants: ['e1', 'e2', 'e3'], location: 'e4', sentence: 'Putin met Witkoff and Kushner in Moscow.' }]));
      await one.saveReport(report('rd', 'Lakeside Courier', '2025-12-03', [['e1', 'Vladimir Putin'], ['e2', 'Steve Witkoff'], ['e3', 'Marco Rubio'], ['e4', 'Sochi', 'place']],
        [{ id: 'v1', type: 'meeting', date: '2025-12-02', participants: ['e1', 'e2', 'e3'], location: 'e4', sentence: 'Putin met Witkoff and Rubio in Sochi.' }]));
      const res = await createApp({ store: one, log: () => undefined }).request('/api/timeline');
      const body = (await res.json()) as { items: (Omit<Ev, 'versions'> & { versions: { field: string; value: string; actors?: { name: string }[] }[] })[] };
      const [ev] = body.items;
      assert.equal(ev!.contradicted, true);
      assert.deepEqual(ev!.versions.filter((v) => v.field === 'location').map((v) => v.value).sort(), ['Moscow', 'Sochi']);
      const casts = ev!.versions.filter((v) => v.field === 'participants');
      assert.deepEqual(casts.map((v) => v.value.split(', ').sort().join(' + ')).sort(),
        ['Jared Kushner + Steve Witkoff + Vladimir Putin', 'Marco Rubio + Steve Witkoff + Vladimir Putin']);
      assert.ok(casts.every((v) => v.actors?.length === 3));
    } finally {
      await one.close();
    }
  });

  it('GET /api/timeline validates its query and filters by asOf', async () => {
    const bad = await get<{ error: { id: string } }>('/api/timeline?from=2025-13-01');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.id, 'validation-failed');
    const early = await get<{ items: Ev[] }>('/api/timeline?asOf=2025-11-21');
    assert.deepEqual(early.body.items.map((e) => [e.date, e.corroboration, e.contradicted]), [['2025-11-20', 1, false], ['2025-11-22', 1, false]]);
    const none = await get<{ items: Ev[] }>('/api/timeline?asOf=2025-11-20');
    assert.deepEqual(none.body.items, []);
  });

  it('GET /api/actors and /api/entities/:id: every spelling in one actor, with the evidence', async () => {
    const list = await get<{ items: { id: string; name: string; aliases: string[] }[] }>('/api/actors?q=driscoll');
    assert.equal(list.body.items.length, 1);
    const driscoll = list.body.items[0]!;
    assert.deepEqual(driscoll.aliases, ['Daniel Driscoll']);
    const page = await get<ActorPage>(`/api/entities/${driscoll.id}`);
    assert.equal(page.status, 200);
    assert.equal(page.body.name, 'Dan Driscoll');
    assert.match(page.body.aliases[0]!.evidence, /short form/);
    assert.deepEqual(page.body.coParticipants.map((c) => [c.name, c.count]), [['Volodymyr Zelensky', 1]]);
    const missing = await get<{ error: { id: string } }>('/api/entities/a99999');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.id, 'not-found');
  });

  it('POST merge and split: recorded, audited, and kept when the knowledge base is rebuilt', async () => {
    const actors = (await get<{ items: { id: string; name: string }[] }>('/api/actors?q=hale')).body.items;
    assert.equal(actors.length, 2, 'a nickname is not merged automatically');
    const jim = actors.find((a) => a.name === 'Jim Hale')!;
    const james = actors.find((a) => a.name === 'James Hale')!;
    const merged = await post<ActorPage>('/api/entities/merge', { keep: james.id, absorb: jim.id, by: 'desk editor' });
    assert.equal(merged.status, 200);
    assert.deepEqual(merged.body.aliases.map((a) => [a.name, a.rule]), [['Jim Hale', 'human/merge']]);
    assert.deepEqual(merged.body.audit.map((a) => [a.kind, a.by]), [['merge', 'desk editor']]);
    assert.equal(merged.body.events.length, 1, 'the merged actor has the call');
    assert.equal((await store.decisions()).length, 1);
    // A new report makes the knowledge base rebuild from scratch: the decision is replayed.
    await store.saveReport(report('rc', 'Meridian Daily', '2025-11-24', [['e1', 'Jim Hale']], []));
    const again = (await get<{ items: { id: string; name: string; aliases: string[] }[] }>('/api/actors?q=hale')).body.items;
    assert.equal(again.length, 1);
    const split = await post<ActorPage>(`/api/entities/${again[0]!.id}/split`, { names: ['Jim Hale'], by: 'desk editor' });
    assert.equal(split.status, 200);
    assert.equal(split.body.name, 'Jim Hale');
    assert.equal((await get<{ items: unknown[] }>('/api/actors?q=hale')).body.items.length, 2);
    const bad = await post<{ error: { id: string } }>(`/api/entities/${split.body.id}/split`, { names: ['Nobody'] });
    assert.equal(bad.status, 400);
    const wrongType = await post<{ error: { id: string } }>('/api/entities/merge', { keep: split.body.id, absorb: split.body.id });
    assert.equal(wrongType.status, 400);
  });

  it('publishes the routes in the OpenAPI document', async () => {
    const { body } = await get<{ paths: Record<string, unknown> }>('/openapi.json');
    for (const p of ['/api/timeline', '/api/actors', '/api/entities/{id}', '/api/entities/merge', '/api/entities/{id}/split']) assert.ok(body.paths[p], p);
  });
});
