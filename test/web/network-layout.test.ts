import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { components, estimateTextWidth, layoutNetwork, MAX_ENLARGE, MAX_RADIUS, MIN_RADIUS, placeLabels, type Disc, type LayoutGraph } from '../../src/views/network-layout.js';

/** 300 invented actors: one large component with hubs, a few middle ones, pairs and loners. */
function bigGraph(): LayoutGraph {
  const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}` }));
  const edges: { source: string; target: string; weight: number }[] = [];
  // 0–199: a scale-free-ish component (each node links to an earlier one, some to a hub).
  for (let i = 1; i < 200; i++) {
    edges.push({ source: `n${i}`, target: `n${(i * 7919) % i}`, weight: 1 + (i % 4) });
    if (i % 3 === 0) edges.push({ source: `n${i}`, target: `n${i % 5}`, weight: 1 });
  }
  // 200–259: six rings of ten.
  for (let c = 0; c < 6; c++) for (let k = 0; k < 10; k++) edges.push({ source: `n${200 + c * 10 + k}`, target: `n${200 + c * 10 + ((k + 1) % 10)}`, weight: 2 });
  // 260–289: fifteen pairs; 290–299 alone.
  for (let k = 260; k < 290; k += 2) edges.push({ source: `n${k}`, target: `n${k + 1}`, weight: 1 });
  return { nodes, edges };
}

function assertReadable(discs: ReadonlyMap<string, Disc>, width: number, height: number): void {
  const all = [...discs];
  for (const [id, d] of all) {
    assert.ok(d.x - d.r >= 0 && d.y - d.r >= 0 && d.x + d.r <= width && d.y + d.r <= height, `${id} at ${d.x.toFixed(1)},${d.y.toFixed(1)} r ${d.r} outside ${width}×${height}`);
    assert.ok(d.r >= MIN_RADIUS && d.r <= MAX_RADIUS);
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const [ia, a] = all[i]!;
      const [ib, b] = all[j]!;
      const gap = Math.hypot(a.x - b.x, a.y - b.y) - a.r - b.r;
      assert.ok(gap >= 0, `${ia} and ${ib} overlap by ${(-gap).toFixed(2)}`);
    }
  }
}

describe('layoutNetwork', () => {
  it('300 nodes: no two discs overlap, all inside the box, in bounded time', () => {
    const g = bigGraph();
    const t0 = performance.now();
    const layout = layoutNetwork(g, { width: 900, height: 600 });
    const ms = performance.now() - t0;
    assert.equal(layout.discs.size, 300);
    assertReadable(layout.discs, layout.width, layout.height);
    assert.ok(Math.abs(layout.width / layout.height - 1.5) < 1e-9, 'keeps the aspect ratio');
    // Not blown up: the drawing stays within a small factor of the requested box.
    assert.ok(layout.width <= 900 * 2, `width ${layout.width.toFixed(0)}`);
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms`);
  });

  it('is deterministic for a seed, and the seed changes the picture', () => {
    const g = bigGraph();
    const a = layoutNetwork(g, { width: 900, height: 600, seed: 7 });
    const b = layoutNetwork(g, { width: 900, height: 600, seed: 7 });
    assert.deepEqual([...a.discs], [...b.discs]);
    const c = layoutNetwork(g, { width: 900, height: 600, seed: 8 });
    assert.notDeepEqual([...a.discs], [...c.discs]);
  });

  it('sizes nodes by degree and keeps linked nodes closer than unlinked ones', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}` }));
    // A star on n0 (n1–n9) inside a chain through every node.
    const edges = [
      ...Array.from({ length: 9 }, (_, i) => ({ source: 'n0', target: `n${i + 1}`, weight: 3 })),
      ...Array.from({ length: 39 }, (_, i) => ({ source: `n${i}`, target: `n${i + 1}`, weight: 1 })),
    ];
    const { discs, width, height } = layoutNetwork({ nodes, edges }, { width: 800, height: 600 });
    assertReadable(discs, width, height);
    const p = (id: string) => discs.get(id)!;
    assert.equal(p('n0').r, MAX_RADIUS);
    assert.ok(p('n0').r > p('n20').r);
    assert.equal(p('n0').degree, 9, 'n0–n1 is in the star and the chain: counted once');
    const d = (a: string, b: string) => Math.hypot(p(a).x - p(b).x, p(a).y - p(b).y);
    const linked = Array.from({ length: 39 }, (_, i) => d(`n${i}`, `n${i + 1}`)).reduce((s, x) => s + x, 0) / 39;
    let unlinked = 0;
    for (let i = 0; i < 20; i++) unlinked += d(`n${i}`, `n${i + 20}`);
    unlinked /= 20;
    assert.ok(linked < unlinked / 2, `linked ${linked.toFixed(0)} vs unlinked ${unlinked.toFixed(0)}`);
  });

  it('packs components apart: no component\'s box overlaps another\'s', () => {
    const g = bigGraph();
    const { discs } = layoutNetwork(g, { width: 900, height: 600 });
    const index = new Map(g.nodes.map((n, i) => [n.id, i]));
    const comps = components(g.nodes.length, g.edges.map((e) => ({ a: index.get(e.source)!, b: index.get(e.target)! })));
    assert.equal(comps.length, 1 + 6 + 15 + 10);
    const boxes = comps.map((c) => {
      const ds = c.map((i) => discs.get(`n${i}`)!);
      return { x0: Math.min(...ds.map((d) => d.x - d.r)), y0: Math.min(...ds.map((d) => d.y - d.r)), x1: Math.max(...ds.map((d) => d.x + d.r)), y1: Math.max(...ds.map((d) => d.y + d.r)) };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        assert.ok(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `components ${i} and ${j} overlap`);
      }
    }
  });

  it('handles the small cases: empty, one node, a pair, self-links and duplicate edges', () => {
    assert.equal(layoutNetwork({ nodes: [], edges: [] }, { width: 300, height: 200 }).discs.size, 0);
    const one = layoutNetwork({ nodes: [{ id: 'a' }], edges: [{ source: 'a', target: 'a', weight: 1 }] }, { width: 300, height: 200 });
    assert.ok(Math.abs(one.width - 300 / MAX_ENLARGE) < 1e-9 && Math.abs(one.height - 200 / MAX_ENLARGE) < 1e-9, 'a small network is enlarged, at most MAX_ENLARGE times');
    assertReadable(one.discs, one.width, one.height);
    const pair = layoutNetwork({ nodes: [{ id: 'a' }, { id: 'b' }], edges: [{ source: 'a', target: 'b', weight: 1 }, { source: 'b', target: 'a', weight: 1 }] }, { width: 300, height: 200 });
    assertReadable(pair.discs, pair.width, pair.height);
    assert.equal(pair.discs.get('a')?.degree, 1);
  });
});

describe('placeLabels', () => {
  const g = bigGraph();
  const layout = layoutNetwork(g, { width: 900, height: 600 });
  const byDegree = [...layout.discs].sort((a, b) => b[1].degree - a[1].degree || a[0].localeCompare(b[0])).map(([id]) => id);
  const text = (id: string) => `Delegate ${id.toUpperCase()}`;
  const options = {
    order: byDegree, text, measure: (t: string) => estimateTextWidth(t, 12), fontPx: 12, unitsPerPx: 1,
    view: { x: 0, y: 0, w: layout.width, h: layout.height }, max: 40,
  };

  it('labels the most connected nodes first, at most `max`, none overlapping another label or a disc', () => {
    const labels = placeLabels(layout.discs, options);
    assert.ok(labels.size >= 10 && labels.size <= 40, `${labels.size} labels`);
    assert.ok(labels.has(byDegree[0]!), 'the busiest node is named');
    const boxes = [...labels.values()].map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      assert.ok(a.x >= 0 && a.y >= 0 && a.x + a.w <= layout.width && a.y + a.h <= layout.height, 'inside the view');
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j]!;
        assert.ok(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y, `labels ${i} and ${j} overlap`);
      }
      if (i < 10) continue; // the ten busiest may cover a disc rather than go unnamed
      for (const d of layout.discs.values()) {
        const hit = a.x < d.x + d.r && d.x - d.r < a.x + a.w && a.y < d.y + d.r && d.y - d.r < a.y + a.h;
        const own = [...labels].find(([, l]) => l.box === a)![0];
        if (hit) assert.equal(layout.discs.get(own), d, 'a label covers only its own disc');
      }
    }
  });

  it('zoomed in (fewer units per pixel, a smaller view), labels only what is in view', () => {
    const view = { x: 0, y: 0, w: layout.width / 3, h: layout.height / 3 };
    const labels = placeLabels(layout.discs, { ...options, unitsPerPx: 1 / 3, view, max: 120 });
    for (const l of labels.values()) assert.ok(l.box.x >= view.x && l.box.x + l.box.w <= view.x + view.w && l.box.y + l.box.h <= view.y + view.h);
  });

  it('a forced label (the node under focus) is placed even where nothing else may go', () => {
    const quiet = byDegree[byDegree.length - 1]!;
    const labels = placeLabels(layout.discs, { ...options, order: [quiet, ...byDegree], forced: new Set([quiet]), view: { x: 0, y: 0, w: 1, h: 1 } });
    assert.deepEqual([...labels.keys()], [quiet]);
  });
});
