import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregateActors, coParticipation, forceLayout, searchActors, type Graph } from '../../src/views/actors.js';
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

describe('forceLayout', () => {
  it('is deterministic, stays inside the box and pulls linked nodes closer than unlinked ones', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, label: `n${i}`, type: 'person', weight: 1 }));
    const edges = [{ source: 'n0', target: 'n1', weight: 5 }, { source: 'n1', target: 'n2', weight: 5 }, { source: 'n0', target: 'n2', weight: 5 }];
    const g: Graph = { nodes, edges };
    const p1 = forceLayout(g, 800, 600, 100);
    const p2 = forceLayout(g, 800, 600, 100);
    assert.deepEqual([...p1], [...p2]);
    for (const p of p1.values()) assert.ok(p.x >= 0 && p.x <= 800 && p.y >= 0 && p.y <= 600);
    const d = (a: string, b: string) => Math.hypot((p1.get(a)?.x ?? 0) - (p1.get(b)?.x ?? 0), (p1.get(a)?.y ?? 0) - (p1.get(b)?.y ?? 0));
    const linked = (d('n0', 'n1') + d('n1', 'n2') + d('n0', 'n2')) / 3;
    let unlinked = 0;
    for (let i = 3; i < 40; i++) unlinked += d('n0', `n${i}`);
    unlinked /= 37;
    assert.ok(linked < unlinked / 2, `linked ${linked.toFixed(0)} vs unlinked ${unlinked.toFixed(0)}`);
  });
  it('lays out 300 nodes within a frame budget of a few hundred ms', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, label: '', type: 'person', weight: 1 }));
    const edges = Array.from({ length: 600 }, (_, i) => ({ source: `n${i % 300}`, target: `n${(i * 7 + 1) % 300}`, weight: 1 }));
    const t0 = performance.now();
    forceLayout({ nodes, edges }, 900, 600, 150);
    const ms = performance.now() - t0;
    assert.ok(ms < 1500, `took ${ms.toFixed(0)} ms`);
  });
});

describe('components', () => {
  it('groups nodes by connection, largest first', async () => {
    const { components } = await import('../../src/views/actors.js');
    assert.deepEqual(components(7, [{ a: 0, b: 1 }, { a: 1, b: 2 }, { a: 4, b: 5 }, { a: 5, b: 6 }, { a: 6, b: 4 }]), [[0, 1, 2], [4, 5, 6], [3]]);
    assert.deepEqual(components(0, []), []);
  });
  it('gives each component its own cell: no two nodes of different components overlap', () => {
    const nodes = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, label: '', type: 'person', weight: 1 }));
    const edges = Array.from({ length: 9 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}`, weight: 1 }));
    const p = forceLayout({ nodes, edges }, 600, 400, 80);
    const pts = [...p.values()];
    let min = Infinity;
    for (let i = 0; i < pts.length; i++) for (let j = i + 1; j < pts.length; j++) min = Math.min(min, Math.hypot((pts[i]?.x ?? 0) - (pts[j]?.x ?? 0), (pts[i]?.y ?? 0) - (pts[j]?.y ?? 0)));
    assert.ok(min > 10, `closest pair ${min.toFixed(1)} px`);
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
