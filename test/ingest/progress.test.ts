import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Progress, printable } from '../../src/cli/progress.js';

class Sink {
  out = '';
  constructor(readonly isTTY: boolean, readonly columns = 100) {}
  write(chunk: string): boolean {
    this.out += chunk;
    return true;
  }
}

test('plain output: one line per report or failure, no control characters', () => {
  const sink = new Sink(false);
  let now = 0;
  const p = new Progress(sink, { now: () => now });
  p.onEvent({ kind: 'start', total: 3 });
  now = 1000;
  p.onEvent({ kind: 'done', source: 'a.md', status: 'added', id: 'x1' });
  p.onEvent({ kind: 'done', source: 'b.md', status: 'near-duplicate', id: 'x2', duplicateOf: 'x1' });
  now = 2000;
  p.onEvent({ kind: 'failed', source: 'c.md', code: 'empty-input', message: 'c.md: the input is empty\x1b[31m' });
  p.finish();
  assert.equal(sink.out, [
    'ingest: added          a.md',
    'ingest: near-duplicate b.md (of x1)',
    'ingest: failed         empty-input: c.md: the input is empty\uFFFD[31m',
    '',
  ].join('\n'));
  assert.deepEqual(p.counts, { total: 3, added: 1, duplicate: 0, nearDuplicate: 1, failed: 1 });
  assert.equal(p.rate, 1.5);
});

test('TTY output: the bar is redrawn in place with counts and rate; failures stay above it', () => {
  const sink = new Sink(true);
  let now = 0;
  const p = new Progress(sink, { now: () => now, redrawMs: 100 });
  p.onEvent({ kind: 'start', total: 4 });
  assert.equal(sink.out, '\r\x1b[2K[....................] 0/4   0%  added 0 dup 0 near 0 failed 0  0.0/s');
  now = 500;
  p.onEvent({ kind: 'done', source: 'reports/a.md', status: 'added', id: 'x' });
  now = 550; // within redrawMs: not redrawn
  const before = sink.out;
  p.onEvent({ kind: 'done', source: 'reports/b.md', status: 'duplicate', id: 'y' });
  assert.equal(sink.out, before);
  now = 1000;
  p.onEvent({ kind: 'failed', source: 'reports/c.md', code: 'binary-input', message: 'reports/c.md: binary' });
  assert.ok(sink.out.endsWith('\r\x1b[2Kfailed         binary-input: reports/c.md: binary\n\r\x1b[2K[###############.....] 3/4  75%  added 1 dup 1 near 0 failed 1  3.0/s  reports/c.md'), JSON.stringify(sink.out));
  p.onEvent({ kind: 'expand', source: 'feed', items: 2, skipped: 1 });
  assert.match(sink.out, /feed: feed with 3 item\(s\), 1 more skipped \(item cap\)\n/);
  assert.equal(p.counts.total, 6);
  p.finish();
  assert.ok(sink.out.endsWith('\r\x1b[2K'));
});

test('the bar fits the terminal width', () => {
  const p = new Progress(new Sink(true), { now: () => 0 });
  p.onEvent({ kind: 'start', total: 1 });
  p.onEvent({ kind: 'done', source: `${'very-long-folder-name/'.repeat(10)}report.md`, status: 'added', id: 'x' });
  const line = p.barLine(100);
  assert.ok(line.length <= 100, line);
  assert.ok(line.includes("…"), line);
  assert.ok(p.barLine(60).length <= 60);
  assert.ok(line.endsWith('report.md'));
});

test('printable replaces control characters', () => {
  assert.equal(printable('a\x1b]0;title\x07b\nc\u009bd'), 'a\uFFFD]0;title\uFFFDb c\uFFFDd');
});
