/**
 * The analysis pool: worker threads give the same extractions as this thread, the same errors,
 * and keep the main thread free while a long report is analysed.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { IngestError } from '../../src/ingest/errors.js';
import { inThread, WorkerPool, type AnalysisInput, type Analyser } from '../../src/nlp/analyser.js';
import { projectRoot } from '../../src/paths.js';

const EXAMPLES = join(projectRoot(), 'examples', 'reports');
const example = readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).sort()[0]!;
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const md = (text: string, source = 'test.md'): AnalysisInput => ({ kind: 'bytes', bytes: bytes(text), source, format: 'markdown', overrides: {} });

/** The longest gap between timer ticks of this thread while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 5);
  try {
    await work();
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    clearInterval(timer);
  }
  return worst;
}

describe('analysis in worker threads', () => {
  const pool = new WorkerPool(2);
  after(() => pool.close());

  it('gives the extraction this thread gives, for uploaded bytes and for a report already read', async () => {
    const input = md(readFileSync(join(EXAMPLES, example), 'utf8'), example);
    const here = await inThread.extract(input);
    assert.ok(here.entities.length > 0 && here.events.length > 0, 'the example has something to find');
    assert.deepEqual(await pool.extract(input), here);
    const html = { kind: 'bytes' as const, bytes: bytes('<html><head><title>Talks resume</title></head><body><article><p>Rustem Umerov met Steve Witkoff on November 23, 2025, in Geneva, officials said.</p><p>The talks went on for two days.</p></article></body></html>'), source: 'page.html', format: 'html' as const, overrides: { published: '2025-11-25' } };
    assert.deepEqual(await pool.extract(html), await inThread.extract(html));
  });

  it('refuses unreadable input with the same ingest error, then keeps working', async () => {
    for (const analyser of [inThread, pool] as Analyser[]) {
      await assert.rejects(analyser.extract(md('')), (err: unknown) => err instanceof IngestError && err.code === 'empty-input');
      await assert.rejects(analyser.extract({ kind: 'bytes', bytes: new Uint8Array([0, 1, 2, 0, 0, 3]), source: 'x.txt', format: 'text', overrides: {} }),
        (err: unknown) => err instanceof IngestError && err.code === 'binary-input');
    }
    const broken = { kind: 'raw', raw: { source: 'x', format: 'text', text: null }, overrides: {} } as unknown as AnalysisInput;
    await assert.rejects(pool.extract(broken), (err: unknown) => err instanceof Error && !(err instanceof IngestError));
    assert.equal((await pool.extract(md('Witkoff met Umerov in Geneva on Sunday.'))).source, 'test.md', 'the pool still answers');
  });

  it('runs many reports at once and answers each with its own', async () => {
    const texts = Array.from({ length: 8 }, (_, i) => `Report ${i}: Witkoff met Umerov in Geneva on November ${i + 10}, 2025.`);
    const out = await Promise.all(texts.map((t, i) => pool.extract(md(t, `r${i}.md`))));
    assert.deepEqual(out.map((x) => x.source), texts.map((_, i) => `r${i}.md`));
    assert.deepEqual(out.map((x) => x.timexes[0]?.value), texts.map((_, i) => `2025-11-${i + 10}`));
  });

  it('keeps this thread free while a long report is analysed (in this thread it stalls)', async () => {
    const paragraph = 'Rustem Umerov met Jared Kushner and Steve Witkoff on November 23, 2025, in Geneva, according to two officials, and the session reportedly ran until late at night. ';
    const long = md(Array.from({ length: 1500 }, (_, i) => `${paragraph}(${i})`).join('\n\n'), 'long.md');
    const inline = await longestStall(() => inThread.extract(long));
    const pooled = await longestStall(() => pool.extract(long));
    assert.ok(inline > 300, `in this thread the analysis blocks timers (${inline.toFixed(0)} ms)`);
    assert.ok(pooled < inline / 4, `in a worker the longest stall is ${pooled.toFixed(0)} ms against ${inline.toFixed(0)} ms`);
  });

  it('refuses work once closed', async () => {
    const closing = new WorkerPool(1);
    await closing.close();
    await assert.rejects(closing.extract(md('Witkoff met Umerov.')), /closed/);
  });
});
