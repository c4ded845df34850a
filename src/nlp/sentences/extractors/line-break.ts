/**
 * A single line break ends a sentence when the text is laid out one sentence per line (most
 * lines end with final punctuation), or when the line before it is short, unpunctuated and the
 * next line starts with a capital (a headline or a dateline above the first sentence).
 * Line breaks inside wrapped prose, and after a colon that introduces a list, are not boundaries.
 */
import type { Span } from '../../../model/annotations.js';
import { skipSpace, type Boundary } from '../boundary.js';

const FINAL_RE = /[.!?…]["'”’»)\]]*$/;

export function lineBreaks(text: string, region: Span): Boundary[] {
  const slice = text.slice(region.start, region.end);
  if (!slice.includes('\n')) return [];
  const lines = slice.split('\n');
  let finals = 0;
  for (const l of lines) if (FINAL_RE.test(l.trimEnd())) finals++;
  const onePerLine = lines.length >= 2 && finals >= (lines.length - 1) * 0.6;
  const out: Boundary[] = [];
  let offset = region.start;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const trimmed = line.trimEnd();
    offset += line.length + 1;
    if (trimmed.length === 0 || FINAL_RE.test(trimmed)) continue; // the punctuation rule sees these
    if (/[:,;\-–—(]$/.test(trimmed)) continue;
    const next = skipSpace(text, offset);
    const c = text[next] ?? '';
    if (!/[\p{Lu}\p{N}"“«‘\[—–-]/u.test(c)) continue;
    const short = trimmed.trim().length <= 60;
    if (onePerLine || short) out.push({ end: region.start + (offset - 1 - region.start) - (line.length - trimmed.length), next, rule: 'sentences/line-break' });
  }
  return out;
}
