/**
 * One input target → the reports it holds: a file holds one, a page URL one, a feed many.
 * A URL is fetched (fetch.ts: limits and address checks); what came back is a feed when its
 * content type or its first element says so (`<rss`, `<feed`, `<rdf:RDF`), else a page.
 */
import type { IngestError } from './errors.js';
import { readFeed, type FeedOptions } from './feed.js';
import { fetchUrl } from './fetch.js';
import { parseReportBytes, readReportFile, type ReadOptions } from './read-file.js';
import type { RawReport } from './report.js';
import type { InputTarget } from './sources.js';

export interface TargetOptions extends ReadOptions, FeedOptions {
  /** Allow fetching private, loopback and link-local addresses (tests use a loopback server). */
  allowPrivate?: boolean;
  /** Total time for one fetch (a page, a feed, each feed item), redirects included. */
  timeoutMs?: number;
}

export interface TargetResult {
  reports: RawReport[];
  /** Items of a feed that failed; the others are still returned. */
  errors: IngestError[];
  /** Feed items past the item cap, not read. */
  skipped?: number;
}

export async function readTarget(target: InputTarget, options: TargetOptions = {}): Promise<TargetResult> {
  if (target.kind === 'file') return { reports: [await readReportFile(target.path, options)], errors: [] };
  const fetched = await fetchUrl(target.url, options);
  if (fetched.kind === 'feed') {
    const feed = await readFeed(fetched, options);
    return { reports: feed.reports, errors: feed.errors, ...(feed.skipped > 0 ? { skipped: feed.skipped } : {}) };
  }
  const report = parseReportBytes(fetched.bytes, target.url, fetched.kind, fetched.charset);
  report.meta.url ??= fetched.url;
  return { reports: [report], errors: [] };
}
