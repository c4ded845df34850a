/**
 * The citations stage: footnote markers in the body, reference entries in the notes, inline
 * bracketed references, and the links between them.
 *
 * extractors
 *   1. markers   — "[5]" in the body, attached to the sentence it closes
 *   2. entries   — each "[5…" paragraph of the notes section, parsed
 *   3. inline    — a bracketed reference standing in the body ("[«Putin advisers …», Bloomberg, …]")
 * commit: markers and citations into their layers, then the cross-check that raises
 *   `dangling-citation` (a marker with no entry) and `unused-citation` (an entry nobody cites).
 */
import type { Citation, CitationMarker } from '../../model/annotations.js';
import { defineStage, type Extractor } from '../pipeline.js';
import { ENTRY_START_RE } from '../structure/notes-section.js';
import { parseEntry } from './parse-entry.js';

type Found = { kind: 'marker'; marker: CitationMarker } | { kind: 'citation'; citation: Citation };

const MARKER_RE = /\[(\d{1,3})\]/g;
const INLINE_RE = /\[([«“"][^\]\n]{10,400}?[»”"][^\]\n]{0,300}?\b(?:1[89]|20)\d\d\b[^\]\n]{0,200})\]/g;

const markers: Extractor<Found> = {
  name: 'citations/markers',
  extract(doc) {
    const out: Found[] = [];
    const body = doc.text.slice(0, doc.bodyEnd);
    MARKER_RE.lastIndex = 0;
    for (let m = MARKER_RE.exec(body); m !== null; m = MARKER_RE.exec(body)) {
      const sentence = doc.sentenceAt(m.index);
      out.push({ kind: 'marker', marker: { start: m.index, end: m.index + m[0].length, marker: m[1]!, sentence: sentence >= 0 ? sentence : null, rule: 'citations/markers', confidence: 1 } });
    }
    return out;
  },
};

const entries: Extractor<Found> = {
  name: 'citations/entries',
  extract(doc) {
    const notes = doc.layers.notes;
    if (!notes) return [];
    const out: Found[] = [];
    for (const p of doc.layers.paragraphs) {
      if (p.start < notes.start) continue;
      // One entry per paragraph, or per line when the list has no blank lines between entries
      // ("[1] …\n[2] …"): a line opening with a marker starts a new entry.
      for (const [start, end] of entryLines(doc.text, p.start, p.end)) {
        const text = doc.text.slice(start, end);
        const m = ENTRY_START_RE.exec(text) ?? /^(\d{1,3})[.)]\s/.exec(text);
        if (!m) continue;
        const parsed = parseEntry(text.slice(m[0].length));
        out.push({ kind: 'citation', citation: { start, end, marker: m[1]!, ...parsed, inline: false, rule: 'citations/entries', confidence: 0.9 } });
      }
    }
    return out;
  },
};

/** The stretches of [start, end) that each open with an entry marker at a line start (the whole stretch when none does after the first line). */
function entryLines(text: string, start: number, end: number): [number, number][] {
  const cuts = [start];
  for (let i = text.indexOf('\n', start); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
    const line = text.slice(i + 1, Math.min(end, i + 9));
    if (ENTRY_START_RE.test(line) || /^\d{1,3}[.)]\s/.test(line)) cuts.push(i + 1);
  }
  return cuts.map((c, k) => {
    let e = k + 1 < cuts.length ? cuts[k + 1]! : end;
    while (e > c && /\s/.test(text[e - 1]!)) e--;
    return [c, e];
  });
}

const inline: Extractor<Found> = {
  name: 'citations/inline',
  extract(doc) {
    const out: Found[] = [];
    const body = doc.text.slice(0, doc.bodyEnd);
    INLINE_RE.lastIndex = 0;
    for (let m = INLINE_RE.exec(body); m !== null; m = INLINE_RE.exec(body)) {
      const parsed = parseEntry(m[1]!);
      out.push({ kind: 'citation', citation: { start: m.index, end: m.index + m[0].length, marker: null, ...parsed, inline: true, rule: 'citations/inline', confidence: 0.8 } });
    }
    return out;
  },
};

export const citationsStage = defineStage<Found>({
  name: 'citations',
  extractors: [markers, entries, inline],
  refiners: [],
  commit(doc, found) {
    const ms: CitationMarker[] = [];
    const cs: Citation[] = [];
    for (const f of found) {
      if (f.kind === 'marker') ms.push(f.marker);
      else cs.push(f.citation);
    }
    doc.layers.markers = ms;
    doc.layers.citations = cs;
    const entryMarkers = new Set(cs.map((c) => c.marker).filter((m): m is string => m !== null));
    const cited = new Set<string>();
    for (const m of ms) {
      if (!entryMarkers.has(m.marker) && !cited.has(m.marker)) {
        doc.warn({ code: 'dangling-citation', rule: 'citations/cross-check', marker: m.marker, start: m.start, end: m.end, message: `footnote [${m.marker}] has no entry in the notes` });
      }
      cited.add(m.marker);
    }
    for (const c of cs) {
      if (c.marker !== null && !cited.has(c.marker)) {
        doc.warn({ code: 'unused-citation', rule: 'citations/cross-check', marker: c.marker, start: c.start, end: c.end, message: `note [${c.marker}] is not cited in the text` });
      }
    }
  },
});
