import { Document, type ReportMeta } from '../../src/model/document.js';
import { reportId } from '../../src/ingest/report-id.js';

/** A Document over our own test text, with a fixed publication date unless told otherwise. */
export function makeDoc(text: string, meta: Partial<ReportMeta> = {}): Document {
  return new Document({
    id: reportId(text),
    source: 'test.txt',
    text,
    meta: { title: null, published: '2025-12-02', publisher: null, url: null, authors: [], ...meta },
  });
}
