import type { Document } from '../model/document.js';
import { toDocument, type MetaOverrides, type RawReport } from '../ingest/report.js';
import { runStages, type Stage, type StageTimer } from './pipeline.js';
import { ALL_STAGES } from './stages.js';

/** A report as read → a fully annotated Document. */
export function analyse(raw: RawReport, overrides: MetaOverrides = {}, stages: readonly Stage[] = ALL_STAGES, timer?: StageTimer): Document {
  return runStages(toDocument(raw, overrides), stages, timer);
}
