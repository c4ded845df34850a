/**
 * One file on disk → a RawReport. Text and Markdown keep their body byte for byte (after
 * decoding); HTML goes through the article extractor. Size is checked before reading.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeBytes, sniffCharset } from './decode.js';
import { IngestError } from './errors.js';
import { splitFrontMatter } from './front-matter.js';
import { extractHtml } from './html.js';
import type { Warning } from '../model/warnings.js';
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
  return parseReportBytes(await readBounded(path, maxBytes), path, format);
}

/**
 * A file's bytes, refused when over `maxBytes`: the size is checked before reading, and the
 * read itself never goes past `maxBytes + 1` bytes (a file that grows meanwhile is refused too).
 */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size: string): IngestError =>
    new IngestError('too-large', path, `${path}: ${size} is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new IngestError(code === 'ENOENT' ? 'not-found' : 'read-failed', path, `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(err)})`}`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new IngestError('read-failed', path, `${path}: not a regular file`);
    if (info.size > maxBytes) throw tooLarge(formatBytes(info.size));
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(`more than ${formatBytes(maxBytes)}`);
      if (length === buffer.length) throw new IngestError('read-failed', path, `${path}: the file grew while it was being read`);
    }
    return buffer.subarray(0, length);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError('read-failed', path, `${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  } finally {
    await handle.close();
  }
}

/**
 * Bytes of a known format → RawReport (shared by files, uploads and fetched pages). `charset`
 * is what the transport declared (HTTP Content-Type); an HTML page's own `<meta charset>` is
 * used when the transport said nothing.
 */
export function parseReportBytes(bytes: Uint8Array, source: string, format: ReportFormat, charset?: string): RawReport {
  const declared = charset ?? (format === 'html' ? sniffCharset(bytes) : undefined);
  const { text, warnings } = decodeBytes(bytes, source, declared);
  if (format === 'html') {
    const page = extractHtml(text, source);
    // Decoding positions index the page's source, not the extracted text: drop them.
    return { source, format, text: page.text, meta: page.meta, warnings: [...warnings.map((w) => shift(w, -1)), ...page.warnings] };
  }
  const split = splitFrontMatter(text);
  if (split.body.trim().length === 0) throw new IngestError('empty-input', source, `${source}: the report has front matter but no body`);
  // The body is a suffix of the decoded text: positions move back by the front matter's length.
  const offset = text.length - split.body.length;
  return { source, format, text: split.body, meta: split.meta, warnings: [...warnings.map((w) => shift(w, offset)), ...split.warnings] };
}

/** A warning's position moved back by `offset` into the body; dropped when outside it (or offset < 0). */
function shift(w: Warning, offset: number): Warning {
  if (w.start === undefined || offset === 0) return w;
  const { start, end, ...rest } = w;
  if (offset < 0 || start < offset) return rest;
  return { ...rest, start: start - offset, ...(end !== undefined ? { end: end - offset } : {}) };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${n} B`;
}
