/**
 * Where the attribution rules look: the sentences of the body (not the notes section).
 */
import type { Sentence } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';

export function bodySentences(doc: Document): Sentence[] {
  const end = doc.bodyEnd;
  const out: Sentence[] = [];
  for (const s of doc.layers.sentences) if (s.start < end) out.push(s);
  return out;
}

/** Number of word tokens in [start, end) (letters or digits). */
export function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
