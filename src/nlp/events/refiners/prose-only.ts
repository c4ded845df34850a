/**
 * Triggers count only in prose: not in headings ("The Geneva Negotiations" names a section, not
 * an event the report tells) and not inside an inline bracketed reference.
 */
import { filterRefiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';

export const proseOnly = filterRefiner<EventCandidate>('events/prose-only', (doc, c) => {
  const s = doc.layers.sentences[c.sentence];
  const p = s ? doc.layers.paragraphs[s.paragraph] : undefined;
  if (!s || !p || p.heading) return false;
  return !doc.layers.citations.some((ct) => ct.inline && ct.start <= c.start && c.end <= ct.end);
});
