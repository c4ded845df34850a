/**
 * The static-file middleware that serves the built UI, called in-process on a hono app with a
 * stand-in API route behind it.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Hono } from 'hono';
import { CONTENT_SECURITY_POLICY, resolveInside, webAssets } from '../../src/server/web-assets.js';

let dir: string;
let root: string;
let app: Hono;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-web-'));
  root = path.join(dir, 'web');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>ui</title>');
  await writeFile(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(path.join(root, 'assets', 'app-1234.css'), 'body{}');
  await writeFile(path.join(root, '.env'), 'SECRET=1');
  await writeFile(path.join(dir, 'secret.txt'), 'outside');
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'assets', 'link.txt'));
  app = new Hono();
  app.get('/api/reports', (c) => c.json({ items: [] }));
  app.use('*', webAssets(root));
  app.notFound((c) => c.json({ error: { id: 'not-found', message: 'no route' } }, 404));
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

describe('webAssets', () => {
  it('serves files with their content type, caching hashed assets', async () => {
    const js = await app.request('/assets/app-1234.js');
    assert.equal(js.status, 200);
    assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(await js.text(), 'console.log(1)');
    const css = await app.request('/assets/app-1234.css');
    assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
  });

  it('answers any other page path with index.html (client routing) and strict headers', async () => {
    for (const p of ['/', '/reports', '/actors/some%20one', '/index.html']) {
      const res = await app.request(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
      assert.equal(res.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(res.headers.get('cache-control'), 'no-cache');
      assert.equal(await res.text(), '<!doctype html><title>ui</title>');
    }
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self';/);
    assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
  });

  it('leaves /api to the API, with its own 404', async () => {
    assert.deepEqual(await (await app.request('/api/reports')).json(), { items: [] });
    const missing = await app.request('/api/nope');
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: { id: 'not-found', message: 'no route' } });
    const post = await app.request('/reports', { method: 'POST' });
    assert.equal(post.status, 404, 'other methods are not served');
  });

  it('refuses traversal, dot-files and symlinks out of the folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '/.env', '/%2eenv', '/a%00b.js', '/%E0%A4%A']) {
      const res = await app.request(p);
      const body = await res.text();
      assert.ok(res.status === 400 || res.status === 404 || body.startsWith('<!doctype'), `${p}: ${res.status}`);
      assert.ok(!body.includes('outside') && !body.includes('SECRET'), p);
    }
    const link = await app.request('/assets/link.txt');
    assert.equal(link.status, 404);
    assert.ok(!(await link.text()).includes('outside'));
  });

  it('gives a missing asset a 404, not the app', async () => {
    const res = await app.request('/assets/gone-9999.js');
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });

  it('answers HEAD without a body', async () => {
    const res = await app.request('/assets/app-1234.js', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-length'), String('console.log(1)'.length));
    assert.equal((await res.arrayBuffer()).byteLength, 0);
  });

  it('resolveInside keeps every resolved path inside the root', () => {
    assert.equal(resolveInside('/srv/web', '/assets/a.js'), path.resolve('/srv/web/assets/a.js'));
    assert.equal(resolveInside('/srv/web', '/'), path.resolve('/srv/web'));
    for (const bad of ['/../x', '/a/../../x', '/%2e%2e/x', '/a%5c..%5cx', '/.git/config', '/%00']) assert.equal(resolveInside('/srv/web', bad), null, bad);
  });
});

describe('defaultWebDir', () => {
  it('points at dist/web from the compiled module', async () => {
    const { defaultWebDir } = await import('../../src/server/web-assets.js');
    assert.match(defaultWebDir().replace(/\\/g, '/'), /\/dist\/web\/$/);
  });
});
