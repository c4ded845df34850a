import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { expandInputs } from '../../src/ingest/sources.js';

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-sources-'));
  await mkdir(join(dir, 'reports', 'b-sub'), { recursive: true });
  await mkdir(join(dir, 'elsewhere'));
  for (const name of ['reports/c.md', 'reports/a.txt', 'reports/b-sub/x.html', 'reports/README.md', 'reports/.hidden.md', 'reports/notes.pdf', 'elsewhere/linked.md', 'elsewhere/other.md']) {
    await writeFile(join(dir, name), 'Some report text.\n');
  }
  await symlink(join(dir, 'elsewhere', 'linked.md'), join(dir, 'reports', 'd-link.md'));
  await symlink(join(dir, 'elsewhere'), join(dir, 'reports', 'e-dir-link'));
  await symlink(join(dir, 'reports'), join(dir, 'reports', 'b-sub', 'loop'));
});
after(() => rm(dir, { recursive: true, force: true }));

test('folders: recursive, sorted, report extensions only; file links followed, folder links not (no loops)', async () => {
  const { targets, errors } = await expandInputs([join(dir, 'reports'), 'https://example.org/a', join(dir, 'nope')]);
  assert.deepEqual(targets, [
    { kind: 'file', path: join(dir, 'reports', 'a.txt') },
    { kind: 'file', path: join(dir, 'reports', 'b-sub', 'x.html') },
    { kind: 'file', path: join(dir, 'reports', 'c.md') },
    { kind: 'file', path: join(dir, 'reports', 'd-link.md') },
    { kind: 'url', url: 'https://example.org/a' },
  ]);
  assert.deepEqual(errors.map((e) => [e.code, e.source]), [['not-found', join(dir, 'nope')]]);
});
