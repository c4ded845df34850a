/**
 * Attribution chains that run across sentences: "Reuters obtained recordings of two phone
 * calls between the ministers." … "As the Financial Times reads them, these recordings …".
 * A claim whose content opens with a demonstrative document noun ("these recordings", "the
 * memo") rests on the document an earlier sentence says was published or leaked: the
 * chain records that document (with its publisher) and the people heard in it.
 */
import type { ChainLink, Span } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import type { AttributionCandidate } from './candidate.js';

const ANAPHOR_RE = /^(?:these|this|those|that|the)\s+(?:leaked\s+|secret\s+|recorded\s+|intercepted\s+)?(?:wiretaps?|transcripts?|recordings?|tapes?|documents?|conversations?|calls?|leaks?|messages?|e-?mails?|cables?|memos?|letters?|papers?|files?)\b/iu;
const DOCUMENT_RE = /\b(?:wiretaps?|transcripts?|recordings?|tapes?|documents?|conversations?|calls?|leaks?|messages?|e-?mails?|cables?|memos?|letters?|papers?|files?)\b/iu;
const PUBLISHING = new Set(['publish', 'release', 'leak', 'obtain', 'reveal', 'report', 'broadcast', 'post', 'disclose']);

/** How far back (in characters) the published document may be. */
const WINDOW = 2000;

export function documentChain(
  doc: Document, c: AttributionCandidate, cs: readonly AttributionCandidate[], entityOf: (who: AttributionCandidate) => string | null,
): ChainLink[] {
  if (c.kind !== 'claim' || !ANAPHOR_RE.test(doc.text.slice(c.start, c.end))) return [];
  let found: AttributionCandidate | null = null;
  for (const o of cs) {
    if (o.kind !== 'claim' || o.end > c.start || c.start - o.end > WINDOW || o.verb === null || !PUBLISHING.has(o.verb)) continue;
    if (!DOCUMENT_RE.test(doc.text.slice(o.start, o.end))) continue;
    if (!found || o.start > found.start) found = o;
  }
  if (!found) return [];
  const links: ChainLink[] = [{ role: 'document', entity: entityOf(found), span: { start: found.start, end: found.end } }];
  for (const id of peopleIn(doc, found)) links.push({ role: 'speaker', entity: id, span: null });
  return links;
}

/** Entities of the person mentions inside a span, in order, each once. */
function peopleIn(doc: Document, span: Span): string[] {
  const out: string[] = [];
  for (const m of doc.layers.mentions) {
    if (m.type === 'person' && m.start >= span.start && m.end <= span.end && !out.includes(m.entity)) out.push(m.entity);
  }
  return out;
}
