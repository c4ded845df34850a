/**
 * Serves the built web UI (`dist/web/`, made by `npm run build:web`) from the API's hono app.
 *
 *   app.use('*', webAssets(defaultWebDir()))   // after the /api routes, or anywhere: /api/* is passed on
 *
 * - GET/HEAD of a file under the folder → the file, with its content type; hashed files under
 *   /assets/ are cached for a year, index.html is never cached.
 * - GET/HEAD of any other path outside /api → index.html (the UI routes on the client).
 * - Every response it makes carries a strict Content-Security-Policy (no inline script, no
 *   outside host), `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer` and
 *   `X-Frame-Options: DENY`.
 * - No path traversal: the decoded path must resolve inside the folder (symlinks included),
 *   and dot-files, NUL bytes and backslashes are refused.
 * - /api/*, other methods and a missing build are passed to `next()`.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MiddlewareHandler } from 'hono';

/** `dist/web/`, where `npm run build:web` puts the UI, seen from this compiled file (`dist/src/server/`). */
export function defaultWebDir(): string {
  return fileURLToPath(new URL('../../web/', import.meta.url));
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface WebAssetsOptions {
  /** Paths under this prefix are never answered here (default '/api'). */
  readonly apiPrefix?: string;
}

/**
 * Resolve a URL path to a file inside `root`, or null when the path is unsafe. Pure apart from
 * nothing: the caller checks that the file exists and really lies inside (realpath).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return null;
  const full = path.resolve(root, ...parts);
  const base = path.resolve(root);
  return full === base || full.startsWith(base + path.sep) ? full : null;
}

export function webAssets(distDir: string, options: WebAssetsOptions = {}): MiddlewareHandler {
  const { apiPrefix = '/api' } = options;
  const root = path.resolve(distDir);
  let realRoot: string | null = null;

  const send = (body: Uint8Array | null, type: string, cache: string, status = 200): Response => {
    const headers = new Headers({ ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': cache });
    if (body) headers.set('Content-Length', String(body.byteLength));
    return new Response(body ? new Uint8Array(body) : null, { status, headers });
  };

  const readInside = async (file: string): Promise<Uint8Array | null> => {
    try {
      realRoot ??= await realpath(root);
      const real = await realpath(file);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return null;
      const s = await stat(real);
      if (!s.isFile()) return null;
      return await readFile(real);
    } catch {
      return null;
    }
  };

  return async (c, next) => {
    const method = c.req.method;
    const urlPath = new URL(c.req.url).pathname;
    if ((method !== 'GET' && method !== 'HEAD') || urlPath === apiPrefix || urlPath.startsWith(`${apiPrefix}/`)) {
      return next();
    }
    const head = method === 'HEAD';
    const file = resolveInside(root, urlPath);
    if (file === null) {
      return send(new TextEncoder().encode('bad path\n'), 'text/plain; charset=utf-8', 'no-store', 400);
    }
    if (file !== root) {
      const body = await readInside(file);
      if (body) {
        const immutable = urlPath.startsWith('/assets/');
        const cache = immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
        const res = send(head ? null : body, contentType(file), cache);
        if (head) res.headers.set('Content-Length', String(body.byteLength));
        return res;
      }
      // A missing file with an extension (a stale hashed asset, /favicon.ico) is a 404, not the app.
      if (path.extname(file) !== '' && path.extname(file) !== '.html') {
        return send(new TextEncoder().encode('not found\n'), 'text/plain; charset=utf-8', 'no-store', 404);
      }
    }
    const index = await readInside(path.join(root, 'index.html'));
    if (!index) return next();
    const res = send(head ? null : index, 'text/html; charset=utf-8', 'no-cache');
    if (head) res.headers.set('Content-Length', String(index.byteLength));
    return res;
  };
}
