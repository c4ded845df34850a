/**
 * The co-participation network's layout, readable at 300 nodes. Pure (no DOM), deterministic.
 *
 * 1. Node radius grows with the square root of the degree (co-participants), 3 to 12 units.
 * 2. Each connected component is laid out on its own by d3-force: many-body repulsion
 *    (Barnes–Hut, θ = 0.9), links pulled to a length that grows with the two radii (heavier
 *    links pull harder), collision avoidance, a weak pull to the centre; a fixed number of
 *    ticks from a seeded random source, so the same graph always gets the same picture.
 *    A final pass pushes apart any two discs that still touch.
 * 3. Components are packed in shelves, largest first, choosing the shelf width that fills a
 *    box of the requested aspect ratio best.
 * 4. The result is in layout units, in a box of the requested aspect ratio: the drawing maps
 *    it onto the requested box, so a small network is enlarged (at most MAX_ENLARGE times) and
 *    a large one scaled down (zoom brings it back).
 *
 * `placeLabels` then names the most connected nodes without any two labels overlapping, each
 * other or a node; text width comes from a `measure` function (canvas in the browser, an
 * estimate in tests).
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface LayoutGraph {
  readonly nodes: readonly { readonly id: string }[];
  readonly edges: readonly { readonly source: string; readonly target: string; readonly weight: number }[];
}

export interface Disc {
  x: number;
  y: number;
  /** Radius, in layout units. */
  r: number;
  /** Distinct co-participants. */
  degree: number;
}

export interface NetworkLayout {
  readonly discs: ReadonlyMap<string, Disc>;
  /** The drawing: [0, width] × [0, height] (the requested aspect ratio), every disc inside with `margin` to spare. */
  readonly width: number;
  readonly height: number;
}

export interface LayoutOptions {
  /** The box (CSS pixels) the drawing should fill; its aspect ratio is kept. */
  readonly width: number;
  readonly height: number;
  readonly seed?: number;
  /** Simulation ticks per component (default 300: d3's full cooling schedule). */
  readonly ticks?: number;
  readonly margin?: number;
}

export const MIN_RADIUS = 3;
export const MAX_RADIUS = 12;
/** Free space kept between two discs. */
const GAP = 2;
/** How much larger than one unit per pixel a small network may be drawn. */
export const MAX_ENLARGE = 1.75;
/** Space between packed components. */
const COMPONENT_GAP = 14;

/** Connected components as lists of node indices, largest first (ties: first node's order). */
export function components(n: number, edges: readonly { a: number; b: number }[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[x] !== r) { const next = parent[x] ?? r; parent[x] = r; x = next; }
    return r;
  };
  for (const { a, b } of edges) { const ra = find(a); const rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) { const r = find(i); let g = groups.get(r); if (!g) groups.set(r, (g = [])); g.push(i); }
  return [...groups.values()].sort((x, y) => y.length - x.length || (x[0] ?? 0) - (y[0] ?? 0));
}

/** A seeded linear congruential generator in [0, 1) (the constants d3 uses). */
export function lcg(seed: number): () => number {
  let s = (Math.floor(seed) >>> 0) || 1;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

interface SimNode extends SimulationNodeDatum {
  i: number;
  r: number;
  x: number;
  y: number;
}

interface SimLink {
  source: number | SimNode;
  target: number | SimNode;
  w: number;
}

/** Push apart discs closer than r1 + r2 + GAP (a few sweeps over a uniform grid). */
function separate(pts: SimNode[], sweeps = 30): void {
  const maxR = Math.max(...pts.map((p) => p.r));
  const cell = 2 * maxR + GAP;
  for (let s = 0; s < sweeps; s++) {
    const grid = new Map<string, SimNode[]>();
    for (const p of pts) {
      const key = `${Math.floor(p.x / cell)},${Math.floor(p.y / cell)}`;
      let g = grid.get(key);
      if (!g) grid.set(key, (g = []));
      g.push(p);
    }
    let moved = false;
    for (const p of pts) {
      const cx = Math.floor(p.x / cell);
      const cy = Math.floor(p.y / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const q of grid.get(`${gx},${gy}`) ?? []) {
            if (q.i <= p.i) continue;
            let dx = q.x - p.x;
            let dy = q.y - p.y;
            let d = Math.hypot(dx, dy);
            const want = p.r + q.r + GAP;
            if (d >= want) continue;
            if (d < 1e-6) { dx = 1; dy = ((p.i * 31 + q.i) % 7) / 7 - 0.5; d = Math.hypot(dx, dy); }
            const push = (want - d) / 2 + 1e-3;
            p.x -= (dx / d) * push;
            p.y -= (dy / d) * push;
            q.x += (dx / d) * push;
            q.y += (dy / d) * push;
            moved = true;
          }
        }
      }
    }
    if (!moved) return;
  }
}

