/**
 * Actors across reports, as the UI can derive them before issue 6's `/api/entities/:id` exists:
 * entities of every report grouped by their folded canonical name, search over names and
 * aliases, the co-participation network (who took part in the same event) and a deterministic
 * force layout run for a fixed number of iterations. Pure.
 */
import type { ReportData } from './extraction.js';

export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

export interface ActorRef {
  readonly reportId: string;
  readonly entityId: string;
}

export interface Actor {
  /** Folded canonical name: the key of the actor page (`#/actors/<key>`). */
  readonly key: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  /** Roles with the reports (and their dates) that give them. */
  readonly roles: readonly { readonly title: string; readonly reportId: string; readonly published: string | null }[];
  readonly merges: readonly { readonly from: string; readonly into: string; readonly evidence: string; readonly rule: string; readonly score: number; readonly reportId: string }[];
  readonly refs: readonly ActorRef[];
  readonly mentions: number;
}

interface MutableActor {
  key: string;
  name: string;
  type: string;
  aliases: Set<string>;
  roles: { title: string; reportId: string; published: string | null }[];
  merges: { from: string; into: string; evidence: string; rule: string; score: number; reportId: string }[];
  refs: ActorRef[];
  mentions: number;
}

/**
 * Group entities across reports. Two entities are one actor when their canonical names fold to
 * the same key, or when one's canonical name is the other's alias (joined through a shared key
 * table, so "Witkoff" with alias "Steve Witkoff" meets "Steve Witkoff").
 */
export function aggregateActors(reports: readonly ReportData[]): Actor[] {
  const byKey = new Map<string, MutableActor>();
  const aliasToKey = new Map<string, string>();
  // First pass: canonical names become keys; longer names win as the display name.
  for (const r of reports) {
    for (const e of r.entities) {
      const key = fold(e.name);
      if (!key) continue;
      let a = byKey.get(key);
      if (!a) {
        a = { key, name: e.name, type: e.type, aliases: new Set(), roles: [], merges: [], refs: [], mentions: 0 };
        byKey.set(key, a);
      }
    }
  }
  // An alias points at the fullest canonical name it was seen under (the spec's canonical name
  // is the fullest form), so a short form never swallows a long one and there are no cycles.
  for (const r of reports) {
    for (const e of r.entities) {
      const target = fold(e.name);
      for (const al of e.aliases) {
        const k = fold(al);
        if (k === target || k.length >= target.length) continue;
        const prev = aliasToKey.get(k);
        if (prev === undefined || target.length > prev.length) aliasToKey.set(k, target);
      }
    }
  }
  for (const r of reports) {
    for (const e of r.entities) {
      const key = fold(e.name);
      const a = byKey.get(key);
      if (!a) continue;
      for (const al of e.aliases) if (fold(al) !== key) a.aliases.add(al);
      for (const role of e.roles) a.roles.push({ title: role, reportId: r.id, published: r.published });
      for (const m of e.merges) a.merges.push({ ...m, reportId: r.id });
      a.refs.push({ reportId: r.id, entityId: e.id });
      a.mentions += e.mentions.length;
    }
  }
  // Fold actors whose canonical name is some other actor's alias into that actor.
  const finalKey = (key: string): string => {
    let k = key;
    for (let hops = 0; hops < 10; hops++) {
      const next = aliasToKey.get(k);
      if (next === undefined || !byKey.has(next)) break;
      k = next;
    }
    return k;
  };
  for (const [key, a] of [...byKey].sort((x, y) => x[0].length - y[0].length)) {
    const target = finalKey(key);
    if (target === key) continue;
    const into = byKey.get(target);
    if (!into || into.type !== a.type) continue;
    into.aliases.add(a.name);
    for (const al of a.aliases) if (fold(al) !== target) into.aliases.add(al);
    into.roles.push(...a.roles);
    into.merges.push(...a.merges);
    into.refs.push(...a.refs);
    into.mentions += a.mentions;
    byKey.delete(key);
  }
  return [...byKey.values()]
    .map((a) => ({ ...a, aliases: [...a.aliases].sort(), roles: a.roles.slice().sort((x, y) => (x.published ?? '').localeCompare(y.published ?? '')) }))
    .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name));
}

/** (report id, entity id) → actor key, to link mentions and participants to actor pages. */
export function actorLookup(actors: readonly Actor[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of actors) for (const r of a.refs) m.set(`${r.reportId}\u0000${r.entityId}`, a.key);
  return m;
}

/**
 * Search-as-you-type: every query word must start a word of the name or of an alias. Ranked:
 * name prefix, then name word prefix, then alias match; ties by mentions.
 */
