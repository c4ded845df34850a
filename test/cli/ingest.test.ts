import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { z } from 'zod';
import { makeIngestCommand } from '../../src/cli/commands/ingest.js';
import type { Io } from '../../src/cli/command.js';
import { main } from '../../src/cli/main.js';
import { FIXTURES, MemoryStore } from '../ingest/helpers.js';

const MIXED = join(FIXTURES, 'mixed');

function capture(): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const sink = (append: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { append(String(chunk)); cb(); } });
  return {
    stdout: sink((s) => { out += s; }),
    stderr: sink((s) => { err += s; }),
    out: () => out,
    err: () => err,
  };
}

function withStore(store: MemoryStore, seen: (string | undefined)[] = []) {
  let closed = 0;
  const command = makeIngestCommand(async (data) => {
    seen.push(data);
    return { saveReport: (e) => store.saveReport(e), close: async () => { closed++; } };
  });
  return { command, closed: () => closed };
}

let dir: string;
before(async () => { dir = await mkdtemp(join(tmpdir(), 'parley-cli-ingest-')); });
after(() => rm(dir, { recursive: true, force: true }));

test('a mixed folder: good reports stored, a summary with every failure and its reason, exit 1', async () => {
  const store = new MemoryStore();
  const seen: (string | undefined)[] = [];
  const { command, closed } = withStore(store, seen);
  const io = capture();
  const code = await command.run([MIXED, '--data', '/some/dir'], io);
  assert.equal(code, 1);
  assert.deepEqual(seen, ['/some/dir']);
  assert.equal(closed(), 1, 'the store is closed');
  assert.equal(store.saved.length, 3);
  const out = io.out();
  assert.match(out, /^6 input\(s\) in \d+\.\d s: 3 added, 0 duplicate, 0 near-duplicate, 3 failed\nfailed:\n/);
  assert.match(out, /d-empty\.txt\n {4}empty-input: the input is empty\n/);
  assert.match(out, /e-binary\.txt\n {4}binary-input: /);
  assert.match(out, /f-no-text\.html\n {4}no-article-text: /);
  // Not a TTY: plain progress lines on stderr, one per report.
  assert.equal(io.err().split('\n').filter((l) => l.startsWith('ingest: ')).length, 6);
  assert.ok(!io.err().includes('\r'));
});

test('every input handled (added or duplicate) → exit 0; --json prints the summary', async () => {
  const store = new MemoryStore();
  const { command } = withStore(store);
  const good = [join(MIXED, 'a-geneva.md'), join(MIXED, 'b-abu-dhabi.txt')];
  assert.equal(await command.run(good, capture()), 0);
  const io = capture();
  assert.equal(await command.run([...good, '--json'], io), 0);
  const summary = z.object({
    added: z.number(), duplicate: z.number(), nearDuplicate: z.number(), skipped: z.number(), interrupted: z.boolean(), failedCount: z.number(), seconds: z.number(),
    failed: z.array(z.object({ source: z.string(), code: z.string(), message: z.string() })),
  }).parse(JSON.parse(io.out()));
  assert.deepEqual({ ...summary, seconds: 0 }, { added: 0, duplicate: 2, nearDuplicate: 0, skipped: 0, interrupted: false, failed: [], failedCount: 0, seconds: 0 });
});

test('overrides and limits reach the batch', async () => {
  const store = new MemoryStore();
  const { command } = withStore(store);
  const io = capture();
  assert.equal(await command.run([join(MIXED, 'b-abu-dhabi.txt'), join(MIXED, 'a-geneva.md'), '--publisher', 'Flag Press', '--max-bytes', '300'], io), 1);
  assert.deepEqual(store.saved.map((e) => e.publisher), ['Flag Press']);
  assert.match(io.out(), /a-geneva\.md\n {4}too-large: /);
});

test('usage errors exit 2 without opening the store; --help exits 0', async () => {
  let io = capture();
  assert.equal(await main(['ingest'], io), 2);
  assert.match(io.err(), /ingest needs at least one file/);
  io = capture();
  assert.equal(await main(['ingest', 'x', '--max-bytes', 'lots'], io), 2);
  assert.match(io.err(), /--max-bytes/);
  io = capture();
  assert.equal(await main(['ingest', 'x', '--published', '2025-13-01'], io), 2);
  io = capture();
  assert.equal(await main(['ingest', '--help'], io), 0);
  assert.match(io.out(), /--allow-private/);
});

test('a store that cannot be opened: a message and exit 1', async () => {
  const command = makeIngestCommand(async () => { throw new Error('locked by another process'); });
  const io = capture();
  assert.equal(await command.run([MIXED], io), 1);
  assert.match(io.err(), /cannot open the store: locked by another process/);
});

// With DATABASE_URL set the command would write into that server: this test is about the
// embedded default, so it skips rather than touch a shared database.
test('end to end with the embedded store: stored once, re-ingesting changes nothing', { skip: process.env['DATABASE_URL'] ? 'DATABASE_URL is set' : false }, async () => {
  const data = join(dir, 'store');
  const first = capture();
  assert.equal(await main(['ingest', MIXED, '--data', data], first), 1);
  assert.match(first.out(), /3 added, 0 duplicate, 0 near-duplicate, 3 failed/);
  const again = capture();
  assert.equal(await main(['ingest', join(MIXED, 'a-geneva.md'), join(MIXED, 'c-page.html'), '--data', data], again), 0);
  assert.match(again.out(), /0 added, 2 duplicate/);
});
