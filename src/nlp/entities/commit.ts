/**
 * Writes the surviving candidates into `doc.layers.mentions` and `doc.layers.entities`:
 * one entity per cluster, ids in order of first mention ("e1", "e2", ...), the canonical name
 * is the fullest surface form (most words, then the most used; between "MIAMI" and "Miami" used
 * as often, the one in lower case), aliases every other surface form,
 * roles and merge evidence gathered from the cluster's candidates. Candidates left as `other`
 * by every rule (nationalities, events) are not entities.
 */
import type { Entity, Mention, Role } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import type { Candidate } from './candidate.js';
import { surface } from './names.js';

export function commitEntities(doc: Document, candidates: Candidate[]): void {
  const kept = candidates.filter((c) => c.type !== 'other').sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters = new Map<number, Candidate[]>();
  let next = 0;
  const byKey = new Map<string, number>();
  for (const c of kept) {
    if (c.cluster < 0) {
      const key = `${c.type}|${surface(doc, c).toLowerCase()}`;
      let id = byKey.get(key);
      if (id === undefined) byKey.set(key, (id = 1_000_000 + next++));
      c.cluster = id;
    }
    let list = clusters.get(c.cluster);
    if (!list) clusters.set(c.cluster, (list = []));
    list.push(c);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const members of clusters.values()) {
    const id = `e${entities.length + 1}`;
    const count = new Map<string, number>();
    // A role standing for a person ("the NATO Secretary General") is a mention, not a name.
    for (const m of members) if (m.rule !== 'grouping/role-reference') count.set(surface(doc, m), (count.get(surface(doc, m)) ?? 0) + 1);
    if (count.size === 0) continue;
    const forms = [...count.keys()];
    const name = forms.reduce((best, f) => (fuller(f, best, count) ? f : best), forms[0]!);
    const roles: Role[] = [];
    const seenRoles = new Set<string>();
    for (const m of members) for (const r of m.roles) if (!seenRoles.has(r.title)) { seenRoles.add(r.title); roles.push(r); }
    entities.push({
      id, name, type: majorityType(members), aliases: forms.filter((f) => f !== name), roles,
      merges: members.flatMap((m) => m.merges),
    });
    for (const m of members) mentions.push({ start: m.start, end: m.end, type: m.type, entity: id, rule: m.rule, confidence: m.confidence });
  }
  mentions.sort((a, b) => a.start - b.start);
  doc.layers.entities = entities;
  doc.layers.mentions = mentions;
}

/** More words, then more uses in the report; on a tie the form seen first stays. */
function fuller(a: string, b: string, count: Map<string, number>): boolean {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  if (wa !== wb) return wa > wb;
  const ca = count.get(a) ?? 0;
  const cb = count.get(b) ?? 0;
  // "MIAMI" in a dateline and "Miami" in the story, once each: the form written in prose
  if (ca === cb && a.toLowerCase() === b.toLowerCase()) return a !== a.toUpperCase() && b === b.toUpperCase();
  return ca > cb;
}

function majorityType(members: Candidate[]): Candidate['type'] {
  const counts = new Map<Candidate['type'], number>();
  for (const m of members) counts.set(m.type, (counts.get(m.type) ?? 0) + (m.end - m.start > 0 ? 1 : 0));
  let best = members[0]!.type;
  for (const [t, n] of counts) if (n > (counts.get(best) ?? 0)) best = t;
  return best;
}
