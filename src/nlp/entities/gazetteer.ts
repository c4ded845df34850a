/**
 * The gazetteer: every word list of `src/nlp/lexicon/` in one token trie, matched over a
 * sentence's words. A match must start and end on a capitalised word ("the Baltic Sea", never
 * the pronoun "us"); each token learns which categories cover it and whether it begins one.
 * The tagger reads these as features; rules read them to type what the tagger leaves open.
 */
import { CITIES, COUNTRIES, REGIONS, PLACE_HEADS } from '../lexicon/places.js';
import { INTERNATIONAL_BODIES, ORG_HEADS, OUTLETS } from '../lexicon/organizations.js';
import { GIVEN_NAMES, NAME_PARTICLES, PUBLIC_FIGURES } from '../lexicon/people.js';
import { ROLE_HEADS } from '../lexicon/titles.js';
import { NATIONALITY_WORDS } from '../lexicon/nationalities.js';

export const GAZ = {
  country: 0, city: 1, region: 2, body: 3, outlet: 4, given: 5, figure: 6, role: 7, nationality: 8,
  orgHead: 9, placeHead: 10, particle: 11,
} as const;
export type GazCategory = (typeof GAZ)[keyof typeof GAZ];
export const GAZ_COUNT = 12;

interface Node {
  next: Map<string, Node>;
  cats: number; // bitmask of categories ending here
}

const newNode = (): Node => ({ next: new Map(), cats: 0 });
const ROOT = newNode();

/** Lower-case and fold typographic apostrophes: the key every list and every token is compared by. */
export function gazKey(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

function add(entry: string, cat: number): void {
  let node = ROOT;
  for (const part of entry.split(' ')) {
    let child = node.next.get(part);
    if (!child) node.next.set(part, (child = newNode()));
    node = child;
  }
  node.cats |= 1 << cat;
}

const LISTS: readonly [readonly string[] | ReadonlySet<string>, number][] = [
  [COUNTRIES, GAZ.country], [CITIES, GAZ.city], [REGIONS, GAZ.region], [INTERNATIONAL_BODIES, GAZ.body],
  [OUTLETS, GAZ.outlet], [GIVEN_NAMES, GAZ.given], [PUBLIC_FIGURES, GAZ.figure], [ROLE_HEADS, GAZ.role],
  [NATIONALITY_WORDS, GAZ.nationality], [ORG_HEADS, GAZ.orgHead], [PLACE_HEADS, GAZ.placeHead],
  [NAME_PARTICLES, GAZ.particle],
];
for (const [list, cat] of LISTS) {
  for (const entry of list) {
    add(entry, cat);
    // The tokenizer splits a possessive off its word ("People" "'s"): entries are found that way too.
    if (/'s\b/.test(entry)) add(entry.replace(/'s\b/g, " 's"), cat);
  }
}

/** Every entry with its category, in list order: what the training fingerprint hashes (fingerprint.ts). */
export function* gazetteerEntries(): Iterable<readonly [string, number]> {
  for (const [list, cat] of LISTS) for (const entry of list) yield [entry, cat];
}

/** Single-word categories that apply to a lower-case word too (role words, particles). */
const ANY_CASE = (1 << GAZ.role) | (1 << GAZ.particle) | (1 << GAZ.orgHead) | (1 << GAZ.placeHead);

/** Per token: categories a match begins at it (`begin`), covers it later (`inside`), bitmasks. */
export interface GazMatches {
  readonly begin: Uint16Array;
  readonly inside: Uint16Array;
}

const isCapitalised = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return c >= 48 && c <= 57;
  const ch = w[0]!;
  return ch !== ch.toLowerCase();
};

export function matchGazetteer(keys: readonly string[], words: readonly string[]): GazMatches {
  const n = keys.length;
  const begin = new Uint16Array(n);
  const inside = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const capFirst = isCapitalised(words[i]!);
    let node: Node | undefined = ROOT;
    for (let j = i; j < n && node; j++) {
      node = node.next.get(keys[j]!);
      if (!node || node.cats === 0) continue;
      let cats = node.cats;
      const single = j === i;
      if (!capFirst || !isCapitalised(words[j]!)) cats &= single ? ANY_CASE : 0;
      else if (!single) cats &= ~ANY_CASE;
      if (cats === 0) continue;
      begin[i]! |= cats;
      for (let k = i + 1; k <= j; k++) inside[k]! |= cats;
    }
  }
  return { begin, inside };
}

/** Longest capitalised matches of name categories (not role words, particles, heads), left to right. */
export function matchSpans(words: readonly string[]): { from: number; to: number; cats: number }[] {
  const NAMES = ~(ANY_CASE | (1 << GAZ.given) | (1 << GAZ.nationality));
  const out: { from: number; to: number; cats: number }[] = [];
  for (let i = 0; i < words.length; ) {
    let best: { from: number; to: number; cats: number } | null = null;
    if (isCapitalised(words[i]!)) {
      let node: Node | undefined = ROOT;
      for (let j = i; j < words.length && node; j++) {
        node = node.next.get(gazKey(words[j]!));
        if (node && node.cats & NAMES && isCapitalised(words[j]!)) best = { from: i, to: j, cats: node.cats & NAMES };
      }
    }
    if (best) {
      out.push(best);
      i = best.to + 1;
    } else i++;
  }
  return out;
}

/** The categories of a whole phrase (lower-cased, space-joined words), or 0. */
export function gazetteerCategories(phrase: string): number {
  let node: Node | undefined = ROOT;
  for (const part of gazKey(phrase).split(/\s+/)) {
    node = node.next.get(part);
    if (!node) return 0;
  }
  return node.cats;
}
