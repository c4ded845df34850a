/**
 * The UI's own `ReportData` type mirrors the model's `Extraction` (so the browser bundle needs
 * neither zod nor the NLP code). This file fails to compile if the two drift apart, and checks
 * that the UI fixtures are valid extractions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ExtractionSchema, type Extraction } from '../../src/model/extraction.js';
import { normaliseReport, type ReportData } from '../../src/views/extraction.js';
import { harbourReport, hostileReport } from './fixtures.js';

// Compile-time: every Extraction is a ReportData.
const asReportData = (e: Extraction): ReportData => e;

describe('UI fixtures and the extraction contract', () => {
  for (const [name, make] of [['harbour', harbourReport], ['hostile', hostileReport]] as const) {
    it(`${name} is a valid extraction and survives normalisation unchanged in what the UI reads`, () => {
      const raw = make();
      ExtractionSchema.parse(raw);
      const r = normaliseReport(raw);
      const direct = asReportData(raw);
      assert.equal(r.text, direct.text);
      assert.deepEqual(r.quotes.map((q) => [q.start, q.end, q.speaker]), direct.quotes.map((q) => [q.start, q.end, q.speaker]));
      assert.deepEqual(r.claims.map((c) => [c.start, c.end, c.modality, c.citations]), direct.claims.map((c) => [c.start, c.end, c.modality, c.citations]));
      assert.deepEqual(r.entities.map((e) => e.mentions.length), direct.entities.map((e) => e.mentions.length));
      assert.deepEqual(r.events.map((e) => e.trigger), direct.events.map((e) => e.trigger));
    });
  }
});
