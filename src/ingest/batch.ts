/**
 * Many inputs → the store, one target at a time. A bad target (or a bad feed item, or a store
 * error on one report) is recorded in the summary and the batch carries on: every good report
 * is saved, every bad one is reported with a stable code. Progress goes to `onEvent`.
 */
import { presentExtraction } from '../model/extraction.js';
import { analyse } from '../nlp/analyse.js';
import type { SaveStatus, Store } from '../store/types.js';
import { IngestError, type IngestErrorCode } from './errors.js';
import { readTarget, type TargetOptions } from './read-target.js';
import type { MetaOverrides } from './report.js';
import { expandInputs, targetName } from './sources.js';

/** Failure codes: an ingest code, or one of the two ways a readable report can still fail. */
export type BatchFailureCode = IngestErrorCode | 'store-failed' | 'internal-error';

export interface BatchFailure {
  source: string;
  code: BatchFailureCode;
  message: string;
}

export interface BatchSummary {
  added: number;
  duplicate: number;
  nearDuplicate: number;
  failed: BatchFailure[];
  /** Feed items past the per-feed item cap: not read, not failed. */
  skipped: number;
  /** The batch was stopped by its signal before every target was read. */
  interrupted: boolean;
}

export interface BatchOptions extends TargetOptions {
  /** Metadata that wins over front matter and HTML meta for every report of the batch. */
  overrides?: MetaOverrides;
  /** Stop between reports when aborted (Ctrl-C): what is stored stays stored. */
  signal?: AbortSignal;
}

export type BatchEvent =
  /** `total` counts targets (files, pages, feeds) plus inputs that could not be expanded. */
  | { kind: 'start'; total: number }
  /** A feed was read: `items` more reports than the one target counted in `total`; `skipped` past the item cap. */
  | { kind: 'expand'; source: string; items: number; skipped: number }
  | { kind: 'done'; source: string; status: SaveStatus; id: string; duplicateOf?: string }
  | { kind: 'failed'; source: string; code: BatchFailureCode; message: string };

export type BatchListener = (event: BatchEvent) => void;

/** All the batch needs of a store: any `Store` will do. */
export type ReportSink = Pick<Store, 'saveReport'>;

export async function ingestBatch(
  inputs: readonly string[],
  store: ReportSink,
  options: BatchOptions = {},
  onEvent: BatchListener = () => {},
): Promise<BatchSummary> {
  const { overrides = {}, signal, ...targetOptions } = options;
  const summary: BatchSummary = { added: 0, duplicate: 0, nearDuplicate: 0, failed: [], skipped: 0, interrupted: false };
  const fail = (failure: BatchFailure): void => {
    summary.failed.push(failure);
    onEvent({ kind: 'failed', ...failure });
  };

  const { targets, errors } = await expandInputs(inputs);
  onEvent({ kind: 'start', total: targets.length + errors.length });
  for (const e of errors) fail(fromError(e, e.source));

  for (const target of targets) {
    if (signal?.aborted) {
      summary.interrupted = true;
      break;
    }
    const name = targetName(target);
    let result;
    try {
      result = await readTarget(target, targetOptions);
    } catch (err) {
      fail(fromError(err, name));
      continue;
    }
    const skipped = result.skipped ?? 0;
    summary.skipped += skipped;
    if (result.reports.length + result.errors.length > 1 || skipped > 0) {
      onEvent({ kind: 'expand', source: name, items: result.reports.length + result.errors.length - 1, skipped });
    }
    for (const e of result.errors) fail(fromError(e, e.source));
    for (const raw of result.reports) {
      if (signal?.aborted) {
        summary.interrupted = true;
        break;
      }
      let extraction;
      try {
        extraction = presentExtraction(analyse(raw, overrides));
      } catch (err) {
        fail(fromError(err, raw.source));
        continue;
      }
      try {
        const saved = await store.saveReport(extraction);
        if (saved.status === 'added') summary.added++;
        else if (saved.status === 'duplicate') summary.duplicate++;
        else summary.nearDuplicate++;
        onEvent({
          kind: 'done', source: raw.source, status: saved.status, id: saved.id,
          ...(saved.duplicateOf !== undefined ? { duplicateOf: saved.duplicateOf } : {}),
        });
      } catch (err) {
        fail({ source: raw.source, code: 'store-failed', message: `${raw.source}: could not be stored: ${messageOf(err)}` });
      }
    }
  }
  return summary;
}

function fromError(err: unknown, source: string): BatchFailure {
  if (err instanceof IngestError) return { source: err.source || source, code: err.code, message: err.message };
  return { source, code: 'internal-error', message: `${source}: internal error: ${messageOf(err)}` };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
