/**
 * Actors across reports. When a report is added, each of its entities is resolved against the
 * actors already known: candidates come from a name-key index (folded names, surnames, their
 * transliteration skeletons, acronyms), the rules score each candidate, and the best match at
 * or above the threshold wins — unless another actor ties with it (then a new actor is made and
 * the ambiguity is recorded). Every link carries its rule, score and evidence.
 *
 * Human decisions (merge, split) pin names to actors; pinned names bypass the rules, so a
 * later re-extraction never undoes them.
 *
 * Rule order (the first rule that matches a candidate gives its score; the rules are tried
 * from the most to the least certain): exact-name, acronym, org-qualifier, person-variant,
 * surname-only.
 */
import type { EntityType } from '../model/annotations.js';
import { acronymRule } from './actor-rules/acronym.js';
import { exactNameRule } from './actor-rules/exact-name.js';
import { personVariantRule } from './actor-rules/person-variant.js';
import type { ActorFacts, ActorMatch, ActorRule } from './actor-rules/rule.js';
import { surnameOnlyRule } from './actor-rules/surname-only.js';
import { orgQualifierRule, shortOrgName } from './actor-rules/org-qualifier.js';
import { acronymsOf, foldName, personParts, skeleton } from './names.js';

export const ACTOR_RULES: readonly ActorRule[] = [exactNameRule, acronymRule, orgQualifierRule, personVariantRule, surnameOnlyRule];
export const MERGE_THRESHOLD = 0.75;
/** Matches at least this strong are evidence enough to join two known actors an entity names both. */
export const BRIDGE_SCORE = 0.85;

export interface AliasRecord { name: string; rule: string; score: number; evidence: string; report: string }
export interface RoleRecord { title: string; report: string; published: string | null }

export interface Actor {
  id: string;
  name: string;
  type: EntityType;
  aliases: AliasRecord[];
  roles: RoleRecord[];
  /** Reports that mention the actor, with the entity id inside each. */
  mentions: { report: string; entity: string }[];
}

export interface EntityInput { id: string; name: string; type: EntityType; aliases: readonly string[]; roles: readonly string[] }

export interface Resolution {
  entity: string;
  actor: string;
  created: boolean;
  match: ActorMatch | null;
  /** Other actors that matched as well as the best one (the link was not made because of them). */
  ambiguousWith: string[];
}

export type AuditEntry =
  | { kind: 'merge'; keep: string; absorbed: string; at: string; by: string }
  | { kind: 'split'; from: string; to: string; names: string[]; at: string; by: string };

export class ActorIndex {
  readonly actors = new Map<string, Actor>();
  readonly audit: AuditEntry[] = [];
  #keys = new Map<string, Set<string>>();
  #pins = new Map<string, string>();
  #next = 1;

