/**
 * The same name after folding case, diacritics and quotes ("Zelenskyy" ≠ "Zelensky" here; see
 * person-variant). A bare surname is left to surname-only, which checks that it is unambiguous.
 */
import { foldName, personParts } from '../names.js';
import { typesCompatible, type ActorRule } from './rule.js';

export const exactNameRule: ActorRule = {
  name: 'resolve/exact-name',
  match(entity, actor) {
    if (!typesCompatible(entity.type, actor.type)) return null;
    const names = new Map(actor.names.map((n) => [foldName(n), n]));
    for (const n of entity.names) {
      if (entity.type === 'person' && personParts(n).given.length === 0) continue;
      const hit = names.get(foldName(n));
      if (hit !== undefined && foldName(n).length > 0) return { rule: this.name, score: 1, evidence: `same name: "${n}" = "${hit}"` };
    }
    return null;
  },
};
