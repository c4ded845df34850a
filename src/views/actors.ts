/**
 * Actors across reports, as the UI can derive them before issue 6's `/api/entities/:id` exists:
 * entities of every report grouped by their folded canonical name, search over names and
 * aliases and the co-participation network (who took part in the same event); its layout is in
 * network-layout.ts. Pure.
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
