/**
 * A wire dateline opening a paragraph is a sentence of its own: "ODESA, Dec 1 (Harbour Wire) -",
 * "WASHINGTON, August 11 (Xinhua) --", "KYIV, 3 December 2025 —", "HAVANA (AP) --". The place
 * comes first (in capitals, or capitalised words), then a date, an agency in brackets or both,
 * then a dash; the story's first sentence starts after it, so that neither a claim nor an event
 * takes the dateline's words as its own.
 */
import type { Span } from '../../../model/annotations.js';
import { skipSpace, type Boundary } from '../boundary.js';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?)`;
const PLACE = String.raw`(?:\p{Lu}[\p{Lu}\s.'’-]{1,40}|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})(?:,\s*\p{Lu}[\p{L}.]+)?`;
const DATELINE_RE = new RegExp(String.raw`^(?:${PLACE},\s+${DATE}(?:\s*\([^()\n]{2,40}\))?|\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*\p{Lu}[\p{L}.]+)?\s*\([^()\n]{2,40}\))\s*(?:--|[-–—])(?=\s)`, 'u');

/** The end of the dateline opening the paragraph at `region`, or -1. */
export function datelineEnd(text: string, region: Span): number {
  const m = DATELINE_RE.exec(text.slice(region.start, Math.min(region.end, region.start + 140)));
  return m ? region.start + m[0].length : -1;
}

export function datelines(text: string, region: Span): Boundary[] {
  const end = datelineEnd(text, region);
  if (end < 0) return [];
  const next = skipSpace(text, end);
  return next < region.end ? [{ end, next, rule: 'sentences/dateline' }] : [];
}
