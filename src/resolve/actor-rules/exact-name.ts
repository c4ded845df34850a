/**
 * The same name after folding case, diacritics and quotes ("Zelenskyy" ≠ "Zelensky" here; see
 * person-variant). A bare surname is left to surname-only, which checks that it is unambiguous.
 * A country or a capital is one actor whether a report types it as a place or, standing for its
 * government, as an organisation ("Kyiv said …"): the two types match for those names only
 * (a club named after its district stays apart from the district).
 */
import { COUNTRIES, CITIES } from '../../nlp/lexicon/places.js';
import { foldName, personParts } from '../names.js';
import { typesCompatible, type ActorRule } from './rule.js';

const STATES_AND_CITIES: ReadonlySet<string> = new Set([...COUNTRIES, ...CITIES].map(foldName));

function metonym(a: string, b: string, name: string): boolean {
  return ((a === 'place' && b === 'organization') || (a === 'organization' && b === 'place')) && STATES_AND_CITIES.has(foldName(name));
}

export const exactNameRule: ActorRule = {
  name: 'resolve/exact-name',
  match(entity, actor) {
    const compatible = typesCompatible(entity.type, actor.type);
    if (!compatible && !entity.names.some((n) => metonym(entity.type, actor.type, n))) return null;
    const names = new Map(actor.names.map((n) => [foldName(n), n]));
    for (const n of entity.names) {
      if (entity.type === 'person' && personParts(n).given.length === 0) continue;
      if (!compatible && !metonym(entity.type, actor.type, n)) continue;
      const hit = names.get(foldName(n));
      if (hit !== undefined && foldName(n).length > 0) return { rule: this.name, score: 1, evidence: `same name: "${n}" = "${hit}"` };
    }
    return null;
  },
};
