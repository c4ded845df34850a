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

/**
 * A Fruchterman–Reingold layout for a fixed number of iterations, deterministic (nodes start on
 * a circle in id order). It runs in open space with a pull towards the centre (so separate
 * components stay near), then the result is scaled to fit [margin, width − margin] ×
 * [margin, height − margin]: nothing piles up against the edges. O(iterations · n²): 300 nodes
 * and 150 iterations take a few tens of milliseconds.
 */
export function forceLayout(graph: Graph, width: number, height: number, iterations = 150, margin = 20): Map<string, Point> {
  const n = graph.nodes.length;
  const pos: Point[] = graph.nodes.map((_, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    const radius = Math.min(width, height) * 0.4 * (0.6 + (0.4 * ((i * 7919) % 13)) / 13);
    return { x: width / 2 + radius * Math.cos(angle), y: height / 2 + radius * Math.sin(angle) };
  });
  const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const edges = graph.edges.flatMap((e) => {
    const a = index.get(e.source);
    const b = index.get(e.target);
    return a === undefined || b === undefined || a === b ? [] : [{ a, b, w: e.weight }];
  });
  const k = Math.sqrt((width * height) / Math.max(1, n)) * 0.5;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = Math.min(width, height) / 6;
  const cool = temperature / (iterations + 1);
  const cx = width / 2;
  const cy = height / 2;
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
        if (d2 < 0.01) { ddx = 0.1 * (((i - j) % 3) + 1); ddy = 0.1; d2 = ddx * ddx + ddy * ddy; }
        const f = (k * k) / d2; // repulsion k²/d along the unit vector: k²·ddx/d²
        dx[i] = (dx[i] ?? 0) + ddx * f;
        dy[i] = (dy[i] ?? 0) + ddy * f;
        dx[j] = (dx[j] ?? 0) - ddx * f;
        dy[j] = (dy[j] ?? 0) - ddy * f;
      }
    }
    for (const { a, b, w } of edges) {
      const pa = pos[a] as Point;
      const pb = pos[b] as Point;
      const ddx = pa.x - pb.x;
      const ddy = pa.y - pb.y;
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const f = (d / k) * Math.min(3, 1 + Math.log(w)); // attraction d²/k along the unit vector
      dx[a] = (dx[a] ?? 0) - ddx * f;
      dy[a] = (dy[a] ?? 0) - ddy * f;
      dx[b] = (dx[b] ?? 0) + ddx * f;
      dy[b] = (dy[b] ?? 0) + ddy * f;
    }
    for (let i = 0; i < n; i++) {
      const p = pos[i] as Point;
      // Gravity: a pull towards the centre that grows with distance, like a spring of length 0.
      const mx = (dx[i] ?? 0) + (cx - p.x) * 0.1;
      const my = (dy[i] ?? 0) + (cy - p.y) * 0.1;
      const len = Math.sqrt(mx * mx + my * my) || 1;
      const step = Math.min(len, temperature);
      p.x += (mx / len) * step;
      p.y += (my / len) * step;
    }
    temperature = Math.max(0.5, temperature - cool);
  }
  // Fit the drawing into the box, keeping its aspect ratio.
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const p of pos) {
    if (p.x < minX) minX = p.x;
    if (p.x > maxX) maxX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.y > maxY) maxY = p.y;
  }
  const spanX = Math.max(1e-9, maxX - minX);
  const spanY = Math.max(1e-9, maxY - minY);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offX = (width - spanX * scale) / 2;
  const offY = (height - spanY * scale) / 2;
  for (const p of pos) {
    p.x = n === 1 ? width / 2 : offX + (p.x - minX) * scale;
    p.y = n === 1 ? height / 2 : offY + (p.y - minY) * scale;
  }
  return new Map(graph.nodes.map((node, i) => [node.id, pos[i] as Point]));
}
