import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregateActors, coParticipation, searchActors } from '../../src/views/actors.js';
import { normaliseReport } from '../../src/views/extraction.js';

const r1 = normaliseReport({
  id: 'r1', published: '2025-11-20', text: '',
  entities: [
    { id: 'e1', name: 'Steve Witkoff', type: 'person', aliases: ['Witkoff'], roles: ['special envoy'], mentions: [], merges: [{ rule: 'short', from: 'Witkoff', into: 'Steve Witkoff', evidence: 'surname', score: 0.9 }] },
    { id: 'e2', name: 'Kirill Dmitriev', type: 'person', aliases: [], roles: [], mentions: [] },
    { id: 'e3', name: 'Miami', type: 'place', aliases: [], roles: [], mentions: [] },
  ],
  events: [{ id: 'v1', type: 'meeting', participants: ['e1', 'e2'], trigger: { start: 0, end: 0 } }],
});
const r2 = normaliseReport({
  id: 'r2', published: '2025-11-25', text: '',
  entities: [
    { id: 'e1', name: 'Witkoff', type: 'person', aliases: [], roles: ['head of a real-estate firm'], mentions: [] },
    { id: 'e2', name: 'Kirill Dmítriev', type: 'person', aliases: ['Dmitriev'], roles: [], mentions: [] },
    { id: 'e3', name: 'Rustem Umerov', type: 'person', aliases: [], roles: [], mentions: [] },
  ],
  events: [
    { id: 'v1', type: 'meeting', participants: ['e1', 'e2', 'e3'], trigger: { start: 0, end: 0 } },
    { id: 'v2', type: 'call', participants: ['e1', 'e3'], trigger: { start: 0, end: 0 } },
  ],
});

describe('aggregateActors', () => {
  const actors = aggregateActors([r1, r2]);
  it('joins an entity whose name is another report\'s alias, and folds accents', () => {
    const names = actors.map((a) => a.name).sort();
    assert.deepEqual(names, ['Kirill Dmitriev', 'Miami', 'Rustem Umerov', 'Steve Witkoff']);
    const w = actors.find((a) => a.name === 'Steve Witkoff');
    assert.deepEqual(w?.roles.map((r) => [r.title, r.reportId]), [['special envoy', 'r1'], ['head of a real-estate firm', 'r2']]);
    assert.deepEqual(w?.refs.map((r) => r.reportId).sort(), ['r1', 'r2']);
    assert.equal(w?.merges[0]?.evidence, 'surname');
  });
  it('searches names and aliases by word prefix', () => {
    assert.deepEqual(searchActors(actors, 'witk').map((a) => a.name), ['Steve Witkoff']);
    assert.deepEqual(searchActors(actors, 'dmitr').map((a) => a.name), ['Kirill Dmitriev']);
    assert.deepEqual(searchActors(actors, 'umerov rus').map((a) => a.name), ['Rustem Umerov']);
    assert.deepEqual(searchActors(actors, 'zzz'), []);
    assert.equal(searchActors(actors, '').length, 4);
  });
  it('builds the co-participation network with shared-event weights', () => {
    const g = coParticipation([r1, r2], actors);
    assert.deepEqual(g.nodes.map((n) => [n.label, n.weight]), [['Kirill Dmitriev', 2], ['Rustem Umerov', 2], ['Steve Witkoff', 3]]);
    const w = (a: string, b: string) => g.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join())?.weight;
    assert.equal(w('steve witkoff', 'kirill dmitriev'), 2);
    assert.equal(w('steve witkoff', 'rustem umerov'), 2);
    assert.equal(w('kirill dmitriev', 'rustem umerov'), 1);
  });
});

describe('components', () => {
  it('groups nodes by connection, largest first', async () => {
    const { components } = await import('../../src/views/network-layout.js');
    assert.deepEqual(components(7, [{ a: 0, b: 1 }, { a: 1, b: 2 }, { a: 4, b: 5 }, { a: 5, b: 6 }, { a: 6, b: 4 }]), [[0, 1, 2], [4, 5, 6], [3]]);
    assert.deepEqual(components(0, []), []);
  });
});

describe('coParticipationFromEvents', () => {
  it('links every two participants of an event, weighted by shared events', async () => {
    const { coParticipationFromEvents } = await import('../../src/views/actors.js');
    const g = coParticipationFromEvents([
      { participants: [{ id: 'a1', name: 'Ana', type: 'person' }, { id: 'a2', name: 'Ben', type: 'person' }, { id: 'a3', name: 'Oslo', type: 'place' }] },
      { participants: [{ id: 'a2', name: 'Ben', type: 'person' }, { id: 'a1', name: 'Ana', type: 'person' }] },
      { participants: [{ id: 'a4', name: 'Cy' }] },
    ]);
    assert.deepEqual(g.nodes.map((n) => [n.id, n.weight, n.type]), [['a1', 2, 'person'], ['a2', 2, 'person'], ['a3', 1, 'place'], ['a4', 1, 'other']]);
    assert.deepEqual(g.edges.map((e) => [e.source, e.target, e.weight]).sort(), [['a1', 'a2', 2], ['a1', 'a3', 1], ['a2', 'a3', 1]]);
  });
});
