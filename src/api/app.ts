/**
 * The HTTP API as a hono app: `createApp({store})` returns it; `parley serve` serves it and
 * tests call `app.request(...)` in-process. Routes come from the table in routes.ts.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { inThread, type Analyser } from '../nlp/analyser.js';
import { webAssets } from '../server/web-assets.js';
import { KnowledgeBaseCache } from '../resolve/from-store.js';
import type { Store } from '../store/types.js';
import { ApiError, internal, notFound, payloadTooLarge } from './errors.js';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Largest request body accepted (default 5 MB). */
  maxBodyBytes?: number;
  /** Where unexpected errors are logged (their details never reach the client). */
  log?: (message: string) => void;
  /** The built web UI (dist/web): served for every path outside /api when given and built. */
  webDir?: string;
  /** Let POST /api/reports/fetch reach private and loopback addresses (off by default). */
  allowPrivateFetch?: boolean;
  /** Where reports are analysed (default: in this thread; `parley serve` passes a worker pool). */
  analyser?: Analyser;
  /** Start replaying the store's journal into the knowledge base now, not on the first request that needs it. */
  warmKnowledge?: boolean;
}

function send(c: Context, err: ApiError): Response {
  return c.json(err.toBody(), err.status);
}

export function createApp({ store, maxBodyBytes = DEFAULT_MAX_BODY_BYTES, log = (m) => process.stderr.write(`${m}\n`), webDir, allowPrivateFetch = false, warmKnowledge = false, analyser = inThread }: AppOptions): Hono {
  const app = new Hono();
  const document = openApiDocument(ROUTES, { title: 'Parley API', version: '0.1.0' });
  const knowledge = new KnowledgeBaseCache(store);
  if (warmKnowledge) knowledge.get().catch((err: unknown) => log(`knowledge base: ${err instanceof Error ? err.message : String(err)}`));
  // JSON answers are never sniffed as something else, nor cached (the store changes).
  app.use('/api/*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Cache-Control', 'no-store');
  });
  app.get('/openapi.json', (c) => c.json(document));
  const limit = bodyLimit({ maxSize: maxBodyBytes, onError: (c) => send(c, payloadTooLarge(maxBodyBytes)) });
  for (const route of ROUTES) {
    const handler = (c: Context): Promise<Response> => route.handle(c, { store, knowledge, analyser, allowPrivateFetch });
    if (route.method === 'get') app.get(route.path, handler);
    else app.post(route.path, limit, handler);
  }
  if (webDir !== undefined) app.use('*', webAssets(webDir));
  app.notFound((c) => send(c, notFound(`no route for ${c.req.method} ${new URL(c.req.url).pathname}`)));
  app.onError((err, c) => {
    if (err instanceof ApiError) return send(c, err);
    log(`parley api: ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return send(c, internal());
  });
  return app;
}
