/**
 * Opening the store: PostgreSQL when a database URL is given (DATABASE_URL), otherwise the
 * embedded engine in the data folder (--data, PARLEY_DATA, default ./.parley/data). Pending
 * migrations are applied before the store is returned.
 */
import { resolve } from 'node:path';
import type { Env } from '../config/env.js';
import type { Database } from './db.js';
import { openEmbeddedDatabase } from './embedded.js';
import { migrate } from './migrate.js';
import { openPostgresDatabase } from './postgres.js';
import { SqlStore } from './sql-store.js';
import type { Store } from './types.js';

export const DEFAULT_DATA_DIR = './.parley/data';

export type StoreTarget =
  | { readonly engine: 'postgres'; readonly url: string }
  /** `dir` undefined: in memory (tests). */
  | { readonly engine: 'embedded'; readonly dir: string | undefined };

/** Where the store lives: the --data flag wins over PARLEY_DATA; DATABASE_URL wins over both. */
export function storeTarget(env: Env, dataFlag?: string): StoreTarget {
  if (env.DATABASE_URL !== undefined) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'embedded', dir: resolve(dataFlag ?? env.PARLEY_DATA ?? DEFAULT_DATA_DIR) };
}

export async function openDatabase(target: StoreTarget): Promise<Database> {
  return target.engine === 'postgres' ? openPostgresDatabase(target.url) : openEmbeddedDatabase(target.dir);
}

export async function openStore(target: StoreTarget): Promise<Store> {
  const db = await openDatabase(target);
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
  return new SqlStore(db);
}

export function describeTarget(target: StoreTarget): string {
  if (target.engine === 'embedded') return target.dir === undefined ? 'embedded store (in memory)' : `embedded store in ${target.dir}`;
  const u = new URL(target.url);
  return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
}