export function searchActors(actors: readonly Actor[], query: string, limit = 50): Actor[] {
  const words = fold(query).split(' ').filter(Boolean);
  if (words.length === 0) return actors.slice(0, limit);
  const matches = (s: string): boolean => {
    const ws = fold(s).split(/[\s\-'’.]+/);
    return words.every((q) => ws.some((w) => w.startsWith(q)));
  };
  const scored: { a: Actor; score: number }[] = [];
  for (const a of actors) {
    const n = fold(a.name);
    let score = -1;
    if (n.startsWith(words.join(' '))) score = 3;
    else if (matches(a.name)) score = 2;
    else if (a.aliases.some(matches)) score = 1;
    if (score >= 0) scored.push({ a, score });
  }
  return scored.sort((x, y) => y.score - x.score || y.a.mentions - x.a.mentions || x.a.name.localeCompare(y.a.name)).slice(0, limit).map((x) => x.a);
}

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  /** Events the actor took part in. */
  readonly weight: number;
}

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  /** Shared events. */
  readonly weight: number;
}

export interface Graph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

/** Co-participation: an edge between every two actors who took part in the same event. */
export function coParticipation(reports: readonly ReportData[], actors: readonly Actor[]): Graph {
  const lookup = actorLookup(actors);
  const byKey = new Map(actors.map((a) => [a.key, a]));
  const nodeWeight = new Map<string, number>();
  const edgeWeight = new Map<string, number>();
  for (const r of reports) {
    for (const ev of r.events) {
      const keys = [...new Set(ev.participants.map((p) => lookup.get(`${r.id}\u0000${p}`)).filter((k): k is string => k !== undefined))].sort();
      for (const k of keys) nodeWeight.set(k, (nodeWeight.get(k) ?? 0) + 1);
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length; j++) {
          const id = `${keys[i]}\u0000${keys[j]}`;
          edgeWeight.set(id, (edgeWeight.get(id) ?? 0) + 1);
        }
      }
    }
  }
  const nodes: GraphNode[] = [...nodeWeight].map(([id, weight]) => {
    const a = byKey.get(id);
    return { id, label: a?.name ?? id, type: a?.type ?? 'other', weight };
  }).sort((a, b) => a.id.localeCompare(b.id));
  const edges: GraphEdge[] = [...edgeWeight].map(([id, weight]) => {
    const [source = '', target = ''] = id.split('\u0000');
    return { source, target, weight };
  });
  return { nodes, edges };
}

export interface Point {
  x: number;
  y: number;
}

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

/**
 * Fruchterman–Reingold on one component, for a fixed number of iterations, deterministic
 * (nodes start on a circle in index order). Returns positions in the unit square.
 */
function layoutComponent(nodes: readonly number[], edges: readonly { a: number; b: number; w: number }[], iterations: number): Point[] {
  const n = nodes.length;
  if (n === 1) return [{ x: 0.5, y: 0.5 }];
  if (n === 2) return [{ x: 0.1, y: 0.5 }, { x: 0.9, y: 0.5 }];
  const local = new Map(nodes.map((g, i) => [g, i]));
  const es = edges.flatMap((e) => {
    const a = local.get(e.a);
    const b = local.get(e.b);
    return a === undefined || b === undefined ? [] : [{ a, b, w: e.w }];
  });
  const pos: Point[] = nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / n;
    const radius = 0.4 * (0.6 + (0.4 * ((i * 7919) % 13)) / 13);
    return { x: 0.5 + radius * Math.cos(angle), y: 0.5 + radius * Math.sin(angle) };
  });
  const k = Math.sqrt(1 / n) * 0.9;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = 0.15;
  const cool = temperature / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      const pi = pos[i] as Point;
      for (let j = i + 1; j < n; j++) {
        const pj = pos[j] as Point;
        let ddx = pi.x - pj.x;
        let ddy = pi.y - pj.y;
        let d2 = ddx * ddx + ddy * ddy;
        if (d2 < 1e-8) { ddx = 1e-4 * (((i - j) % 3) + 1); ddy = 1e-4; d2 = ddx * ddx + ddy * ddy; }
        const f = (k * k) / d2; // repulsion k²/d along the unit vector: k²·ddx/d²
        dx[i] = (dx[i] ?? 0) + ddx * f;
        dy[i] = (dy[i] ?? 0) + ddy * f;
        dx[j] = (dx[j] ?? 0) - ddx * f;
        dy[j] = (dy[j] ?? 0) - ddy * f;
      }
    }
    for (const { a, b, w } of es) {
      const pa = pos[a] as Point;
      const pb = pos[b] as Point;
      const ddx = pa.x - pb.x;
      const ddy = pa.y - pb.y;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 1e-4;
      const f = (d / k) * Math.min(3, 1 + Math.log(w)); // attraction d²/k along the unit vector
      dx[a] = (dx[a] ?? 0) - ddx * f;
      dy[a] = (dy[a] ?? 0) - ddy * f;
      dx[b] = (dx[b] ?? 0) + ddx * f;
      dy[b] = (dy[b] ?? 0) + ddy * f;
    }
    for (let i = 0; i < n; i++) {
      const p = pos[i] as Point;
      const mx = dx[i] ?? 0;
      const my = dy[i] ?? 0;
      const len = Math.sqrt(mx * mx + my * my) || 1;
      const step = Math.min(len, temperature);
      // The unit square is the frame: FR's classic wall.
      p.x = Math.min(1, Math.max(0, p.x + (mx / len) * step));
      p.y = Math.min(1, Math.max(0, p.y + (my / len) * step));
    }
    temperature = Math.max(0.002, temperature - cool);
  }
  return pos;
}