  resolve(entity: EntityInput, report: string, published: string | null): Resolution {
    const names = [entity.name, ...entity.aliases];
    const facts: ActorFacts = { type: entity.type, names, roles: entity.roles };
    const pinned = names.map((n) => this.#pins.get(pinKey(entity.type, n))).find((a) => a !== undefined);
    let actorId: string | undefined = pinned ? this.#follow(pinned) : undefined;
    let match: ActorMatch | null = pinned ? { rule: 'human/pinned', score: 1, evidence: 'a person decided this name belongs to this actor' } : null;
    const ambiguousWith: string[] = [];
    if (!actorId) {
      const scored: { id: string; m: ActorMatch }[] = [];
      const candidates = this.#candidates(facts);
      // How many persons bear each surname among the candidates (a misprinted given name joins the only one).
      const surnameCount = new Map<string, number>();
      for (const id of candidates) {
        const a = this.actors.get(id)!;
        if (a.type !== 'person') continue;
        const s = personParts(a.name).surname;
        if (s) surnameCount.set(s, (surnameCount.get(s) ?? 0) + 1);
      }
      for (const id of candidates) {
        const actor = this.actors.get(id)!;
        const surname = actor.type === 'person' ? personParts(actor.name).surname : '';
        const theirs: ActorFacts = {
          type: actor.type, names: [actor.name, ...actor.aliases.map((a) => a.name)], roles: actor.roles.map((r) => r.title),
          ...(surname ? { onlyOfSurname: surnameCount.get(surname) === 1 } : {}),
        };
        for (const rule of ACTOR_RULES) {
          const m = rule.match(facts, theirs);
          if (m) {
            if (m.score >= MERGE_THRESHOLD) scored.push({ id, m });
            break;
          }
        }
      }
      scored.sort((a, b) => b.m.score - a.m.score);
      const best = scored[0];
      if (best) {
        const ties = scored.filter((s) => s.id !== best.id && s.m.score === best.m.score);
        if (ties.length === 0 || best.m.score >= BRIDGE_SCORE) {
          actorId = best.id;
          match = best.m;
          // One entity that names two known actors with strong evidence for each ("State
          // Emergency Service of Ukraine" is both "SESU" and "State Emergency
          // Service") shows they are one: they are merged, with the evidence, and a person can split them.
          for (const other of scored.slice(1)) {
            if (other.m.score < BRIDGE_SCORE || other.id === best.id || !this.actors.has(other.id)) continue;
            this.#autoMerge(best.id, other.id, `both named by "${entity.name}" of report ${report}: ${best.m.evidence}; ${other.m.evidence}`);
          }
        } else {
          ambiguousWith.push(best.id, ...ties.map((t) => t.id));
        }
      }
    }
    const created = actorId === undefined;
    const actor = actorId ? this.actors.get(actorId)! : this.#create(entity);
    this.#absorb(actor, entity, names, report, published, match);
    return { entity: entity.id, actor: actor.id, created, match, ambiguousWith };
  }

  /** An automatic merge: like a person's, but nothing is pinned (a later split wins). */
  #autoMerge(keep: string, absorb: string, evidence: string): void {
    const a = this.#get(keep);
    const b = this.#get(absorb);
    if (a.id === b.id) return;
    for (const n of [b.name, ...b.aliases.map((x) => x.name)]) {
      if (!a.aliases.some((x) => foldName(x.name) === foldName(n)) && foldName(n) !== foldName(a.name)) {
        a.aliases.push({ name: n, rule: 'resolve/bridge', score: BRIDGE_SCORE, evidence, report: '' });
      }
      this.#index(a.id, a.type, n);
    }
    a.roles.push(...b.roles);
    a.mentions.push(...b.mentions);
    this.actors.delete(b.id);
    this.#redirects.set(b.id, a.id);
  }

  /** A person decided that `absorb` is `keep`: every name of `absorb` is pinned to `keep`. */
  merge(keep: string, absorb: string, by = 'user', at = new Date().toISOString()): Actor {
    const a = this.#get(keep);
    const b = this.#get(absorb);
    if (a.id === b.id) return a;
    for (const n of [b.name, ...b.aliases.map((x) => x.name)]) {
      if (!a.aliases.some((x) => foldName(x.name) === foldName(n)) && foldName(n) !== foldName(a.name)) {
        a.aliases.push({ name: n, rule: 'human/merge', score: 1, evidence: `merged by ${by}`, report: '' });
      }
      this.#pins.set(pinKey(a.type, n), a.id);
      this.#index(a.id, a.type, n);
    }
    a.roles.push(...b.roles);
    a.mentions.push(...b.mentions);
    this.actors.delete(b.id);
    this.#redirects.set(b.id, a.id);
    this.audit.push({ kind: 'merge', keep: a.id, absorbed: b.id, at, by });
    return a;
  }

  /** A person decided that `names` are not `from`: they move to a new actor, pinned there. */
  split(from: string, names: readonly string[], by = 'user', at = new Date().toISOString()): Actor {
    const a = this.#get(from);
    const moving = new Set(names.map(foldName));
    if (moving.has(foldName(a.name))) throw new Error(`cannot split the canonical name "${a.name}" off its actor; split the other names instead`);
    const moved = a.aliases.filter((x) => moving.has(foldName(x.name)));
    if (moved.length === 0) throw new Error(`none of ${JSON.stringify(names)} is an alias of ${a.id}`);
    a.aliases = a.aliases.filter((x) => !moving.has(foldName(x.name)));
    const b: Actor = { id: `a${this.#next++}`, name: moved[0]!.name, type: a.type, aliases: moved.slice(1).map((x) => ({ ...x, rule: 'human/split' })), roles: [], mentions: [] };
    this.actors.set(b.id, b);
    for (const x of moved) {
      this.#pins.set(pinKey(b.type, x.name), b.id);
      this.#index(b.id, b.type, x.name);
    }
    this.audit.push({ kind: 'split', from: a.id, to: b.id, names: moved.map((x) => x.name), at, by });
    return b;
  }

