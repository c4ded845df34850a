/**
 * Sentence-final punctuation (. ! ? …), with the closing quotes and brackets that follow it,
 * then white space: "…Kushner." / "…pro-Russian.”" / "…prêts. »" / "…(as planned.)".
 */
import type { Span } from '../../../model/annotations.js';
import { skipSpace, type Boundary } from '../boundary.js';

// French typography puts a (narrow) no-break space before the closing guillemet: "prêts. »".
const RE = /[.!?…]+(?:[ \u00a0\u202f]?»|["'”’)\]])*(?=\s)/g;

export function terminalPunctuation(text: string, region: Span): Boundary[] {
  const out: Boundary[] = [];
  const slice = text.slice(region.start, region.end);
  RE.lastIndex = 0;
  for (let m = RE.exec(slice); m !== null; m = RE.exec(slice)) {
    const end = region.start + m.index + m[0].length;
    const next = skipSpace(text, end);
    if (next < region.end) out.push({ end, next, rule: 'sentences/terminal-punctuation' });
  }
  return out;
}