/** One component laid out around (0, 0). */
function layoutComponent(nodes: readonly number[], radius: readonly number[], edges: readonly { a: number; b: number; w: number }[], random: () => number, ticks: number): SimNode[] {
  const pts: SimNode[] = nodes.map((g, i) => ({ i, r: radius[g] ?? MIN_RADIUS, x: 0, y: 0 }));
  if (pts.length === 1) return pts;
  if (pts.length === 2) {
    const [a, b] = pts as [SimNode, SimNode];
    const half = (a.r + b.r) / 2 + 12;
    a.x = -half;
    b.x = half;
    return pts;
  }
  const local = new Map(nodes.map((g, i) => [g, i]));
  const links: SimLink[] = edges.flatMap((e) => {
    const a = local.get(e.a);
    const b = local.get(e.b);
    return a === undefined || b === undefined ? [] : [{ source: a, target: b, w: e.w }];
  });
  // Start on a seeded disc of about the final size (d3's own start is a fixed spiral).
  const spread = 12 * Math.sqrt(pts.length);
  for (const p of pts) {
    const a = 2 * Math.PI * random();
    const d = spread * Math.sqrt(random());
    p.x = d * Math.cos(a);
    p.y = d * Math.sin(a);
  }
  const maxW = Math.max(1, ...links.map((l) => l.w));
  const rOf = (n: number | SimNode): number => (typeof n === 'number' ? pts[n]?.r ?? MIN_RADIUS : n.r);
  const degree = new Map<number, number>();
  for (const l of links) for (const n of [l.source, l.target]) { const k = typeof n === 'number' ? n : n.i; degree.set(k, (degree.get(k) ?? 0) + 1); }
  const sim = forceSimulation<SimNode>(pts)
    .randomSource(random)
    .force('charge', forceManyBody<SimNode>().strength((n) => -40 - 6 * n.r).theta(0.9).distanceMax(400))
    .force('link', forceLink<SimNode, SimLink>(links)
      .distance((l) => 14 + rOf(l.source) + rOf(l.target))
      .strength((l) => {
        const da = degree.get(typeof l.source === 'number' ? l.source : l.source.i) ?? 1;
        const db = degree.get(typeof l.target === 'number' ? l.target : l.target.i) ?? 1;
        return (0.4 + 0.6 * (l.w / maxW)) / Math.min(da, db);
      }))
    .force('collide', forceCollide<SimNode>((n) => n.r + GAP + 1).strength(1).iterations(2))
    .force('x', forceX<SimNode>(0).strength(0.06))
    .force('y', forceY<SimNode>(0).strength(0.06))
    // Cool from 1 to d3's alphaMin (0.001) over exactly `ticks` steps.
    .alphaDecay(1 - Math.pow(0.001, 1 / ticks))
    .stop();
  sim.tick(ticks);
  separate(pts);
  return pts;
}

interface Placed {
  readonly pts: SimNode[];
  readonly nodes: readonly number[];
  /** Bounding box of the discs, padded by COMPONENT_GAP / 2. */
  readonly w: number;
  readonly h: number;
  readonly minX: number;
  readonly minY: number;
}

/** Shelf packing: left to right, a new shelf when the next box does not fit the width. */
function shelves(boxes: readonly { w: number; h: number }[], width: number): { x: number; y: number }[] & { w: number; h: number } {
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let shelfH = 0;
  let w = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > width) { x = 0; y += shelfH; shelfH = 0; }
    at.push({ x, y });
    x += b.w;
    w = Math.max(w, x);
    shelfH = Math.max(shelfH, b.h);
  }
  return Object.assign(at, { w, h: y + shelfH });
}

