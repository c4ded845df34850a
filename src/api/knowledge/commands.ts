/** Knowledge-base commands: the timeline, actor lookups, and people's merge/split decisions. */
import type { ActorDecision } from '../../model/decisions.js';
import type { Actor } from '../../resolve/actors.js';
import { refOf } from '../../resolve/decisions.js';
import type { KnowledgeBaseCache } from '../../resolve/from-store.js';
import type { KnowledgeBase } from '../../resolve/knowledge-base.js';
import { foldName } from '../../resolve/names.js';
import type { Store } from '../../store/types.js';
import { badBody, notFound } from '../errors.js';

function actorOr404(kb: KnowledgeBase, id: string): Actor {
  const a = kb.actors.get(id);
  if (!a) throw notFound(`no actor with id ${id}`);
  return a;
}

export function listActors(kb: KnowledgeBase, q: { q?: string | undefined; type?: string | undefined }): Actor[] {
  const want = q.q !== undefined ? foldName(q.q) : undefined;
  return [...kb.actors.actors.values()]
    .filter((a) => (q.type === undefined || a.type === q.type) && (want === undefined || [a.name, ...a.aliases.map((x) => x.name)].some((n) => foldName(n).includes(want))))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

export async function mergeActors(store: Store, cache: KnowledgeBaseCache, keepId: string, absorbId: string, by: string): Promise<{ kb: KnowledgeBase; actor: Actor }> {
  const kb = await cache.get();
  const keep = actorOr404(kb, keepId);
  const absorb = actorOr404(kb, absorbId);
  if (keep.id === absorb.id) throw badBody(`${keepId} and ${absorbId} are already one actor`);
  if (keep.type !== absorb.type) throw badBody(`cannot merge a ${keep.type} with a ${absorb.type}`);
  const decision: ActorDecision = { kind: 'merge', keep: refOf(keep), absorb: refOf(absorb), by, at: new Date().toISOString() };
  await store.recordDecision(decision);
  cache.invalidate();
  const fresh = await cache.get();
  return { kb: fresh, actor: actorOr404(fresh, keep.id) };
}

export async function splitActor(store: Store, cache: KnowledgeBaseCache, id: string, names: readonly string[], by: string): Promise<{ kb: KnowledgeBase; actor: Actor }> {
  const kb = await cache.get();
  const from = actorOr404(kb, id);
  const known = names.filter((n) => from.aliases.some((a) => foldName(a.name) === foldName(n)));
  if (known.length !== names.length) {
    const missing = names.filter((n) => !known.includes(n));
    throw badBody(`not aliases of ${from.id} (${from.name}): ${missing.map((n) => JSON.stringify(n)).join(', ')}`);
  }
  if (names.some((n) => foldName(n) === foldName(from.name))) throw badBody(`cannot split the canonical name "${from.name}" off its actor; split the other names instead`);
  const decision: ActorDecision = { kind: 'split', from: refOf(from), names: [...names], by, at: new Date().toISOString() };
  await store.recordDecision(decision);
  cache.invalidate();
  const fresh = await cache.get();
  const moved = [...fresh.actors.actors.values()].find((a) => a.type === from.type && foldName(a.name) === foldName(names[0]!));
  if (!moved) throw notFound(`the split of ${from.id} could not be applied`);
  return { kb: fresh, actor: moved };
}

export { actorOr404 };
