/**
 * Small helpers over name strings shared by the grouping rules: the surface text of a
 * candidate with typographic apostrophes and line breaks folded, a comparison key without
 * diacritics ("Schröder" = "Schroder"), and the name's words.
 */
import type { Span } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import type { Candidate } from './candidate.js';

export function surface(doc: Document, span: Span): string {
  return doc.text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** Lower-case, no diacritics, ø/æ/ß/ł folded, apostrophes and dashes unified. */
const FOLDED = new Map<string, string>();

export function foldKey(s: string): string {
  let k = FOLDED.get(s);
  if (k === undefined) {
    k = fold(s);
    if (FOLDED.size > 100_000) FOLDED.clear();
    FOLDED.set(s, k);
  }
  return k;
}

function fold(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s.replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ').toLowerCase().trim();
  return s
    .normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/đ/g, 'd').replace(/ı/g, 'i')
    .replace(/[’‘`]/g, "'").replace(/[‐‑–—]/g, '-').replace(/\s+/g, ' ')
    .toLowerCase().trim();
}

export function nameWords(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * The last words of the person names among `candidates`, as comparison keys ("witkoff" for
 * "Steve Witkoff"): a name elsewhere that ends in one, or is one, may be that person's.
 * `fullNamesOnly`: of names of two words or more only ("Jobs" of "Steve Jobs", not of a lone "Jobs").
 */
export function personSurnames(doc: Document, candidates: readonly Candidate[], fullNamesOnly = false): Set<string> {
  const out = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'person') continue;
    const words = doc.text.slice(c.start, c.end).split(' ');
    if (!fullNamesOnly || words.length > 1) out.add(foldKey(words[words.length - 1]!));
  }
  return out;
}
