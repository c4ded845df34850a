/**
 * The embedded engine: PGlite (PostgreSQL compiled to WebAssembly) in a data folder. No server,
 * the same SQL dialect as the PostgreSQL engine.
 *
 * PGlite is single-user: two processes opening one folder would corrupt it. A lock file beside
 * the folder (`<dir>.lock`, holding the owner's pid) refuses a second opener with a clear
 * message; a lock left by a process that no longer runs (killed) is taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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

export class DataFolderLockedError extends Error {
  override readonly name = 'DataFolderLockedError';
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock; resolves to its release. */
export async function lockDataFolder(dir: string): Promise<() => Promise<void>> {
  const path = `${resolve(dir)}.lock`;
  await mkdir(dirname(path), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(`${process.pid}\n`);
      await fh.close();
      return () => rm(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw err;
      const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(pid) && pid > 0 && running(pid)) {
        throw new DataFolderLockedError(
          `the data folder ${resolve(dir)} is in use by ${pid === process.pid ? 'this process' : `another process (pid ${pid}, e.g. parley serve)`}; ` +
          `stop it or, while it serves, add reports with POST /api/reports (or set DATABASE_URL to share a PostgreSQL server)`);
      }
      await rm(path, { force: true });
    }
  }
}

/** Opens (creating if needed) the PGlite database in `dir`; `undefined` keeps it in memory. */
export async function openEmbeddedDatabase(dir: string | undefined): Promise<Database> {
  let release = async (): Promise<void> => undefined;
  if (dir !== undefined) {
    await mkdir(dir, { recursive: true });
    release = await lockDataFolder(dir);
  }
  let pg: PGlite;
  try {
    pg = await PGlite.create(dir !== undefined ? { dataDir: dir } : {});
  } catch (err) {
    await release();
    throw err;
  }
  const base = wrap(pg);
  return {
    engine: 'embedded',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        await pg.close();
      } finally {
        await release();
      }
    },
  };
}
