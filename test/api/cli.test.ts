/**
 * The store commands (reports, search, export, serve) through `main()` with captured output,
 * over an embedded store in a temporary folder; `serve` runs as a child process on port 0.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { run } from '../helpers/cli.js';
import { ExtractionSchema } from '../../src/model/extraction.js';
import { openStore } from '../../src/store/open.js';
import { genevaReport, moscowReport } from '../store/fixtures.js';


let tmp = '';
let data = '';
const savedEnv = { ...process.env };

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'parley-cli-'));
  data = join(tmp, 'data');
  delete process.env['DATABASE_URL'];
  delete process.env['PARLEY_DATA'];
  delete process.env['PORT'];
  const store = await openStore({ engine: 'embedded', dir: data });
  await store.saveReport(genevaReport());
  await store.saveReport(moscowReport());
  await store.close();
});
after(async () => {
  process.env = savedEnv;
  await rm(tmp, { recursive: true, force: true });
});

describe('parley reports / search / export', () => {
  it('lists reports as lines and as JSON', async () => {
    const plain = await run('reports', '--data', data);
    assert.equal(plain.code, 0, plain.err);
    assert.match(plain.out, new RegExp(`^${moscowReport().id}  2025-12-03  Other Test Daily  Envoy briefs the Kremlin$`, 'm'));
    assert.match(plain.out, /1–2 of 2 report\(s\)/);
    const json = await run('reports', '--data', data, '--json', '--limit', '1', '--publisher', 'parley test wire');
    const page = JSON.parse(json.out) as { total: number; items: { id: string }[] };
    assert.deepEqual([page.total, page.items.map((r) => r.id)], [1, [genevaReport().id]]);
  });

  it('searches with highlighted snippets, as lines and as JSON', async () => {
    const plain = await run('search', '--data', data, 'security', 'guarantees');
    assert.equal(plain.code, 0, plain.err);
    assert.match(plain.out, /\[security\] \[guarantees\]/);
    assert.match(plain.out, /1 of 1 matching report/);
    const json = JSON.parse((await run('search', '--data', data, '--json', 'Kremlin')).out) as { items: { id: string }[] };
    assert.deepEqual(json.items.map((h) => h.id), [moscowReport().id]);
    assert.match((await run('search', '--data', data, 'zanzibar')).out, /no report matches/);
  });

  it('exports every stored report as extraction JSONL, to stdout or a file', async () => {
    const res = await run('export', '--data', data);
    assert.equal(res.code, 0, res.err);
    const lines = res.out.trimEnd().split('\n').map((l) => ExtractionSchema.strict().parse(JSON.parse(l)));
    assert.deepEqual(lines, [genevaReport(), moscowReport()]);
    assert.match(res.err, /2 report\(s\)/);
    const file = join(tmp, 'out.jsonl');
    assert.equal((await run('export', '--data', data, '--out', file)).code, 0);
    assert.equal(await readFile(file, 'utf8'), res.out);
  });

  it('validates arguments and prints help everywhere', async () => {
    for (const name of ['serve', 'search', 'export', 'reports']) {
      const help = await run(name, '--help');
      assert.equal(help.code, 0);
      assert.match(help.out, new RegExp(`^parley ${name}`));
    }
    assert.equal((await run('search', '--data', data)).code, 2);
    assert.equal((await run('reports', '--limit', 'many')).code, 2);
    assert.equal((await run('reports', '--from', '2025-02-30')).code, 2);
    assert.equal((await run('export', '--format', 'csv')).code, 2);
    assert.equal((await run('serve', '--port', '70000')).code, 2);
  });

  it('stops with a clear message on a bad environment', async () => {
    process.env['PORT'] = 'eighty';
    try {
      const res = await run('reports', '--data', data);
      assert.equal(res.code, 2);
      assert.match(res.err, /invalid environment:\n {2}PORT: .*"eighty"/);
    } finally {
      delete process.env['PORT'];
    }
    process.env['DATABASE_URL'] = 'mysql://user:secret@host/db';
    try {
      const res = await run('search', 'x');
      assert.equal(res.code, 2);
      assert.match(res.err, /DATABASE_URL: expected a postgres/);
      assert.doesNotMatch(res.err, /secret/, 'a database URL is never echoed');
    } finally {
      delete process.env['DATABASE_URL'];
    }
  });
});

describe('parley serve', () => {
  it('seeds an empty store, prints its URL, answers the API and stops on SIGTERM', async () => {
    const examples = join(tmp, 'examples');
    await mkdir(examples);
    await writeFile(join(examples, 'one.md'), '---\ntitle: Seeded report\npublished: 2025-11-20\n---\nThe envoys met in a hotel by the lake and talked for three hours.\n');
    await writeFile(join(examples, 'empty.txt'), '   \n');
    const bin = fileURLToPath(new URL('../../../bin/parley.js', import.meta.url));
    const proc = spawn(process.execPath, [bin, 'serve', '--data', join(tmp, 'serve-data'), '--port', '0', '--seed-examples', '--examples', examples], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed within 120 s\n${out}\n${err}`)), 120_000);
      proc.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      void exited.then((code) => reject(new Error(`serve exited with ${code}\n${out}\n${err}`)));
    });
    try {
      assert.match(out, /seeded the example reports: 1 added, 0 duplicate, 0 near-duplicate, 1 failed/);
      assert.match(err, /empty\.txt: empty-input/);
      const res = await fetch(`${url}api/reports`);
      assert.equal(res.status, 200);
      const body = (await res.json()) as { items: { title: string }[] };
      assert.deepEqual(body.items.map((r) => r.title), ['Seeded report']);
      assert.equal((await fetch(`${url}openapi.json`)).status, 200);
    } finally {
      proc.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
    assert.match(out, /SIGTERM: stopping/);
  });
});
