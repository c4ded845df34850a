/**
 * Interview transcripts: a paragraph opening with the speaker's name before a colon, after a
 * dash (`— Dasha Burns: …` / `– Donald Trump: …`) or in capitals (`HOST: …`), and headlines
 * that credit a statement the same way (`Kallas: Europe Will Not …`). The quote is the rest of
 * the paragraph (without quotation marks if it has them); the speaker is the name.
 * Labels such as "Note:" or "Update:" are not speakers.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { bodySentences } from '../scope.js';

const RULE = 'attribution/quote-transcript';
const LINE_RE = /^["“]?(?:[—–-]\s*)?((?:\p{Lu}[\p{L}'’.\-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’.\-]*|de|von|van|der|al|bin)){0,4})[ \t]*:[ \t]+(?=\S)/u;
const LABELS = /^(?:note|notes|update|updated|editor|editor's|editor’s|correction|source|sources|photo|photos|related|read|watch|listen|warning|example|summary|background|subject|date|by|translation|translated|posted|published|image|video|credit|caption|tags|topics|see|also|q|a|question|answer|contact|email|tel|phone|fax|web|url|title|re|ps|p\.s)$/iu;

export const quoteTranscriptExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const out: AttributionCandidate[] = [];
    const bodyEnd = bodySentences(doc).length ? doc.bodyEnd : 0;
    for (const p of doc.layers.paragraphs) {
      if (p.start >= bodyEnd) break;
      const m = LINE_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 120)));
      if (!m || m[1] === undefined) continue;
      const dashed = /^["“]?[—–-]/.test(m[0]);
      const caps = m[1] === m[1].toUpperCase() && /\p{Lu}{2}/u.test(m[1]);
      const heading = p.heading || doc.sentenceAt(p.start) === 0;
      // labels ("Note:", "Update:", AP's "The Latest:") are not speakers
      if (LABELS.test(m[1].split(/\s+/)[0]!) || /^The\s/u.test(m[1]) || !(dashed || caps || heading)) continue;
      const nameStart = p.start + m[0].indexOf(m[1], /^["“]/.test(m[0]) ? 1 : 0);
      let start = p.start + m[0].length;
      let end = p.end;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      // quotation marks around the whole line are not part of the words: “…”, ‘…’
      const open = text[start] ?? '';
      if (/["“«„‘']/.test(open)) {
        start++;
        if (/["”»“’']/.test(text[end - 1] ?? '')) end--;
      } else if (/["”»“]/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      out.push(candidate({
        kind: 'quote', start, end, cue: { start: p.start + m[0].length - 1 - (m[0].length - m[0].trimEnd().length), end: p.start + m[0].trimEnd().length },
        who: { start: nameStart, end: nameStart + m[1].length }, modality: 'reported', rule: RULE, confidence: 0.9,
      }));
    }
    return out;
  },
};
