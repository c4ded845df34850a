/**
 * Quotation marks around a title or a name are not speech: «Make Money Not War», “Coalition
 * of the Willing”. A quote candidate whose words are all capitalised (function words aside)
 * and that does not end like a sentence is dropped; so is a single scare-quoted word unless
 * a reporting verb introduces it directly ("called it “fake”").
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
  if (c.kind !== 'quote') return true;
  const t = doc.text.slice(c.start, c.end).trim();
  if (/[.!?…]["'”’»]?$/.test(t)) return true;
  const words = t.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];
  if (looksLikeTitle(words)) return false;
  if (words.length < 2 && c.rule !== 'attribution/quote-leading-cue') return false;
  return words.length > 0;
});
