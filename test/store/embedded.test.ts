/**
 * The storage suite on the embedded engine (PGlite in a temporary data folder), plus what only
 * the embedded engine has: a data folder that survives closing and a killed process.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DataFolderLockedError, openEmbeddedDatabase } from '../../src/store/embedded.js';
import { openStore } from '../../src/store/open.js';
import { fillerReport, genevaReport } from './fixtures.js';
import { storeSuite } from './suite.js';

let dir = '';
storeSuite('embedded (PGlite)', {
  async open() {
    dir = await mkdtemp(join(tmpdir(), 'parley-store-'));
    return openEmbeddedDatabase(join(dir, 'data'));
  },
  async cleanup() {
    await rm(dir, { recursive: true, force: true });
  },
});

describe('embedded store data folder', () => {
  it('keeps reports after closing and reopening the folder', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'parley-reopen-'));
    try {
      const target = { engine: 'embedded', dir: join(tmp, 'nested', 'data') } as const;
      const first = await openStore(target);
      const x = genevaReport();
      await first.saveReport(x);
      await first.close();
      const second = await openStore(target);
      assert.equal(await second.countReports(), 1);
      assert.equal((await second.getReport(x.id))?.title, x.title);
      assert.equal((await second.saveReport(genevaReport())).status, 'duplicate');
      await second.close();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it('refuses a second opener of the same folder while the first has it open', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'parley-lock-'));
    try {
      const target = { engine: 'embedded', dir: join(tmp, 'data') } as const;
      const first = await openStore(target);
      await assert.rejects(openStore(target), (err: unknown) => err instanceof DataFolderLockedError && /in use by this process/.test(err.message));
      await first.close();
      const second = await openStore(target);
      await second.close();
      // A lock left by a process that is gone is taken over.
      await writeFile(`${target.dir}.lock`, '999999999\n');
      const third = await openStore(target);
      await third.close();
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it('loses nothing committed when the process is killed mid-batch', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'parley-crash-'));
    try {
      const data = join(tmp, 'data');
      const child = fileURLToPath(new URL('./crash-child.js', import.meta.url));
      // The child saves reports one by one, printing each id once committed, and never closes.
      const proc = spawn(process.execPath, [child, data], { stdio: ['ignore', 'pipe', 'inherit'] });
      const committed: string[] = [];
      await new Promise<void>((resolve, reject) => {
        let buffer = '';
        proc.stdout.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          for (const line of lines) if (line.startsWith('saved ')) committed.push(line.slice(6));
          if (committed.length >= 3) {
            proc.kill('SIGKILL');
            resolve();
          }
        });
        proc.on('exit', () => resolve());
        proc.on('error', reject);
      });
      await new Promise((r) => (proc.exitCode !== null || proc.signalCode !== null ? r(null) : proc.on('exit', r)));
      assert.ok(committed.length >= 3, `the child committed ${committed.length} reports before it was killed`);
      const store = await openStore({ engine: 'embedded', dir: data });
      try {
        for (const id of committed) assert.ok(await store.getReport(id), `report ${id} survived the kill`);
        const expected = Array.from({ length: 40 }, (_, i) => fillerReport(i + 1).id);
        assert.deepEqual(committed, expected.slice(0, committed.length));
      } finally {
        await store.close();
      }
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
