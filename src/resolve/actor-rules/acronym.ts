/** An acronym on one side is the initials of a long name on the other ("OSCE" ↔ "Organization for Security and Co-operation in Europe"). */
import { acronymsOf, foldName } from '../names.js';
import { typesCompatible, type ActorRule } from './rule.js';

const ACRONYM_RE = /^[A-Z][A-Z0-9&]{1,7}$/;

export const acronymRule: ActorRule = {
  name: 'resolve/acronym',
  match(entity, actor) {
    if (!typesCompatible(entity.type, actor.type) || entity.type === 'person') return null;
    for (const [short, long] of [[entity.names, actor.names], [actor.names, entity.names]] as const) {
      for (const s of short) {
        if (!ACRONYM_RE.test(s)) continue;
        const key = foldName(s).replace(/[^a-z0-9]/g, '');
        const full = long.find((l) => l.includes(' ') && acronymsOf(l).includes(key));
        if (full) return { rule: this.name, score: 0.9, evidence: `"${s}" is the acronym of "${full}"` };
      }
    }
    return null;
  },
};
