import type { EntityType } from '../../model/annotations.js';

/** What the resolver knows of an actor (stored) or of an entity (new report): names, type, roles. */
export interface ActorFacts {
  readonly type: EntityType;
  /** Canonical name first, then aliases. */
  readonly names: readonly string[];
  readonly roles: readonly string[];
  /** For a known actor: no other person of the knowledge base has its surname (set when the index knows). */
  readonly onlyOfSurname?: boolean;
}

export interface ActorMatch {
  readonly rule: string;
  readonly score: number;
  readonly evidence: string;
}

/** One way two sets of names can be the same actor. Returns null when the rule does not apply. */
export interface ActorRule {
  readonly name: string;
  match(entity: ActorFacts, actor: ActorFacts): ActorMatch | null;
}

export function typesCompatible(a: EntityType, b: EntityType): boolean {
  return a === b || a === 'other' || b === 'other';
}

export function sharedRole(a: ActorFacts, b: ActorFacts): string | null {
  const roles = new Set(a.roles.map((r) => r.toLowerCase()));
  return b.roles.find((r) => roles.has(r.toLowerCase())) ?? null;
}
