/** The knowledge-base commands of src/resolve/commands.ts, with their errors mapped to the API's. */
import * as resolve from '../../resolve/commands.js';
import type { KnowledgeBaseCache } from '../../resolve/from-store.js';
import type { KnowledgeBase } from '../../resolve/knowledge-base.js';
import type { Actor } from '../../resolve/actors.js';
import type { Store } from '../../store/types.js';
import { badBody, notFound, type ApiError } from '../errors.js';

function mapped(err: unknown): never {
  if (err instanceof resolve.ResolveError) throw (err.kind === 'not-found' ? notFound(err.message) : badBody(err.message)) satisfies ApiError;
  throw err;
}

export const listActors = resolve.listActors;

export function actorOr404(kb: KnowledgeBase, id: string): Actor {
  try {
    return resolve.actorOrThrow(kb, id);
  } catch (err) {
    return mapped(err);
  }
}

export async function mergeActors(store: Store, cache: KnowledgeBaseCache, keep: string, absorb: string, by: string): Promise<{ kb: KnowledgeBase; actor: Actor }> {
  return resolve.mergeActors(store, cache, keep, absorb, by).catch(mapped);
}

export async function splitActor(store: Store, cache: KnowledgeBaseCache, id: string, names: readonly string[], by: string): Promise<{ kb: KnowledgeBase; actor: Actor }> {
  return resolve.splitActor(store, cache, id, names, by).catch(mapped);
}
