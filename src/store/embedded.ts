/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in a data folder. No server,
 * the same SQL dialect as the PostgreSQL engine. One process at a time may open a folder.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './db.js';

function wrap(q: PGlite | Transaction): Queryable {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
      return (await q.query<R>(sql, [...params])).rows;
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
  };
}

/** Opens (creating if needed) the PGlite database in `dir`; `undefined` keeps it in memory. */
export async function openEmbeddedDatabase(dir: string | undefined): Promise<Database> {
  if (dir !== undefined) await mkdir(dir, { recursive: true });
  const pg = await PGlite.create(dir !== undefined ? { dataDir: dir } : {});
  const base = wrap(pg);
  return {
    engine: 'embedded',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
