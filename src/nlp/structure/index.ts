/**
 * The structure stage: paragraphs, headings and the notes section.
 *
 * Order: paragraphs are found first (blank-line blocks); the notes rule then looks for the run
 * of reference entries at the end; the heading rule runs last, on body paragraphs only (a
 * reference entry is never a heading).
 */
import type { Paragraph } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import type { Stage } from '../pipeline.js';
import { findParagraphs } from './paragraphs.js';
import { findNotesSection } from './notes-section.js';
import { isHeading } from './headings.js';

export const structureStage: Stage = Object.freeze({
  name: 'structure',
  run(doc: Document): void {
    const blocks = findParagraphs(doc.text);
    const notes = findNotesSection(doc.text, blocks);
    doc.layers.notes = notes;
    const notesStart = notes ? notes.start : Infinity;
    doc.layers.paragraphs = blocks.map((b, i): Paragraph => {
      const heading = b.start < notesStart && isHeading(doc.text.slice(b.start, b.end), i, doc.meta.title);
      return { start: b.start, end: b.end, heading, rule: heading ? 'structure/heading' : 'structure/paragraph', confidence: 1 };
    });
  },
});
