/**
 * entities/ampersand: "Hartley & Crane", "Smith Barney & Co", "A.G. Edwards & Sons" — names
 * joined by an ampersand are one firm's name. A name directly followed by "&" and capitalised
 * words (the next name, or words no name holds: "& Sons", "& Co") becomes one organisation
 * over both. Must not fire when "&" stands away from the name (", &", a line break), before a
 * lower-case word ("Smith & others"), or on a candidate the tagger read as MISC.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';

/** "&" (a space either side or none) and one or two capitalised words after it, no more. */
const AFTER = /^ ?& ?(\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*)?)(?![\p{L}\p{M}.'’-]| \p{Lu})/u;

export const ampersandRefiner: Refiner<Candidate> = {
  name: 'entities/ampersand',
  refine(doc, candidates) {
    const text = doc.text;
    if (!text.includes('&')) return candidates;
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const gone = new Set<Candidate>();
    const grown = new Map<Candidate, Candidate>();
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      if (gone.has(a) || a.type === 'other' || text[a.end] !== '&' && text.slice(a.end, a.end + 2) !== ' &') continue;
      const m = AFTER.exec(text.slice(a.end, a.end + 80));
      if (!m) continue;
      const wordsStart = a.end + m[0].length - m[1]!.length;
      let end = a.end + m[0].length;
      // the next name, when one starts at the first word after "&", ends the join; any other name
      // in the words after "&" stops it (candidates are sorted by start: look ahead only that far)
      let next: Candidate | undefined;
      let blocked = false;
      for (let j = i + 1; j < sorted.length && sorted[j]!.start < end; j++) {
        const b = sorted[j]!;
        if (b.start === wordsStart && next === undefined) next = b;
        else if (b.end > a.end) blocked = true;
      }
      if (blocked) continue;
      if (next) {
        if (text.slice(next.start, next.end).split(' ').length > 2) continue;
        end = next.end;
        gone.add(next);
      }
      grown.set(a, { ...a, end, type: 'organization', rule: 'entities/ampersand', roles: [], merges: [] });
    }
    if (grown.size === 0) return candidates;
    return candidates.filter((c) => !gone.has(c)).map((c) => grown.get(c) ?? c);
  },
};
