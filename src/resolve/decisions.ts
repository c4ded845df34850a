/**
 * Replaying people's decisions over the automatic resolution: the knowledge base is rebuilt
 * from the reports, then every recorded merge and split is applied in the order it was taken,
 * so a re-extraction never undoes a human decision. A decision whose actors no longer exist
 * (the reports were removed) is skipped and reported.
 */
import type { ActorDecision, ActorRefSchema } from '../model/decisions.js';
import type { z } from 'zod';
import type { Actor } from './actors.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { foldName } from './names.js';

type ActorRef = z.infer<typeof ActorRefSchema>;

export function findActor(kb: KnowledgeBase, ref: ActorRef): Actor | undefined {
  const want = foldName(ref.name);
  let byAlias: Actor | undefined;
  for (const a of kb.actors.actors.values()) {
    if (a.type !== ref.type) continue;
    if (foldName(a.name) === want) return a;
    if (!byAlias && a.aliases.some((x) => foldName(x.name) === want)) byAlias = a;
  }
  return byAlias;
}

export function refOf(actor: Actor): ActorRef {
  return { name: actor.name, type: actor.type };
}

/** Applies one decision; returns why it could not be applied, or null. */
export function applyDecision(kb: KnowledgeBase, d: ActorDecision): string | null {
  if (d.kind === 'merge') {
    const keep = findActor(kb, d.keep);
    const absorb = findActor(kb, d.absorb);
    if (!keep || !absorb) return `merge of "${d.absorb.name}" into "${d.keep.name}": ${!keep ? d.keep.name : d.absorb.name} is not known`;
    if (keep.id !== absorb.id) kb.actors.merge(keep.id, absorb.id, d.by, d.at);
    return null;
  }
  const from = findActor(kb, d.from);
  if (!from) return `split of "${d.from.name}": not known`;
  const present = d.names.filter((n) => from.aliases.some((a) => foldName(a.name) === foldName(n)));
  if (present.length === 0) return null; // already apart
  kb.actors.split(from.id, present, d.by, d.at);
  return null;
}