/**
 * The network layout: each connected component is laid out on its own (Fruchterman–Reingold,
 * a fixed number of iterations, deterministic) in a square cell whose side grows with the
 * square root of its size, and the cells are packed in rows, largest first, to fill
 * [margin, width − margin] × [margin, height − margin]. So the main component gets most of the
 * room and isolated pairs do not squeeze it. O(iterations · Σ size²).
 */
export function forceLayout(graph: Graph, width: number, height: number, iterations = 150, margin = 20): Map<string, Point> {
  const n = graph.nodes.length;
  const out = new Map<string, Point>();
  if (n === 0) return out;
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const edges = graph.edges.flatMap((e) => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, w: e.weight }];
  });
  const comps = components(n, edges);
  const W = Math.max(1, width - 2 * margin);
  const H = Math.max(1, height - 2 * margin);
  // Find the largest unit (cell side per √size) whose row packing fits.
  const pack = (unit: number): { x: number; y: number; side: number }[] | null => {
    const cells: { x: number; y: number; side: number }[] = [];
    let x = 0;
    let y = 0;
    let rowH = 0;
    for (const c of comps) {
      const side = Math.min(W, H, unit * Math.sqrt(c.length));
      if (x + side > W + 1e-9) { x = 0; y += rowH; rowH = 0; }
      if (y + side > H + 1e-9) return null;
      cells.push({ x, y, side });
      x += side;
      rowH = Math.max(rowH, side);
    }
    return cells;
  };
  let unit = Math.sqrt((W * H) / n) * 1.2;
  let cells = pack(unit);
  for (let tries = 0; !cells && tries < 200; tries++) { unit *= 0.95; cells = pack(unit); }
  if (!cells) cells = comps.map(() => ({ x: 0, y: 0, side: Math.min(W, H) }));
  comps.forEach((comp, ci) => {
    const cell = cells?.[ci] ?? { x: 0, y: 0, side: Math.min(W, H) };
    const inner = cell.side * 0.8;
    const pad = (cell.side - inner) / 2;
    const pts = layoutComponent(comp, edges, iterations);
    comp.forEach((node, i) => {
      const p = pts[i] ?? { x: 0.5, y: 0.5 };
      const id = graph.nodes[node]?.id;
      if (id !== undefined) out.set(id, { x: margin + cell.x + pad + p.x * inner, y: margin + cell.y + pad + p.y * inner });
    });
  });
  return out;
}

/**
 * Co-participation from timeline rows (e.g. the server's merged events, whose participants
 * carry actor ids resolved across reports): an edge between every two participants of an event.
 */
export function coParticipationFromEvents(events: readonly { readonly participants: readonly { readonly id: string; readonly name: string; readonly type?: string | undefined }[] }[]): Graph {
  const nodes = new Map<string, { label: string; type: string; weight: number }>();
  const edgeWeight = new Map<string, number>();
  for (const ev of events) {
    const ids = [...new Set(ev.participants.map((p) => p.id).filter(Boolean))].sort();
    for (const p of ev.participants) {
      if (!p.id) continue;
      const n = nodes.get(p.id);
      if (n) n.weight += 1;
      else nodes.set(p.id, { label: p.name, type: p.type ?? 'other', weight: 1 });
    }
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        edgeWeight.set(key, (edgeWeight.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    nodes: [...nodes].map(([id, n]) => ({ id, ...n })).sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edgeWeight].map(([key, weight]) => {
      const [source = '', target = ''] = key.split('\u0000');
      return { source, target, weight };
    }),
  };
}
