/**
 * A person known to a report only by a surname ("Witkoff") is the stored person with that
 * surname — the resolver accepts it only when exactly one stored person has it.
 */
import { personParts } from '../names.js';
import type { ActorRule } from './rule.js';

export const surnameOnlyRule: ActorRule = {
  name: 'resolve/surname-only',
  match(entity, actor) {
    if (entity.type !== 'person' || actor.type !== 'person') return null;
    if (entity.names.some((n) => personParts(n).given.length > 0)) return null;
    for (const n of entity.names) {
      const s = personParts(n).surname;
      const full = actor.names.find((a) => { const p = personParts(a); return p.given.length > 0 && p.surname === s; });
      if (full) return { rule: this.name, score: 0.75, evidence: `surname "${n}" of "${full}"` };
    }
    return null;
  },
};
