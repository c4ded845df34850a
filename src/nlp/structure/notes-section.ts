/**
 * The notes section: the run of reference entries that ends a report ("[1] …", "[1…" with the
 * closing bracket lost, "1. …" after a "Notes" heading). It starts at the first paragraph from
 * which most remaining paragraphs are entries, and takes in a "Notes"/"References" heading
 * just above it.
 */
import type { NotesSection, Span } from '../../model/annotations.js';

export const ENTRY_START_RE = /^\[\s*(\d{1,3})\s*\]?/;
const NUMBERED_RE = /^(\d{1,3})[.)]\s/;
const NOTES_HEADING_RE = /^(?:notes?|footnotes?|endnotes?|references?|sources?|bibliography|notes and references)\s*:?$/i;

export function findNotesSection(text: string, paragraphs: readonly Span[]): NotesSection | null {
  const n = paragraphs.length;
  const isEntry = paragraphs.map((p) => ENTRY_START_RE.test(text.slice(p.start, Math.min(p.end, p.start + 8))));
  const headingAt = paragraphs.findIndex((p) => NOTES_HEADING_RE.test(text.slice(p.start, p.end).trim()));
  // Numbered lists count as entries only under a notes heading.
  if (headingAt >= 0) {
    for (let i = headingAt + 1; i < n; i++) {
      const p = paragraphs[i]!;
      if (NUMBERED_RE.test(text.slice(p.start, Math.min(p.end, p.start + 6)))) isEntry[i] = true;
    }
  }
  let entriesAfter = 0;
  let start = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (isEntry[i]) {
      entriesAfter++;
      // The entry must not be a lone bracketed body paragraph: most paragraphs from here on are entries.
      if (entriesAfter * 2 >= n - i) start = i;
    }
  }
  if (start < 0) return null;
  let from = start;
  if (headingAt >= 0 && headingAt < start && start - headingAt <= 2) from = headingAt;
  const first = paragraphs[from]!;
  return { start: first.start, end: text.length, rule: 'structure/notes-section', confidence: 0.9 };
}
