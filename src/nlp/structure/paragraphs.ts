import type { Span } from '../../model/annotations.js';

/** Blocks of text separated by blank lines, trimmed of surrounding white space. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 12 || c === 11 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}
