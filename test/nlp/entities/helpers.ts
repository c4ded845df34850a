/**
 * Test helpers for the entities stage: run the reading stages and the entities stage over a
 * text written in the test (never the time/attribution stages, which are other areas'), and
 * read the result back by name.
 */
import { parseReportBytes } from '../../../src/ingest/read-file.js';
import { toDocument } from '../../../src/ingest/report.js';
import assert from 'node:assert/strict';
import type { Entity, EntityType } from '../../../src/model/annotations.js';
import { candidate, type Candidate } from '../../../src/nlp/entities/candidate.js';
import type { Refiner } from '../../../src/nlp/pipeline.js';
import type { Document } from '../../../src/model/document.js';
import { runStages } from '../../../src/nlp/pipeline.js';
import { structureStage } from '../../../src/nlp/structure/index.js';
import { sentencesStage } from '../../../src/nlp/sentences/index.js';
import { citationsStage } from '../../../src/nlp/citations/index.js';
import { entitiesStage } from '../../../src/nlp/entities/index.js';

export function analyseText(text: string): Document {
  const raw = parseReportBytes(new TextEncoder().encode(text), 'test.txt', 'text');
  return runStages(toDocument(raw), [structureStage, sentencesStage, citationsStage, entitiesStage]);
}

/** The entity that has `name` as its name or one of its aliases, if any. */
export function entityNamed(doc: Document, name: string): Entity | undefined {
  return doc.layers.entities.find((e) => e.name === name || e.aliases.includes(name));
}

/** Every mention's text with its type, in text order. */
export function mentionTexts(doc: Document): string[] {
  return doc.layers.mentions.map((m) => `${doc.text.slice(m.start, m.end)}/${m.type}`);
}

/**
 * One refiner alone over hand-placed candidates: each `[text, type]` at the next occurrence of
 * its text (after the previous one's start). Returns the refined candidates as "text/type".
 */
export function refineSpans(refiner: Refiner<Candidate>, text: string, spans: [string, EntityType][]): string[] {
  const doc = analyseText(`${text}\n`);
  let from = 0;
  const cs = spans.map(([t, type]) => {
    const start = doc.text.indexOf(t, from);
    assert.ok(start >= 0, `${t} in ${text}`);
    from = start + 1;
    return candidate({ start, end: start + t.length, type, rule: 'test', confidence: 0.9, zone: 'body' });
  });
  return refiner.refine(doc, cs).map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
}
