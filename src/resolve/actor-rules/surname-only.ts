/**
 * A person known to a report only by a surname ("Witkoff") is the stored person with that
 * surname — the resolver accepts it only when exactly one stored person has it (the index
 * treats two equal matches as ambiguous).
 */
import { personParts } from '../names.js';
import type { ActorRule } from './rule.js';

export const surnameOnlyRule: ActorRule = {
  name: 'resolve/surname-only',
  match(entity, actor) {
    // A one-word source phrase the attribution stage could not link ("…, Witkoff said") is typed
    // `other`: it is still a surname when it is a single capitalised word.
    const bare = entity.type === 'other' && entity.names.every((n) => /^\p{Lu}[\p{L}'’-]+$/u.test(n));
    if ((entity.type !== 'person' && !bare) || actor.type !== 'person') return null;
    if (entity.names.some((n) => personParts(n).given.length > 0)) return null;
    for (const n of entity.names) {
      const s = personParts(n).surname;
      const full = actor.names.find((a) => { const p = personParts(a); return p.given.length > 0 && p.surname === s; });
      if (full) return { rule: this.name, score: 0.75, evidence: `surname "${n}" of "${full}"` };
    }
    return null;
  },
};
