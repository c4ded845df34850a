/**
 * One file on disk → a RawReport. Text and Markdown keep their body byte for byte (after
 * decoding); HTML goes through the article extractor. Size is checked before reading.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes } from './decode.js';
import { IngestError } from './errors.js';
import { splitFrontMatter } from './front-matter.js';
import { extractHtml } from './html.js';
import type { RawReport, ReportFormat } from './report.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export const REPORT_EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
};

export interface ReadOptions {
  maxBytes?: number;
}

export function formatOf(path: string): ReportFormat | undefined {
  return REPORT_EXTENSIONS[extname(path).toLowerCase()];
}

export async function readReportFile(path: string, options: ReadOptions = {}): Promise<RawReport> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const format = formatOf(path);
  if (!format) throw new IngestError('unsupported-type', path, `${path}: not a report file (expected .txt, .md or .html)`);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(code === 'ENOENT' ? 'not-found' : 'read-failed', path, `${path}: ${code === 'ENOENT' ? 'no such file' : String(err)}`);
  }
  if (size > maxBytes) {
    throw new IngestError('too-large', path, `${path}: ${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
  }
  const bytes = await readFile(path);
  return parseReportBytes(bytes, path, format);
}

/** Bytes of a known format → RawReport (shared by files, uploads and fetched pages). */
export function parseReportBytes(bytes: Uint8Array, source: string, format: ReportFormat): RawReport {
  const { text, warnings } = decodeBytes(bytes, source);
  if (format === 'html') {
    const page = extractHtml(text, source);
    return { source, format, text: page.text, meta: page.meta, warnings: [...warnings, ...page.warnings] };
  }
  const split = splitFrontMatter(text);
  if (split.body.trim().length === 0) throw new IngestError('empty-input', source, `${source}: the report has front matter but no body`);
  return { source, format, text: split.body, meta: split.meta, warnings: [...warnings, ...split.warnings] };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}