  /** The actor of one of these types named (or aliased) exactly `name`, when exactly one is. */
  findByName(name: string, types: readonly EntityType[]): string | undefined {
    const f = foldName(name);
    const found = new Set<string>();
    for (const id of this.#keys.get(`n:${f}`) ?? []) {
      const a = this.get(id);
      if (a && types.includes(a.type) && [a.name, ...a.aliases.map((x) => x.name)].some((n) => foldName(n) === f)) found.add(a.id);
    }
    return found.size === 1 ? [...found][0] : undefined;
  }

  /** The actor an id now stands for (merged ids redirect to the surviving actor). */
  get(id: string): Actor | undefined {
    return this.actors.get(this.#follow(id));
  }

  #redirects = new Map<string, string>();

  /** Ids that were merged into `id` (directly or through other merges). */
  absorbedInto(id: string): string[] {
    const out: string[] = [];
    for (const from of this.#redirects.keys()) if (from !== id && this.#follow(from) === id) out.push(from);
    return out;
  }

  #follow(id: string): string {
    let cur = id;
    for (let i = 0; i < 100 && this.#redirects.has(cur); i++) cur = this.#redirects.get(cur)!;
    return cur;
  }

  #get(id: string): Actor {
    const a = this.get(id);
    if (!a) throw new Error(`no actor ${id}`);
    return a;
  }

  #create(entity: EntityInput): Actor {
    const actor: Actor = { id: `a${this.#next++}`, name: entity.name, type: entity.type, aliases: [], roles: [], mentions: [] };
    this.actors.set(actor.id, actor);
    return actor;
  }

  #absorb(actor: Actor, entity: EntityInput, names: readonly string[], report: string, published: string | null, match: ActorMatch | null): void {
    const known = new Set([foldName(actor.name), ...actor.aliases.map((a) => foldName(a.name))]);
    for (const n of names) {
      const k = foldName(n);
      if (k.length === 0 || known.has(k)) continue;
      known.add(k);
      actor.aliases.push({ name: n, rule: match?.rule ?? 'resolve/same-entity', score: match?.score ?? 1, evidence: match?.evidence ?? `named so in report ${report}`, report });
    }
    // The canonical name is the fullest form seen.
    const fullest = [actor.name, ...actor.aliases.map((a) => a.name)].reduce((a, b) => (b.split(' ').length > a.split(' ').length ? b : a));
    if (fullest !== actor.name) {
      const old = actor.name;
      actor.name = fullest;
      actor.aliases = actor.aliases.filter((a) => a.name !== fullest);
      actor.aliases.push({ name: old, rule: 'resolve/canonical', score: 1, evidence: `"${fullest}" is fuller`, report });
    }
    for (const r of entity.roles) if (!actor.roles.some((x) => x.title === r && x.report === report)) actor.roles.push({ title: r, report, published });
    actor.mentions.push({ report, entity: entity.id });
    for (const n of names) this.#index(actor.id, actor.type, n);
  }

  #index(id: string, type: EntityType, name: string): void {
    for (const k of nameKeys(type, name)) {
      let set = this.#keys.get(k);
      if (!set) this.#keys.set(k, (set = new Set()));
      set.add(id);
    }
  }

  #candidates(facts: ActorFacts): Set<string> {
    const out = new Set<string>();
    for (const n of facts.names) {
      for (const k of nameKeys(facts.type, n)) {
        const set = this.#keys.get(k);
        if (set) for (const id of set) if (this.actors.has(id)) out.add(id);
      }
    }
    return out;
  }
}

function pinKey(type: EntityType, name: string): string {
  return `${type}:${foldName(name)}`;
}

/** Index keys of a name: the folded name; for people the surname and its skeleton; for names of organisations their acronym. */
export function nameKeys(type: EntityType, name: string): string[] {
  const f = foldName(name);
  const keys = [`n:${f}`];
  if (type === 'person' || type === 'other') {
    const { surname } = personParts(name);
    if (surname) keys.push(`s:${skeleton(surname)}`);
  }
  if (type !== 'person') {
    if (f.includes(' ')) {
      for (const a of acronymsOf(name)) keys.push(`a:${a}`);
      const short = shortOrgName(f);
      if (short) keys.push(`n:${short}`);
    }
    else keys.push(`a:${f.replace(/[^a-z0-9]/g, '')}`);
  }
  return keys;
}
