/**
 * A heading is a short single line in title case with no sentence-final punctuation
 * ("The Geneva Negotiations", "Final warm-up"), or the report's title repeated as its first line.
 */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'nor', 'de', 'la', 'le', 'von', 'van', 'der', 'du', 'des', 'et']);

export function isHeading(line: string, index: number, title: string | null): boolean {
  if (line.includes('\n')) return false;
  const trimmed = line.trim();
  if (title && index <= 1 && normalise(trimmed) === normalise(title)) return true;
  if (trimmed.length > 90 || trimmed.length < 2) return false;
  if (/[.,;:!?…"”»)\]]$/.test(trimmed) && !/\b[A-Z]\.$/.test(trimmed)) return false;
  if (/^[\[(«“"‘'—–-]/.test(trimmed)) return false;
  const words = trimmed.split(/\s+/);
  if (words.length > 12) return false;
  const first = words[0]!;
  if (!/^[\p{Lu}\p{N}]/u.test(first)) return false;
  if (words.length === 1) return /^\p{Lu}/u.test(first) && trimmed.length <= 40;
  // Title case ("The Geneva Negotiations") or a short sentence-case label ("Final warm-up").
  let content = 0;
  let capital = 0;
  for (const w of words.slice(1)) {
    if (SMALL_WORDS.has(w.toLowerCase())) continue;
    content++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) capital++;
  }
  if (content === 0) return true;
  return capital / content >= 0.6 || words.length <= 4;
}

function normalise(s: string): string {
  return s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
