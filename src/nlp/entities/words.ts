/**
 * A sentence-by-sentence word view of a document for the tagger, built on the shared tokenizer
 * (`doc.tokens`): every sentence of the sentences layer (prose, headings, note entries) as the
 * strings of its tokens and their offsets. Computed once per document.
 */
import type { Document } from '../../model/document.js';
import { tokenAtOrAfter } from '../text/tokens.js';

export interface SentenceWords {
  readonly words: string[];
  readonly starts: number[];
  readonly ends: number[];
  readonly zone: 'body' | 'heading' | 'notes';
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'adm', 'rep', 'sen', 'gov', 'prof', 'rev', 'no', 'vs', 'messrs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'bros', 'plc', 'dept', 'univ', 'ave', 'blvd',
]);

/**
 * Whether a token glued to the previous word (no space) belongs to it, as in the CoNLL
 * tokenisation the tagger learned from: dates and scores ("1996-08-30", "2-1", "6/4"), initials
 * and abbreviations with their period ("S.", "Mr.", "Corp.") unless the period ends the sentence.
 */
function joins(prev: string, next: string, more: boolean): boolean {
  if (next === '.' && more && (/^\p{Lu}$/u.test(prev) || ABBREVIATIONS.has(prev.toLowerCase()))) return true;
  if (next === '/' && more && /^\p{Lu}{2,}$/u.test(prev)) return true;
  if (/^\p{Lu}{2,}\/$/u.test(prev) && /^\p{Lu}{1,3}$/u.test(next)) return true;
  if (/^[-/.:]$/.test(next)) return /\d$/.test(prev) && more;
  if (/^\d/.test(next)) return /\d[-/.:]$/.test(prev);
  return false;
}

const cache = new WeakMap<Document, SentenceWords[]>();

export function sentenceWords(doc: Document): SentenceWords[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const tokens = doc.tokens;
  const text = doc.text;
  const headings = doc.layers.paragraphs.filter((p) => p.heading);
  const notesStart = doc.layers.notes ? doc.layers.notes.start : Infinity;
  const out: SentenceWords[] = [];
  let hi = 0;
  for (const s of doc.layers.sentences) {
    const words: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (let t = tokenAtOrAfter(tokens, s.start); t < tokens.count && tokens.starts[t]! < s.end; t++) {
      const start = tokens.starts[t]!;
      const end = tokens.ends[t]!;
      const last = words.length - 1;
      if (last >= 0 && ends[last] === start && joins(words[last]!, text.slice(start, end), t + 1 < tokens.count && tokens.starts[t + 1]! < s.end)) {
        words[last] += text.slice(start, end);
        ends[last] = end;
        continue;
      }
      starts.push(start);
      ends.push(end);
      words.push(text.slice(start, end));
    }
    while (hi < headings.length && headings[hi]!.end <= s.start) hi++;
    const h = headings[hi];
    const zone = s.start >= notesStart ? 'notes' : h && h.start <= s.start && s.end <= h.end ? 'heading' : 'body';
    if (words.length) out.push({ words, starts, ends, zone });
  }
  cache.set(doc, out);
  return out;
}

/** The zone of an offset: inside a heading paragraph, the notes section, or the body. */
export function zoneAt(doc: Document, offset: number): 'body' | 'heading' | 'notes' {
  if (doc.layers.notes && offset >= doc.layers.notes.start) return 'notes';
  return doc.layers.paragraphs.some((p) => p.heading && p.start <= offset && offset < p.end) ? 'heading' : 'body';
}
