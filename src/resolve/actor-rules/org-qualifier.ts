/**
 * An organisation named with and without its qualifier: "State Emergency Service" /
 * "State Emergency Service of Ukraine", "Ministry of Defence" / "Ministry of Defence of
 * Ukraine". Only a trailing "of/in X" may be dropped, and the short form keeps two words at least.
 */
import { foldName } from '../names.js';
import { typesCompatible, type ActorRule } from './rule.js';

const QUALIFIER_RE = /^(.+?\s\S+)\s(?:of|in|for)\s[^\s].*$/;

/** The name without a trailing "of X" qualifier, or null when it has none. */
export function shortOrgName(folded: string): string | null {
  const m = QUALIFIER_RE.exec(folded);
  return m ? m[1]! : null;
}

export const orgQualifierRule: ActorRule = {
  name: 'resolve/org-qualifier',
  match(entity, actor) {
    if (entity.type !== 'organization' || !typesCompatible(entity.type, actor.type) || actor.type === 'person') return null;
    for (const [a, b] of [[entity.names, actor.names], [actor.names, entity.names]] as const) {
      for (const long of a) {
        const short = shortOrgName(foldName(long));
        if (!short) continue;
        const hit = b.find((n) => foldName(n) === short);
        if (hit) return { rule: this.name, score: 0.85, evidence: `"${hit}" is "${long}" without its qualifier` };
      }
    }
    return null;
  },
};
