/**
 * The extraction contract: `parley extract` output validates against the schema, offsets lie
 * inside the text, and the published JSON Schema (docs/extraction.schema.json) is the one the
 * code defines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtractionSchema, type Extraction } from '../../src/model/extraction.js';
import { extractionJsonSchema } from '../../src/model/json-schema.js';
import { projectRoot, sharedDir } from '../../src/paths.js';

const root = projectRoot();
const bin = join(root, 'bin', 'parley.js');

function extractJsonl(target: string): Extraction[] {
  const out = execFileSync(process.execPath, [bin, 'extract', target, '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Extraction);
}

function checkOffsets(e: Extraction): void {
  const n = e.text.length;
  const inText = (s: { start: number; end: number }, what: string): void => {
    assert.ok(s.start >= 0 && s.end <= n && s.start <= s.end, `${e.source}: ${what} [${s.start}, ${s.end}) outside the text (${n})`);
  };
  for (const [s, t] of e.sentences) inText({ start: s, end: t }, 'sentence');
  for (const en of e.entities) for (const m of en.mentions) inText(m, `mention of ${en.name}`);
  for (const t of e.timexes) {
    inText(t, 'timex');
    assert.equal(e.text.slice(t.start, t.end), t.text);
  }
  for (const q of e.quotes) inText(q, 'quote');
  for (const c of e.claims) inText(c, 'claim');
  for (const c of e.citations) inText(c, 'citation');
  for (const v of e.events) inText(v.trigger, 'event trigger');
  const ids = new Set(e.entities.map((x) => x.id));
  for (const v of e.events) for (const p of v.participants) assert.ok(ids.has(p), `event participant ${p} is an entity`);
  for (const q of e.quotes) if (q.speaker !== null) assert.ok(ids.has(q.speaker), `quote speaker ${q.speaker} is an entity`);
}

test('contract: a folder of our own reports extracts to valid JSONL, one object per report in sorted order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-contract-'));
  mkdirSync(join(dir, 'b'));
  writeFileSync(join(dir, 'b', 'second.md'), '---\ntitle: Second\npublished: 2025-11-25\n---\nThe envoys met again on Tuesday. [1]\n\n[1] “Notes”, Harbour Gazette, 25 November 2025.\n');
  writeFileSync(join(dir, 'a.txt'), 'A first report with no front matter. It has two sentences.\n');
  writeFileSync(join(dir, 'ignored.json'), '{}');
  const docs = extractJsonl(dir);
  assert.deepEqual(docs.map((d) => d.source), [join(dir, 'a.txt'), join(dir, 'b', 'second.md')]);
  for (const d of docs) {
    ExtractionSchema.parse(d);
    checkOffsets(d);
  }
  assert.equal(docs[1]!.published, '2025-11-25');
  assert.equal(docs[1]!.text.startsWith('The envoys'), true, 'front matter removed, body kept');
  assert.ok(docs[0]!.warnings.some((w) => w.code === 'missing-published'));
});

test('contract: the same bytes give the same id', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-id-'));
  writeFileSync(join(dir, 'one.txt'), 'Same body.\n');
  writeFileSync(join(dir, 'two.txt'), 'Same body.\n');
  const [a, b] = extractJsonl(dir);
  assert.equal(a!.id, b!.id);
});

test('contract: example reports validate', { skip: !existsSync(join(root, 'examples', 'reports')) && 'no examples/reports yet' }, () => {
  for (const d of extractJsonl(join(root, 'examples', 'reports'))) {
    ExtractionSchema.parse(d);
    checkOffsets(d);
  }
});

const shared = sharedDir();
test('contract: the dev corpus report validates and keeps the body byte for byte', { skip: !shared && '../shared is not here' }, () => {
  const dir = join(shared!, 'corpus', 'dev');
  const [d] = extractJsonl(dir);
  ExtractionSchema.parse(d);
  checkOffsets(d!);
  const raw = readFileSync(join(dir, 'behind-the-negotiations.txt'), 'utf8');
  assert.equal(d!.text, raw.slice(raw.indexOf('\n---\n') + 5));
});

test('contract: docs/extraction.schema.json is generated from the code (run scripts/write-json-schema)', () => {
  const onDisk = JSON.parse(readFileSync(join(root, 'docs', 'extraction.schema.json'), 'utf8')) as unknown;
  assert.deepEqual(onDisk, JSON.parse(JSON.stringify(extractionJsonSchema())));
});
