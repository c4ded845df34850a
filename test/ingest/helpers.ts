/**
 * Test helpers for ingest: where the fixtures are, an in-memory Store (ids as the real store
 * keys them; only `saveReport`, all the batch uses: same id → duplicate, same title + publisher → near-duplicate) and a loopback
 * HTTP server whose routes the test writes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Extraction } from '../../src/model/extraction.js';
import type { ReportSink } from '../../src/ingest/batch.js';
import type { SaveResult } from '../../src/store/types.js';

/** test/fixtures/ingest, from dist/test/ingest/*.js or test/ingest/*.ts alike. */
export const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/ingest/', import.meta.url));

export class MemoryStore implements ReportSink {
  readonly saved: Extraction[] = [];
  /** Sources whose save should throw (to test store failures mid-batch). */
  failOn = new Set<string>();

  async saveReport(extraction: Extraction): Promise<SaveResult> {
    if (this.failOn.has(extraction.source)) throw new Error('disk full');
    const same = this.saved.find((e) => e.id === extraction.id);
    if (same) return { status: 'duplicate', id: same.id, duplicateOf: same.id };
    const near = this.saved.find((e) => e.title !== null && e.title === extraction.title && e.publisher === extraction.publisher);
    if (near) return { status: 'near-duplicate', id: extraction.id, duplicateOf: near.id, similarity: 0.9 };
    this.saved.push(extraction);
    return { status: 'added', id: extraction.id };
  }
}

export type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

export interface TestServer {
  base: string;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 (port 0); `routes` maps a path to its handler, anything else is 404. */
export async function serve(routes: Record<string, Handler>): Promise<TestServer> {
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    handler(req, res, base);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A handler that answers with a fixed body and content type. */
export function page(body: string | Uint8Array, contentType = 'text/html; charset=utf-8', status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType }).end(body);
  };
}
