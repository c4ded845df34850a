/**
 * One input target → the reports it holds: a file holds one, a page URL one, a feed many.
 */
import { IngestError } from './errors.js';
import { readReportFile, type ReadOptions } from './read-file.js';
import type { RawReport } from './report.js';
import type { InputTarget } from './sources.js';

export interface TargetOptions extends ReadOptions {
  /** Allow fetching private, loopback and link-local addresses (tests use a loopback server). */
  allowPrivate?: boolean;
  timeoutMs?: number;
}

export interface TargetResult {
  reports: RawReport[];
  /** Items of a feed that failed; the others are still returned. */
  errors: IngestError[];
}

export async function readTarget(target: InputTarget, options: TargetOptions = {}): Promise<TargetResult> {
  if (target.kind === 'file') return { reports: [await readReportFile(target.path, options)], errors: [] };
  throw new IngestError('unsupported-type', target.url, `${target.url}: fetching URLs is not available yet`);
}