export function layoutNetwork(graph: LayoutGraph, options: LayoutOptions): NetworkLayout {
  const { width, height } = options;
  const margin = options.margin ?? 16;
  const ticks = options.ticks ?? 300;
  const random = lcg(options.seed ?? 1);
  const n = graph.nodes.length;
  const discs = new Map<string, Disc>();
  if (n === 0) return { discs, width, height };

  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const seen = new Set<string>();
  const edges: { a: number; b: number; w: number }[] = [];
  for (const e of graph.edges) {
    const a = index.get(e.source);
    const b = index.get(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ a, b, w: Math.max(0, e.weight) });
  }
  const degree = new Array<number>(n).fill(0);
  for (const e of edges) { degree[e.a] = (degree[e.a] ?? 0) + 1; degree[e.b] = (degree[e.b] ?? 0) + 1; }
  const maxDegree = Math.max(1, ...degree);
  const radius = degree.map((d) => MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(d / maxDegree));

  const placed: Placed[] = components(n, edges).map((comp) => {
    const pts = layoutComponent(comp, radius, edges, random, ticks);
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const p of pts) {
      minX = Math.min(minX, p.x - p.r); minY = Math.min(minY, p.y - p.r);
      maxX = Math.max(maxX, p.x + p.r); maxY = Math.max(maxY, p.y + p.r);
    }
    return { pts, nodes: comp, minX, minY, w: maxX - minX + COMPONENT_GAP, h: maxY - minY + COMPONENT_GAP };
  });

  // The shelf width whose packing fills the requested aspect ratio best (largest scale).
  const aspect = width / height;
  const widest = Math.max(...placed.map((p) => p.w));
  const total = placed.reduce((s, p) => s + p.w, 0);
  let best = shelves(placed, total);
  let bestScale = -1;
  for (let k = 0; k <= 40; k++) {
    const trial = shelves(placed, widest + ((total - widest) * k) / 40);
    const scale = Math.min((width - 2 * margin) / trial.w, (height - 2 * margin) / trial.h);
    if (scale > bestScale + 1e-9) { best = trial; bestScale = scale; }
  }
  // A small network is drawn larger (up to MAX_ENLARGE: fewer units than pixels), one that
  // does not fit gets a larger box of the same aspect ratio (more units than pixels).
  const outW = Math.max(width / MAX_ENLARGE, best.w + 2 * margin, (best.h + 2 * margin) * aspect);
  const outH = outW / aspect;
  const offX = (outW - best.w) / 2;
  const offY = (outH - best.h) / 2;
  placed.forEach((p, ci) => {
    const at = best[ci] ?? { x: 0, y: 0 };
    p.pts.forEach((pt, i) => {
      const node = graph.nodes[p.nodes[i] ?? -1];
      if (!node) return;
      discs.set(node.id, {
        x: offX + at.x + COMPONENT_GAP / 2 + (pt.x - p.minX),
        y: offY + at.y + COMPONENT_GAP / 2 + (pt.y - p.minY),
        r: pt.r,
        degree: degree[p.nodes[i] ?? -1] ?? 0,
      });
    });
  });
  return { discs, width: outW, height: outH };
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Label {
  /** Where the text starts (its left edge) and its baseline, in layout units. */
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

export interface LabelOptions {
  /** Ids to label, most important first; `forced` ones are placed even if nothing fits. */
  readonly order: readonly string[];
  readonly text: (id: string) => string;
  /** Width of a text in CSS pixels at `fontPx`. */
  readonly measure: (text: string) => number;
  readonly fontPx: number;
  /** Layout units per CSS pixel at the current zoom. */
  readonly unitsPerPx: number;
  /** Only labels wholly inside this box (the visible part of the drawing). */
  readonly view: Box;
  readonly max: number;
  readonly forced?: ReadonlySet<string>;
  /** The first this many labels may cover a disc when no place is free (default 10). */
  readonly coverFirst?: number;
}

const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, v: Box): boolean => a.x >= v.x && a.y >= v.y && a.x + a.w <= v.x + v.w && a.y + a.h <= v.y + v.h;

/**
 * Greedy label placement: for each id in order, the first of eight places around its disc
 * (right, left, above, below, then the diagonals) where the label's box overlaps no placed
 * label, no other disc and stays in view; the first `coverFirst` may cover a disc.
 * Labels never overlap each other; a forced label (put them first in `order`) may cover a disc
 * or leave the view rather than be dropped.
 */
export function placeLabels(discs: ReadonlyMap<string, Disc>, o: LabelOptions): Map<string, Label> {
  const out = new Map<string, Label>();
  const u = o.unitsPerPx;
  const h = o.fontPx * 1.25 * u;
  const pad = 2 * u;
  const discBoxes = [...discs].map(([id, d]) => ({ id, box: { x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r } }));
  const placed: Box[] = [];
  for (const id of o.order) {
    if (out.size >= o.max) break;
    const d = discs.get(id);
    if (!d || out.has(id)) continue;
    const text = o.text(id);
    if (!text) continue;
    const w = (o.measure(text) + 2) * u;
    const diag = d.r * 0.7 + pad;
    const candidates: Box[] = [
      { x: d.x + d.r + pad, y: d.y - h / 2, w, h },
      { x: d.x - d.r - pad - w, y: d.y - h / 2, w, h },
      { x: d.x - w / 2, y: d.y - d.r - pad - h, w, h },
      { x: d.x - w / 2, y: d.y + d.r + pad, w, h },
      { x: d.x + diag, y: d.y - diag - h, w, h },
      { x: d.x + diag, y: d.y + diag, w, h },
      { x: d.x - diag - w, y: d.y - diag - h, w, h },
      { x: d.x - diag - w, y: d.y + diag, w, h },
    ];
    const clear = (b: Box): boolean => inside(b, o.view) && placed.every((p) => !overlaps(b, p));
    let box = candidates.find((b) => clear(b) && discBoxes.every((q) => q.id === id || !overlaps(b, q.box)));
    // The first few (the busiest) may cover a disc rather than go unnamed.
    if (!box && out.size < (o.coverFirst ?? 10)) box = candidates.find(clear);
    if (!box && o.forced?.has(id)) box = candidates.find((b) => placed.every((p) => !overlaps(b, p)));
    if (!box) continue;
    placed.push(box);
    // Baseline at about 80 % of the line box.
    out.set(id, { x: box.x + u, y: box.y + h * 0.78, box });
  }
  return out;
}

/** A width estimate for tests and for a browser without canvas: per-character widths of a sans-serif face, erring wide. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtf.,;:'|!I ]/.test(ch)) em += 0.34;
    else if (/[mwMW@]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.74;
    else em += 0.6;
  }
  return em * fontPx;
}
