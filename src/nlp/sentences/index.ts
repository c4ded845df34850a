/**
 * The sentences stage. Boundaries are proposed inside prose paragraphs, then refined:
 *
 * extractors
 *   1. terminal-punctuation — . ! ? … (with closing quotes/brackets) before white space
 *   2. line-break           — one-sentence-per-line layouts, headlines and datelines
 *   3. dateline             — a wire dateline opening a paragraph ("ODESA, Dec 1 (Harbour Wire) -")
 * refiners (order matters)
 *   1. footnote-marker      — first move a boundary past "[1]" so the marker stays with its sentence;
 *                             the tests below then look at the word after the marker
 *   2. abbreviation         — "Gen.", "No. 10", "U.S." (unless a sentence opener follows)
 *   3. initial              — "John F. Kennedy"
 *   4. continuation         — lower case, comma or closing bracket next: not a sentence start
 *      dateline             — nothing ends inside a dateline ("PALM BEACH, Fla. (GCT) —")
 *   5. dedupe               — sort and drop boundaries that coincide
 *
 * Headings and reference entries in the notes are one sentence each.
 */
import type { Sentence, Span } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import { defineStage, type Extractor } from '../pipeline.js';
import { isSpace } from '../structure/paragraphs.js';
import type { Boundary } from './boundary.js';
import { lineBreaks } from './extractors/line-break.js';
import { datelines } from './extractors/dateline.js';
import { terminalPunctuation } from './extractors/terminal-punctuation.js';
import { abbreviationRefiner } from './refiners/abbreviation.js';
import { continuationRefiner } from './refiners/continuation.js';
import { dedupeRefiner } from './refiners/dedupe.js';
import { footnoteMarkerRefiner } from './refiners/footnote-marker.js';
import { initialRefiner } from './refiners/initial.js';
import { datelineRefiner } from './refiners/dateline.js';

function proseParagraphs(doc: Document): Span[] {
  const bodyEnd = doc.bodyEnd;
  return doc.layers.paragraphs.filter((p) => !p.heading && p.start < bodyEnd);
}

function perParagraph(name: string, find: (text: string, region: Span) => Boundary[]): Extractor<Boundary> {
  return {
    name,
    extract(doc) {
      const out: Boundary[] = [];
      for (const p of proseParagraphs(doc)) for (const b of find(doc.text, p)) out.push(b);
      return out;
    },
  };
}

export const sentencesStage = defineStage<Boundary>({
  name: 'sentences',
  extractors: [
    perParagraph('sentences/terminal-punctuation', terminalPunctuation),
    perParagraph('sentences/line-break', lineBreaks),
    perParagraph('sentences/dateline', datelines),
  ],
  refiners: [footnoteMarkerRefiner, abbreviationRefiner, initialRefiner, continuationRefiner, datelineRefiner, dedupeRefiner],
  commit(doc, boundaries) {
    const text = doc.text;
    const sentences: Sentence[] = [];
    let bi = 0;
    doc.layers.paragraphs.forEach((p, pi) => {
      const prose = !p.heading && p.start < doc.bodyEnd;
      let start = p.start;
      if (prose) {
        while (bi < boundaries.length && boundaries[bi]!.end <= p.start) bi++;
        while (bi < boundaries.length && boundaries[bi]!.next < p.end) {
          const b = boundaries[bi]!;
          pushTrimmed(sentences, text, start, b.end, pi, b.rule);
          start = b.next;
          bi++;
        }
      }
      pushTrimmed(sentences, text, start, p.end, pi, p.heading ? 'sentences/heading' : prose ? 'sentences/paragraph-end' : 'sentences/note-entry');
    });
    doc.layers.sentences = sentences;
  },
});

function pushTrimmed(out: Sentence[], text: string, s: number, e: number, paragraph: number, rule: string): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, paragraph, rule, confidence: 1 });
}
