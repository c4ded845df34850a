/**
 * Quotation marks around a title or a name are not speech: «Make Money Not War», “Coalition
 * of the Willing”, a cited article's title inside an inline reference. A quote candidate whose words are all capitalised (function words aside)
 * and that does not end like a sentence is dropped (a short one even with a final period);
 * so is a single word that only continues an earlier quote. A single word with its own cue is
 * speech (“No,” he said; called it “fake”).
 */
import { filterRefiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';

const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'not', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'de', 'du', 'la', 'le', 'des', 'et', 'der', 'die', 'und']);

export function looksLikeTitle(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 12) return false;
  let caps = 0;
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) caps++;
    else if (!FUNCTION_WORDS.has(w.toLowerCase())) return false;
  }
  return caps >= 2;
}

export const notSpeechRefiner = filterRefiner<AttributionCandidate>('attribution/not-speech', (doc, c) => {
  // transcript and headline lines have no marks to misread (and headlines are title case)
  if (c.kind !== 'quote' || c.rule === 'attribution/quote-transcript') return true;
  // inside a bibliographic reference («Title», Publisher, date) the marks enclose a title
  if (doc.layers.citations.some((r) => r.start <= c.start && c.end <= r.end)) return false;
  const t = doc.text.slice(c.start, c.end).trim();
  const words = t.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
  // a short title keeps its final period inside the marks in American style: on “Face the Nation.”
  if (looksLikeTitle(words) && (words.length <= 6 || !/[.!?…]["'”’»]?$/.test(t))) return false;
  if (/[.!?…]["'”’»]?$/.test(t)) return true;
  if (words.length < 2 && c.rule === 'attribution/quote-continuation') return false;
  return words.length > 0;
});
