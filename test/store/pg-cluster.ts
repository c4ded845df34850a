/**
 * A PostgreSQL server for the storage suite:
 *  1. PARLEY_TEST_DATABASE_URL, when set, is used as is (the suite truncates its tables);
 *  2. otherwise, when Debian's server binaries exist (/usr/lib/postgresql/<v>/bin/initdb and
 *     pg_ctl), a throwaway cluster is created in a temporary folder and started on a free
 *     loopback port — as the `postgres` user when running as root, since initdb refuses root —
 *     and stopped and deleted afterwards;
 *  3. otherwise the suite is skipped with the reason — unless PARLEY_REQUIRE_POSTGRES=1 (CI),
 *     which turns the skip into a failure so the PostgreSQL half can never be skipped silently.
 */
import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export type ServerOrReason = { server: TestServer } | { skip: string };

async function findBinaries(): Promise<string | null> {
  let versions: string[];
  try {
    versions = await readdir('/usr/lib/postgresql');
  } catch {
    return null;
  }
  for (const v of versions.sort((a, b) => Number(b) - Number(a))) {
    const bin = `/usr/lib/postgresql/${v}/bin`;
    try {
      await run(`${bin}/initdb`, ['--version']);
      await run(`${bin}/pg_ctl`, ['--version']);
      return bin;
    } catch {
      // not this version
    }
  }
  return null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function uidOf(user: string): Promise<{ uid: number; gid: number } | null> {
  try {
    const { stdout } = await run('id', ['-u', user]);
    const { stdout: g } = await run('id', ['-g', user]);
    return { uid: Number(stdout.trim()), gid: Number(g.trim()) };
  } catch {
    return null;
  }
}

export async function testServer(database = 'parley_test'): Promise<ServerOrReason> {
  const found = await findServer(database);
  if ('skip' in found && process.env['PARLEY_REQUIRE_POSTGRES'] === '1') {
    throw new Error(`PARLEY_REQUIRE_POSTGRES=1 but ${found.skip}`);
  }
  return found;
}

async function findServer(database: string): Promise<ServerOrReason> {
  const given = process.env['PARLEY_TEST_DATABASE_URL'];
  if (given) return { server: { url: given, stop: async () => undefined } };
  const bin = await findBinaries();
  if (!bin) {
    return { skip: 'no PostgreSQL: set PARLEY_TEST_DATABASE_URL or install Debian\'s postgresql (initdb and pg_ctl under /usr/lib/postgresql/*/bin)' };
  }
  const root = userInfo().uid === 0;
  const owner = root ? await uidOf('postgres') : null;
  if (root && !owner) return { skip: 'running as root and there is no `postgres` user to run initdb as (initdb refuses root)' };
  const dir = await mkdtemp(join(tmpdir(), 'parley-pg-'));
  const data = join(dir, 'data');
  const as = (cmd: string, args: string[]): Promise<unknown> =>
    root ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
  if (owner) {
    await chown(dir, owner.uid, owner.gid);
    await chmod(dir, 0o700);
  }
  const port = await freePort();
  try {
    await as(`${bin}/initdb`, ['-D', data, '-U', 'parley', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await as(`${bin}/pg_ctl`, ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start',
      '-o', `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`]);
  } catch (err) {
    // The binaries are there but the cluster would not start: that is a failure, not a skip.
    const log = await readFile(join(dir, 'server.log'), 'utf8').catch(() => '');
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL cluster with ${bin}: ${err instanceof Error ? err.message : String(err)}\n${log.slice(-2000)}`);
  }
  const admin = new pg.Client({ connectionString: `postgres://parley@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query(`create database ${database}`);
  await admin.end();
  return {
    server: {
      url: `postgres://parley@127.0.0.1:${port}/${database}`,
      async stop() {
        await as(`${bin}/pg_ctl`, ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        await rm(dir, { recursive: true, force: true });
      },
    },
  };
}
