/**
 * Which places lie within which, learnt from how reports write them: "Hallandale Beach,
 * Florida" and "Geneva, Switzerland" say the first lies in the second, when the second is a
 * country or a region and the first is neither (so "Texas, Florida" and "Paris, London and
 * Berlin" — lists — teach nothing). Events told at a place and at a place that contains it are
 * told at the same place, more or less precisely: not a contradiction.
 */
import type { KnowledgeReport } from '../model/extraction.js';
import { COUNTRIES, REGIONS } from '../nlp/lexicon/places.js';

const LARGE = new Set([...COUNTRIES, ...REGIONS].map((n) => n.toLowerCase()));

/** Pairs [inner entity id, outer entity id] a report's text gives. */
export function containmentsIn(x: KnowledgeReport): [string, string][] {
  const places = x.entities.filter((e) => e.type === 'place');
  if (places.length < 2) return [];
  const nameOf = new Map(places.map((e) => [e.id, e.name]));
  const mentions = places.flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })))
    .sort((a, b) => a.start - b.start);
  const out: [string, string][] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.id === b.id || !/^,\s?$/.test(x.text.slice(a.end, b.start))) continue;
    if (!isLarge(nameOf.get(b.id)!) || isLarge(nameOf.get(a.id)!)) continue;
    // Not a list: no place right before ("Paris, Geneva, Switzerland") or right after ("…, Florida and Texas").
    const prev = mentions[i - 1];
    if (prev && /^,\s?$|^\s+and\s+$/.test(x.text.slice(prev.end, a.start))) continue;
    const next = mentions[i + 2];
    if (next && /^(?:,\s?|\s+(?:and|or)\s+)$/.test(x.text.slice(b.end, next.start))) continue;
    out.push([a.id, b.id]);
  }
  return out;
}

function isLarge(name: string): boolean {
  return LARGE.has(name.toLowerCase().replace(/^the\s+/, ''));
}

/** Containment between actors, transitive. `canonical` maps an actor id to the one it now stands for. */
export class PlaceIndex {
  #within = new Map<string, Set<string>>();

  constructor(private readonly canonical: (id: string) => string = (id) => id) {}

  add(inner: string, outer: string): void {
    const a = this.canonical(inner);
    const b = this.canonical(outer);
    if (a === b || this.within(b, a)) return;
    let set = this.#within.get(a);
    if (!set) this.#within.set(a, (set = new Set()));
    set.add(b);
  }

  /** Whether `inner` lies within `outer` (directly or through other places). */
  within(inner: string, outer: string): boolean {
    const target = this.canonical(outer);
    const seen = new Set<string>();
    const stack = [this.canonical(inner)];
    while (stack.length > 0) {
      const cur = stack.pop()!;
      if (seen.has(cur)) continue;
      seen.add(cur);
      for (const o of this.#within.get(cur) ?? []) {
        const c = this.canonical(o);
        if (c === target) return true;
        stack.push(c);
      }
    }
    return false;
  }

  /** The same place, or one within the other. */
  compatible(a: string, b: string): boolean {
    return this.canonical(a) === this.canonical(b) || this.within(a, b) || this.within(b, a);
  }
}
