/**
 * Human decisions about actors across reports: a merge ("these two are one actor") or a split
 * ("these names are not that actor"). They are stored, audited, and replayed over the automatic
 * resolution every time the knowledge base is built, so a re-extraction never undoes them.
 * Actors are named by a name and a type, not by an id: ids are derived and may change.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from './annotations.js';

export const ActorRefSchema = z.object({ name: z.string().min(1).max(300), type: z.enum(ENTITY_TYPES) });

export const ActorDecisionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), keep: ActorRefSchema, absorb: ActorRefSchema, by: z.string().min(1).max(100), at: z.string() }),
  z.object({ kind: z.literal('split'), from: ActorRefSchema, names: z.array(z.string().min(1).max(300)).min(1).max(100), by: z.string().min(1).max(100), at: z.string() }),
]);

export type ActorDecision = z.infer<typeof ActorDecisionSchema>;
