/**
 * The server engine: a PostgreSQL database reached through `DATABASE_URL` with node-postgres.
 */
import pg from 'pg';
import type { Database, Queryable, Row } from './db.js';

function wrap(q: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
      return (await q.query<R>(sql, [...params])).rows;
    },
    async exec(sql: string): Promise<void> {
      await q.query(sql);
    },
  };
}

export async function openPostgresDatabase(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 5 });
  // An idle connection dropped by the server must not crash the process: the pool replaces it.
  pool.on('error', (err) => process.stderr.write(`parley store: PostgreSQL connection lost: ${err.message}\n`));
  // Fail now (bad URL, server down) rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const base = wrap(pool);
  return {
    engine: 'postgres',
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
