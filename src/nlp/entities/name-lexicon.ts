/**
 * The name lexicon: every name annotated in the tagger's training data (CoNLL-2003 `eng.train`),
 * with the types it was given, shipped beside the weights (models/ner/names.txt.gz). The tagger
 * reads matches as features ("this token starts a name that was an organisation in training").
 * During training each document sees a lexicon built from the *other* folds only, so the model
 * learns how far to trust a match on names it has not seen, as at run time.
 */
import { gazKey } from './gazetteer.js';

const TYPE_BITS: Record<string, number> = { PER: 1, ORG: 2, LOC: 4, MISC: 8 };

interface Node {
  next: Map<string, Node>;
  types: number;
}

export class NameLexicon {
  readonly #root: Node = { next: new Map(), types: 0 };
  readonly #counts = new Map<string, Map<string, number>>();
  size = 0;

  /** Count one annotated name (its words, as tokenised) with its CoNLL type. */
  add(words: readonly string[], type: string): void {
    const key = words.map(gazKey).join(' ');
    let c = this.#counts.get(key);
    if (!c) this.#counts.set(key, (c = new Map()));
    c.set(type, (c.get(type) ?? 0) + 1);
  }

  /** Build the trie: a name keeps each type given to it at least a third of the time. */
  build(): this {
    for (const [key, counts] of this.#counts) {
      const total = [...counts.values()].reduce((a, b) => a + b, 0);
      let types = 0;
      for (const [t, n] of counts) if (n * 3 >= total) types |= TYPE_BITS[t] ?? 0;
      this.#insert(key, types);
    }
    return this;
  }

  #insert(key: string, types: number): void {
    let node = this.#root;
    for (const w of key.split(' ')) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), types: 0 }));
      node = child;
    }
    if (node.types === 0) this.size++;
    node.types |= types;
  }

  /** Serialised as "TYPES\tname" lines (TYPES = bitmask), the format of names.txt. */
  serialise(): string {
    const lines: string[] = [];
    const walk = (node: Node, prefix: string): void => {
      if (node.types) lines.push(`${node.types}\t${prefix}`);
      for (const [w, child] of [...node.next].sort((a, b) => (a[0] < b[0] ? -1 : 1))) walk(child, prefix ? `${prefix} ${w}` : w);
    };
    walk(this.#root, '');
    return lines.join('\n') + '\n';
  }

  static parse(text: string): NameLexicon {
    const lex = new NameLexicon();
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) lex.#insert(line.slice(tab + 1), Number(line.slice(0, tab)));
    }
    return lex;
  }

  /**
   * Per token: the type bits of the longest lexicon name starting there (`begin`) and of names
   * covering it later (`inside`). A match must start on a word that is not lower-case.
   */
  match(keys: readonly string[], words: readonly string[]): { begin: Uint8Array; inside: Uint8Array } {
    const n = keys.length;
    const begin = new Uint8Array(n);
    const inside = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = words[i]!.charCodeAt(0);
      if ((c >= 97 && c <= 122) || !/[\p{Lu}\p{N}]/u.test(words[i]![0]!)) continue;
      let node: Node | undefined = this.#root;
      let bestEnd = -1;
      let bestTypes = 0;
      for (let j = i; j < n && j < i + 8; j++) {
        node = node.next.get(keys[j]!);
        if (!node) break;
        if (node.types) {
          bestEnd = j;
          bestTypes = node.types;
        }
      }
      if (bestEnd < 0) continue;
      begin[i]! |= bestTypes | (bestEnd === i ? 16 : 0);
      for (let k = i + 1; k <= bestEnd; k++) inside[k]! |= bestTypes;
    }
    return { begin, inside };
  }
}
