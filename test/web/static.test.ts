/**
 * Static guarantees of the web UI, checked on its sources and on the built assets:
 * no HTML sinks for report text, no outside URLs, and the initial JavaScript under budget.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const webSrc = path.join(repo, 'src', 'web');
const viewsSrc = path.join(repo, 'src', 'views');
const webDist = path.join(repo, 'dist', 'web');

async function files(dir: string, ext: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...await files(p, ext));
    else if (ext.test(e.name)) out.push(p);
  }
  return out;
}

describe('web UI sources', () => {
  it('never use an HTML sink or eval', async () => {
    const sinks = /\b(innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|createContextualFragment|eval\s*\(|new Function\s*\(|srcdoc)\b/;
    const sources = [...await files(webSrc, /\.(ts|tsx)$/), ...await files(viewsSrc, /\.ts$/)];
    assert.ok(sources.length >= 10, `found ${sources.length} source files`);
    for (const f of sources) {
      const text = (await readFile(f, 'utf8')).replace(/^\s*(\/\/|\*).*$/gm, '');
      const hit = sinks.exec(text);
      assert.equal(hit, null, `${path.relative(repo, f)} uses ${hit?.[0]}`);
    }
  });

  it('load nothing from another host', async () => {
    const sources = [...await files(webSrc, /\.(ts|tsx|css|html)$/)];
    for (const f of sources) {
      const text = (await readFile(f, 'utf8')).replace(/^\s*(\/\/|\*).*$/gm, '');
      for (const m of text.matchAll(/(?:src|href|url\()\s*=?\s*["'(]?\s*(https?:)?\/\/[^"')\s]+/g)) {
        assert.fail(`${path.relative(repo, f)} refers to an outside URL: ${m[0]}`);
      }
      assert.doesNotMatch(text, /@import\s+url\(\s*["']?https?:/, f);
    }
  });
});

describe('built web UI', { skip: existsSync(path.join(webDist, 'index.html')) ? false : 'dist/web is not built (npm run build:web)' }, () => {
  it('keeps the initial JavaScript under 300 kB gzip and has no inline script', async () => {
    const html = await readFile(path.join(webDist, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length >= 1);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs ?? '', /\bsrc="\/assets\/[\w.-]+\.js"/, 'scripts are files, not inline');
      assert.equal((body ?? '').trim(), '');
    }
    assert.doesNotMatch(html, /\bstyle=|\bon[a-z]+=/i, 'no inline styles or handlers (the CSP forbids them)');
    const js = await files(webDist, /\.js$/);
    let total = 0;
    for (const f of js) total += gzipSync(await readFile(f)).byteLength;
    assert.ok(total > 1000, `${total} bytes: the bundle looks empty`);
    assert.ok(total < 300 * 1024, `initial JS is ${(total / 1024).toFixed(1)} kB gzip`);
  });
});
