import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { z } from 'zod';
import { createApp, DEFAULT_MAX_BODY_BYTES } from '../../api/app.js';
import { WorkerPool } from '../../nlp/analyser.js';
import { openCliStore } from '../../config/cli-store.js';
import { ingestBatch } from '../../ingest/batch.js';
import type { Store } from '../../store/types.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type Command, type Io } from '../command.js';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
/** From dist/src/cli/commands/: the repository's examples and the built web UI. */
export const EXAMPLES_DIR = fileURLToPath(new URL('../../../../examples/reports/', import.meta.url));
export const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));

const Options = z.object({
  data: z.string().min(1).optional(),
  port: z.coerce.number().int().min(0).max(65535).optional(),
  host: z.string().min(1).max(255).optional(),
  'seed-examples': z.boolean().optional(),
  examples: z.string().min(1).optional(),
  'max-body-bytes': z.coerce.number().int().min(1024).max(1024 ** 3).optional(),
  'allow-private': z.boolean().optional(),
});

/** Ingests the example reports into an empty store; says what it did. */
export async function seedExamples(store: Store, io: Io, dir = EXAMPLES_DIR): Promise<void> {
  const stored = await store.countReports();
  if (stored > 0) {
    io.stdout.write(`parley serve: ${stored} report(s) already stored; not seeding the examples\n`);
    return;
  }
  if (!existsSync(dir)) {
    io.stderr.write(`parley serve: no example reports at ${dir}; starting with an empty store\n`);
    return;
  }
  // Sources read `examples/reports/…` when started from the repository (npm start).
  const rel = relative(process.cwd(), dir);
  const summary = await ingestBatch([rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir], store);
  io.stdout.write(`parley serve: seeded the example reports: ${summary.added} added, ${summary.duplicate} duplicate, ${summary.nearDuplicate} near-duplicate, ${summary.failed.length} failed\n`);
  for (const f of summary.failed) io.stderr.write(`parley serve:   ${f.source}: ${f.code}: ${f.message}\n`);
}

function listen(app: ReturnType<typeof createApp>, port: number, hostname: string): Promise<{ server: ServerType; address: AddressInfo }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info) => resolve({ server, address: info }));
    server.once('error', reject);
  });
}

/** Resolves on the first SIGINT or SIGTERM. */
function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (and the web UI when built) over the store',
  usage: `parley serve [--port N] [--host H] [--seed-examples [--examples DIR]] [--data DIR]
  --port N              port to listen on (default PORT or ${DEFAULT_PORT}; 0 picks a free one)
  --host H              address to listen on (default ${DEFAULT_HOST}: this machine only)
  --seed-examples       when the store holds no report yet, ingest examples/reports/ first
  --examples DIR        the folder --seed-examples reads instead of examples/reports/
  --max-body-bytes N    largest request body accepted (default ${DEFAULT_MAX_BODY_BYTES})
  --allow-private       let POST /api/reports/fetch reach private and loopback addresses
  --data DIR            the embedded store's folder (default PARLEY_DATA or ./.parley/data;
                        DATABASE_URL selects a PostgreSQL server instead)
  Routes: GET /api/reports, /api/reports/:id, /api/search?q=, /api/entities, /api/timexes,
  /api/claims, /api/timeline, /api/actors, /api/entities/:id; POST /api/reports, /api/reports/fetch,
  /api/entities/merge, /api/entities/:id/split; the OpenAPI document at /openapi.json. Stop with Ctrl-C.`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' },
      'seed-examples': { type: 'boolean' }, examples: { type: 'string' }, 'max-body-bytes': { type: 'string' },
      'allow-private': { type: 'boolean' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const opened = await openCliStore('serve', values.data, io);
    if ('exitCode' in opened) return opened.exitCode;
    const { store, env, where } = opened;
    let server: ServerType | undefined;
    // Reports posted to the API are analysed off the main thread, so a long one stalls no request.
    const analyser = new WorkerPool();
    try {
      if (values['seed-examples']) await seedExamples(store, io, values.examples ?? EXAMPLES_DIR);
      const app = createApp({
        store,
        analyser,
        ...(values['max-body-bytes'] !== undefined ? { maxBodyBytes: values['max-body-bytes'] } : {}),
        ...(existsSync(WEB_DIR) ? { webDir: WEB_DIR } : {}),
        ...(values['allow-private'] ? { allowPrivateFetch: true } : {}),
        warmKnowledge: true,
      });
      const host = values.host ?? DEFAULT_HOST;
      let listening;
      try {
        listening = await listen(app, values.port ?? env.PORT ?? DEFAULT_PORT, host);
      } catch (err) {
        io.stderr.write(`parley serve: cannot listen on ${host}:${values.port ?? env.PORT ?? DEFAULT_PORT}: ${err instanceof Error ? err.message : String(err)}\n`);
        return 1;
      }
      server = listening.server;
      const shownHost = listening.address.family === 'IPv6' ? `[${listening.address.address}]` : listening.address.address;
      const url = `http://${shownHost}:${listening.address.port}/`;
      io.stdout.write(`parley serve: ${await store.countReports()} report(s) in the ${where}\n`);
      io.stdout.write(`parley serve: listening on ${url}  (API: ${url}api/reports, OpenAPI: ${url}openapi.json${existsSync(WEB_DIR) ? '' : '; web UI not built: npm run build:web'})\n`);
      const signal = await untilSignal();
      io.stdout.write(`parley serve: ${signal}: stopping\n`);
      return 0;
    } finally {
      if (server) {
        const s = server;
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      await analyser.close();
      await store.close();
    }
  },
};
