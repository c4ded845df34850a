/**
 * Commands: what each route does, with validated input and no knowledge of HTTP beyond the
 * error factories. Routes call these; presenters shape their results.
 */
import { IngestError } from '../ingest/errors.js';
import { readTarget } from '../ingest/read-target.js';
import type { MetaOverrides } from '../ingest/report.js';
import type { Analyser } from '../nlp/analyser.js';
import type { SaveResult, Store, StoredReport } from '../store/types.js';
import { notFound, unprocessableReport } from './errors.js';
import type { REPORT_FORMATS } from './schemas.js';

export async function getReportCommand(store: Store, id: string): Promise<StoredReport> {
  const report = await store.getReport(id);
  if (report) return report;
  const original = await store.nearDuplicateOf(id);
  if (original !== null) throw notFound(`report ${id} was recorded as a near-duplicate of ${original}: see /api/reports/${original}`);
  throw notFound(`no report with id ${id}`);
}

export interface NewReport {
  bytes: Uint8Array;
  format: (typeof REPORT_FORMATS)[number];
  source: string;
  overrides: MetaOverrides;
}

/** Read → analyse → save, as `parley ingest` does for one file. */
export async function addReportCommand(store: Store, analyser: Analyser, input: NewReport): Promise<{ saved: SaveResult; warnings: { code: string; message: string }[] }> {
  let extraction;
  try {
    extraction = await analyser.extract({ kind: 'bytes', ...input });
  } catch (err) {
    if (err instanceof IngestError) throw unprocessableReport(err.code, err.message);
    throw err;
  }
  const saved = await store.saveReport(extraction);
  return { saved, warnings: extraction.warnings };
}

/** A page or a feed fetched by the server (the safe fetcher of src/ingest), each report stored. */
export async function fetchReportsCommand(store: Store, analyser: Analyser, url: string, overrides: MetaOverrides, options: { allowPrivate: boolean }): Promise<{
  saved: { saved: SaveResult; warnings: { code: string; message: string }[] }[];
  failed: { code: string; message: string }[];
}> {
  let target;
  try {
    target = await readTarget({ kind: 'url', url }, { allowPrivate: options.allowPrivate });
  } catch (err) {
    if (err instanceof IngestError) throw unprocessableReport(err.code, err.message);
    throw err;
  }
  const saved = [];
  for (const raw of target.reports) {
    const extraction = await analyser.extract({ kind: 'raw', raw, overrides });
    saved.push({ saved: await store.saveReport(extraction), warnings: extraction.warnings });
  }
  return { saved, failed: target.errors.map((e) => ({ code: e.code, message: e.message })) };
}
