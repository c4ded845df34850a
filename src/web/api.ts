/**
 * The HTTP API client. Every response body goes through `normaliseReport`/`normaliseSummary`
 * before the UI sees it; errors become `ApiError` with the server's stable id when it gives one
 * (`{error: {id, message}}`).
 */
import { normaliseReport, normaliseSummary, type ReportData, type ReportSummary } from '../views/extraction.js';

export class ApiError extends Error {
  constructor(readonly id: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

async function errorFrom(res: Response): Promise<ApiError> {
  let id = `http-${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  try {
    const body: unknown = await res.json();
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const err = (body as { error: unknown }).error;
      if (typeof err === 'object' && err !== null) {
        const e = err as { id?: unknown; message?: unknown };
        if (typeof e.id === 'string') id = e.id;
        if (typeof e.message === 'string') message = e.message;
      }
    }
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(id, message, res.status);
}

export async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  const res = await fetch(path, { headers: { Accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) throw await errorFrom(res);
  return res.json() as Promise<unknown>;
}

/** The list may come as an array or wrapped (`{reports: [...]}`, `{items: [...]}`, `{data: [...]}`). */
export function unwrapList(body: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body === 'object' && body !== null) {
    for (const k of [...keys, 'items', 'data', 'results']) {
      const v = (body as Record<string, unknown>)[k];
      if (Array.isArray(v)) return v;
    }
  }
  return [];
}

function unwrapReport(body: unknown): unknown {
  if (typeof body === 'object' && body !== null && !('text' in body)) {
    for (const k of ['report', 'extraction', 'data']) {
      const v = (body as Record<string, unknown>)[k];
      if (typeof v === 'object' && v !== null) return v;
    }
  }
  return body;
}

export async function listReports(signal?: AbortSignal): Promise<ReportSummary[]> {
  const out: ReportSummary[] = [];
  const limit = 200;
  // The API pages with limit/offset (`{items, total, limit, offset}`); follow it to the end.
  for (let offset = 0, page = 0; page < 500; page++) {
    const body = await getJson(`/api/reports?limit=${limit}&offset=${offset}`, signal);
    const items = unwrapList(body, 'reports');
    for (const item of items) {
      const s = normaliseSummary(item);
      if (s) out.push(s);
    }
    const total = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['total'] : undefined;
    offset += items.length;
    if (items.length < limit || (typeof total === 'number' && offset >= total)) break;
  }
  return out;
}

export async function getReport(id: string, signal?: AbortSignal): Promise<ReportData> {
  return normaliseReport(unwrapReport(await getJson(`/api/reports/${encodeURIComponent(id)}`, signal)));
}

export interface UploadProgress {
  readonly phase: 'uploading' | 'analysing' | 'done' | 'error';
  /** 0..1 while uploading. */
  readonly fraction: number;
}

export interface UploadResult {
  readonly id: string;
  readonly status: string;
  readonly duplicateOf?: string | undefined;
  readonly report: ReportData | null;
}

function parseUpload(body: unknown): UploadResult {
  const o = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const inner = unwrapReport(o);
  const report = typeof inner === 'object' && inner !== null && 'text' in inner ? normaliseReport(inner) : null;
  const id = typeof o['id'] === 'string' ? o['id'] : report?.id ?? '';
  const status = typeof o['status'] === 'string' ? o['status'] : 'added';
  return { id, status, report, duplicateOf: typeof o['duplicateOf'] === 'string' ? o['duplicateOf'] : undefined };
}

/** The raw content type the API accepts for a file, from its name (or its declared type). */
export function uploadType(file: { readonly name: string; readonly type: string }): string | null {
  const name = file.name.toLowerCase();
  if (/\.(md|markdown)$/.test(name)) return 'text/markdown';
  if (/\.(html?|xhtml)$/.test(name)) return 'text/html';
  if (/\.txt$/.test(name)) return 'text/plain';
  if (file.type === 'text/markdown' || file.type === 'text/html' || file.type === 'text/plain') return file.type;
  return null;
}

export interface PastedReport {
  readonly text: string;
  readonly format: 'text' | 'markdown' | 'html';
  readonly title?: string | undefined;
  readonly published?: string | undefined;
  readonly publisher?: string | undefined;
  readonly url?: string | undefined;
}

/**
 * POST a report with upload progress (XMLHttpRequest: fetch cannot report upload progress):
 * pasted text as JSON (`{text, format, title?, …}`), or a file's bytes as a raw body with its
 * content type. Resolves with the save result (`{status, id, …}`); the report itself is then
 * fetched with `getReport`.
 */
export function postReport(
  body: { readonly pasted: PastedReport } | { readonly file: File; readonly type: string },
  onProgress: (p: UploadProgress) => void,
): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'file' in body ? `/api/reports?source=${encodeURIComponent(body.file.name.slice(0, 200) || 'upload')}` : '/api/reports');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress({ phase: 'uploading', fraction: e.lengthComputable ? e.loaded / e.total : 0 });
    xhr.upload.onload = () => onProgress({ phase: 'analysing', fraction: 1 });
    xhr.onerror = () => { onProgress({ phase: 'error', fraction: 0 }); reject(new ApiError('network', 'The server could not be reached.', 0)); };
    xhr.onload = () => {
      let parsed: unknown = null;
      try { parsed = JSON.parse(xhr.responseText) as unknown; } catch { parsed = null; }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress({ phase: 'done', fraction: 1 });
        resolve(parseUpload(parsed));
        return;
      }
      onProgress({ phase: 'error', fraction: 0 });
      const err = typeof parsed === 'object' && parsed !== null ? (parsed as { error?: { id?: unknown; message?: unknown } }).error : undefined;
      reject(new ApiError(
        typeof err?.id === 'string' ? err.id : `http-${xhr.status}`,
        typeof err?.message === 'string' ? err.message : `The server answered ${xhr.status}.`,
        xhr.status,
      ));
    };
    if ('pasted' in body) {
      const p = body.pasted;
      const json: Record<string, string> = { text: p.text, format: p.format, source: 'pasted' };
      for (const k of ['title', 'published', 'publisher', 'url'] as const) { const v = p[k]?.trim(); if (v) json[k] = v; }
      xhr.setRequestHeader('Content-Type', 'application/json');
      xhr.send(JSON.stringify(json));
    } else {
      xhr.setRequestHeader('Content-Type', body.type);
      xhr.send(body.file);
    }
  });
}

/**
 * Ask the server to fetch a page or a feed by URL (the browser itself may not reach outside
 * hosts). Resolves with one upload result per stored report, and the items that failed.
 */
export async function fetchUrl(url: string): Promise<{ saved: UploadResult[]; failed: { code: string; message: string }[] }> {
  const res = await fetch('/api/reports/fetch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ url }),
  });
  if (!res.ok) throw await errorFrom(res);
  const body = (await res.json()) as { saved?: unknown; failed?: unknown };
  const saved = Array.isArray(body.saved) ? body.saved.map(parseUpload) : [];
  const failed = Array.isArray(body.failed)
    ? body.failed.filter((f): f is { code: string; message: string } => typeof f === 'object' && f !== null && typeof (f as { code?: unknown }).code === 'string' && typeof (f as { message?: unknown }).message === 'string')
    : [];
  return { saved, failed };
}
