import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ingestBatch, type BatchEvent } from '../../src/ingest/batch.js';
import { FIXTURES, MemoryStore } from './helpers.js';

const MIXED = join(FIXTURES, 'mixed');

test('a folder mixing good and bad files: every good one stored, every bad one reported', async () => {
  const store = new MemoryStore();
  const events: BatchEvent[] = [];
  const summary = await ingestBatch([MIXED], store, {}, (e) => events.push(e));

  assert.equal(summary.added, 3);
  assert.equal(summary.duplicate, 0);
  assert.equal(summary.nearDuplicate, 0);
  assert.deepEqual(store.saved.map((e) => e.source).sort(), [
    join(MIXED, 'a-geneva.md'), join(MIXED, 'b-abu-dhabi.txt'), join(MIXED, 'c-page.html'),
  ]);
  assert.deepEqual(summary.failed.map((f) => [f.source, f.code]), [
    [join(MIXED, 'd-empty.txt'), 'empty-input'],
    [join(MIXED, 'e-binary.txt'), 'binary-input'],
    [join(MIXED, 'f-no-text.html'), 'no-article-text'],
  ]);
  // Progress: one start with the total, then one event per target in order.
  assert.deepEqual(events[0], { kind: 'start', total: 6 });
  assert.deepEqual(events.slice(1).map((e) => e.kind), ['done', 'done', 'done', 'failed', 'failed', 'failed']);
  const html = store.saved.find((e) => e.source.endsWith('c-page.html'));
  assert.equal(html?.published, '2025-11-27');
  assert.equal(html?.publisher, 'Parley Test Herald');
});

test('re-ingesting the same inputs changes nothing: every report is a duplicate', async () => {
  const store = new MemoryStore();
  await ingestBatch([MIXED], store);
  const second = await ingestBatch([MIXED], store);
  assert.equal(second.added, 0);
  assert.equal(second.duplicate, 3);
  assert.equal(store.saved.length, 3);
});

test('a missing input and a store failure are reported; the rest is still stored', async () => {
  const store = new MemoryStore();
  const geneva = join(MIXED, 'a-geneva.md');
  store.failOn.add(geneva);
  const events: BatchEvent[] = [];
  const summary = await ingestBatch([join(MIXED, 'nope.md'), geneva, join(MIXED, 'b-abu-dhabi.txt')], store, {}, (e) => events.push(e));
  assert.equal(summary.added, 1);
  assert.deepEqual(summary.failed.map((f) => f.code), ['not-found', 'store-failed']);
  assert.match(summary.failed[1]!.message, /disk full/);
  assert.deepEqual(events[0], { kind: 'start', total: 3 });
});

test('overrides apply to every report of the batch', async () => {
  const store = new MemoryStore();
  await ingestBatch([join(MIXED, 'b-abu-dhabi.txt')], store, { overrides: { publisher: 'Override Press' } });
  assert.equal(store.saved[0]?.publisher, 'Override Press');
});

test('an aborted signal stops the batch between reports; what was stored stays stored', async () => {
  const store = new MemoryStore();
  const stop = new AbortController();
  const summary = await ingestBatch([MIXED], store, { signal: stop.signal }, (e) => {
    if (e.kind === 'done') stop.abort();
  });
  assert.equal(summary.interrupted, true);
  assert.equal(summary.added, 1);
  assert.equal(store.saved.length, 1);
  assert.deepEqual(summary.failed, []);
  const whole = await ingestBatch([MIXED], new MemoryStore());
  assert.equal(whole.interrupted, false);
});
