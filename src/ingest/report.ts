/**
 * A report as read, before any NLP: the body text, what it says about itself, and the
 * findings of reading it. `toDocument` turns it into the one document model.
 */
import { Document, type ReportMeta } from '../model/document.js';
import type { Warning } from '../model/warnings.js';
import type { FrontMatterMeta } from './front-matter.js';
import { reportId } from './report-id.js';

export type ReportFormat = 'text' | 'markdown' | 'html';

export interface RawReport {
  /** The path or URL as given. */
  source: string;
  format: ReportFormat;
  text: string;
  meta: FrontMatterMeta;
  warnings: Warning[];
}

/** CLI/API overrides: they win over front matter and HTML meta. */
export interface MetaOverrides {
  title?: string;
  published?: string;
  publisher?: string;
  url?: string;
}

export function toDocument(raw: RawReport, overrides: MetaOverrides = {}): Document {
  const meta: ReportMeta = {
    title: overrides.title ?? raw.meta.title ?? null,
    published: overrides.published ?? raw.meta.published ?? null,
    publisher: overrides.publisher ?? raw.meta.publisher ?? null,
    url: overrides.url ?? raw.meta.url ?? null,
    authors: raw.meta.authors ?? [],
  };
  const warnings = [...raw.warnings];
  if (meta.published === null) {
    warnings.push({
      code: 'missing-published', rule: 'ingest/meta',
      message: 'no publication date (front matter `published`, HTML meta or --published): relative dates stay unresolved',
    });
  }
  return new Document({ id: reportId(raw.text), source: raw.source, text: raw.text, meta, warnings });
}
