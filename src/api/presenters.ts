/**
 * Presenters: the only place that shapes the API's JSON. Each takes what a command returned
 * and gives the response its schema in schemas.ts declares.
 */
import type { z } from 'zod';
import type { Paged, ReportSummary, SaveResult, SearchHit, StoredReport } from '../store/types.js';
import type { ReportListResponse, ReportResponse, SaveResponse, SearchResponse } from './schemas.js';

export const reportHref = (id: string): string => `/api/reports/${encodeURIComponent(id)}`;

export function presentReportList(page: Paged<ReportSummary>): z.infer<typeof ReportListResponse> {
  return { ...page, items: page.items.map((r) => ({ ...r, href: reportHref(r.id) })) };
}

export function presentReport(report: StoredReport): z.infer<typeof ReportResponse> {
  return report;
}

export function presentSearch(page: Paged<SearchHit>): z.infer<typeof SearchResponse> {
  return { ...page, items: page.items.map((h) => ({ ...h, href: reportHref(h.id) })) };
}

export function presentPage<T>(page: Paged<T>): Paged<T> {
  return { items: page.items, total: page.total, limit: page.limit, offset: page.offset };
}

export function presentSave(result: SaveResult, warnings: readonly { code: string; message: string }[]): z.infer<typeof SaveResponse> {
  return {
    status: result.status,
    id: result.id,
    ...(result.duplicateOf !== undefined ? { duplicateOf: result.duplicateOf } : {}),
    ...(result.similarity !== undefined ? { similarity: result.similarity } : {}),
    href: reportHref(result.status === 'added' ? result.id : (result.duplicateOf ?? result.id)),
    warnings: warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
