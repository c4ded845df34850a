/**
 * Compile a word list into a regex alternation shaped like a prefix tree
 * ("j(?:an(?:uary)?|u(?:ne?|ly?))" instead of "january|jan|june|jun|july|jul"), which the
 * regex engine can reject at the first wrong letter instead of trying every word. Longer
 * words are preferred where one word is a prefix of another, as in a longest-first list.
 * `charPattern` maps a character to its pattern (e.g. "e" → "[eéèêë]"); it defaults to the
 * character, escaped.
 */
interface Node {
  end: boolean;
  next: Map<string, Node>;
}

const escape = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

export function triePattern(words: Iterable<string>, charPattern: (c: string) => string = escape): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let child = node.next.get(ch);
      if (!child) { child = { end: false, next: new Map() }; node.next.set(ch, child); }
      node = child;
    }
    node.end = true;
  }
  return render(root, charPattern);
}

function render(node: Node, charPattern: (c: string) => string): string {
  const branches = [...node.next.entries()].map(([ch, child]) => charPattern(ch) + render(child, charPattern));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  // The word may end here: the longer continuations come first (greedy), then nothing.
  return branches.length === 1 && branches[0]!.length <= 2 ? `${body}?` : `(?:${body})?`;
}
