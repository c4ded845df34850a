/**
 * What a person can do to the actors across reports, shared by the API and the CLI: list
 * them, merge two, split aliases off one. Decisions are recorded in the store first, then the
 * knowledge base is rebuilt with them replayed; problems are `ResolveError`s with a kind the
 * callers map to their own errors (HTTP 404/400, exit codes).
 */
import type { ActorDecision } from '../model/decisions.js';
import type { Store } from '../store/types.js';
import type { Actor } from './actors.js';
import { refOf } from './decisions.js';
import type { KnowledgeBaseCache } from './from-store.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { foldName } from './names.js';

export class ResolveError extends Error {
  override readonly name = 'ResolveError';
  constructor(readonly kind: 'not-found' | 'invalid', message: string) {
    super(message);
  }
}

export function actorOrThrow(kb: KnowledgeBase, id: string): Actor {
  const a = kb.actors.get(id);
  if (!a) throw new ResolveError('not-found', `no actor with id ${id}`);
  return a;
}

/** Actors whose name or an alias contains `q` (folded), of a type, the most mentioned first. */
export function listActors(kb: KnowledgeBase, q: { q?: string | undefined; type?: string | undefined }): Actor[] {
  const want = q.q !== undefined ? foldName(q.q) : undefined;
  return [...kb.actors.actors.values()]
    .filter((a) => (q.type === undefined || a.type === q.type) && (want === undefined || [a.name, ...a.aliases.map((x) => x.name)].some((n) => foldName(n).includes(want))))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** The actor with exactly this name or alias (folded), if one. */
export function actorNamed(kb: KnowledgeBase, name: string): Actor | undefined {
  const want = foldName(name);
  return [...kb.actors.actors.values()].find((a) => [a.name, ...a.aliases.map((x) => x.name)].some((n) => foldName(n) === want));
}

export async function mergeActors(store: Store, cache: KnowledgeBaseCache, keepId: string, absorbId: string, by: string): Promise<{ kb: KnowledgeBase; actor: Actor }> {
  const kb = await cache.get();
  const keep = actorOrThrow(kb, keepId);
  const absorb = actorOrThrow(kb, absorbId);
  if (keep.id === absorb.id) throw new ResolveError('invalid', `${keepId} and ${absorbId} are already one actor`);
  if (keep.type !== absorb.type) throw new ResolveError('invalid', `cannot merge a ${keep.type} with a ${absorb.type}`);
  const decision: ActorDecision = { kind: 'merge', keep: refOf(keep), absorb: refOf(absorb), by, at: new Date().toISOString() };
  await store.recordDecision(decision);
  const fresh = await cache.get();
  return { kb: fresh, actor: actorOrThrow(fresh, keep.id) };
}

export async function splitActor(store: Store, cache: KnowledgeBaseCache, id: string, names: readonly string[], by: string): Promise<{ kb: KnowledgeBase; actor: Actor }> {
  const kb = await cache.get();
  const from = actorOrThrow(kb, id);
  if (names.some((n) => foldName(n) === foldName(from.name))) {
    throw new ResolveError('invalid', `cannot split the canonical name "${from.name}" off its actor; split the other names instead`);
  }
  const missing = names.filter((n) => !from.aliases.some((a) => foldName(a.name) === foldName(n)));
  if (missing.length > 0) throw new ResolveError('invalid', `not aliases of ${from.id} (${from.name}): ${missing.map((n) => JSON.stringify(n)).join(', ')}`);
  const decision: ActorDecision = { kind: 'split', from: refOf(from), names: [...names], by, at: new Date().toISOString() };
  await store.recordDecision(decision);
  const fresh = await cache.get();
  const moved = [...fresh.actors.actors.values()].find((a) => a.type === from.type && foldName(a.name) === foldName(names[0]!));
  if (!moved) throw new ResolveError('not-found', `the split of ${from.id} could not be applied`);
  return { kb: fresh, actor: moved };
}
