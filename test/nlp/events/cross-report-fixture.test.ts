/**
 * The cross-report test set (test/fixtures/cross-report) must agree with its own gold: every
 * substring and surface form the gold names is in the reports it names, publishers match the
 * front matter, corroboration is the count of independent publishers, and the set has what
 * issue 6 asks for (12+ reports, 4+ outlets, re-publications, one conflicting date, a
 * single-outlet event).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitFrontMatter } from '../../../src/ingest/front-matter.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'test', 'fixtures', 'cross-report');

interface Gold {
  reports: { file: string; publisher: string; published: string; republication_of: string | null; origin_publisher: string }[];
  actors: { id: string; name: string; surface_forms: { form: string; reports: string[] }[] }[];
  distinct: [string, string][];
  events: {
    id: string; date: string; participants: string[];
    mentions: { report: string; contains: string; trigger: string; date: string | null; status: string }[];
    publishers: string[]; independent_publishers: string[]; corroboration: number; contradicted: boolean;
  }[];
  contradictions: { event: string; field: string; versions: { value: string; reports: string[] }[] }[];
}

const gold = JSON.parse(readFileSync(join(DIR, 'gold.json'), 'utf8')) as Gold;
const files = readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();
const bodies = new Map(files.map((f) => [f, splitFrontMatter(readFileSync(join(DIR, f), 'utf8'))]));
const body = (f: string): string => {
  const b = bodies.get(f);
  assert.ok(b, `no report ${f}`);
  return b.body;
};
const wordAt = (text: string, form: string): boolean => new RegExp(`(?<![\\p{L}-])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u').test(text);

test('the set has 12+ reports of 120-250 words from 4+ outlets, all listed in the gold', () => {
  assert.ok(files.length >= 12);
  assert.deepEqual(gold.reports.map((r) => r.file).sort(), files);
  for (const f of files) {
    const n = body(f).split(/\s+/).filter(Boolean).length;
    assert.ok(n >= 120 && n <= 250, `${f}: ${n} words`);
  }
  assert.ok(new Set(gold.reports.map((r) => r.publisher)).size >= 4);
});

test('publishers and dates in the gold are those of the front matter', () => {
  for (const r of gold.reports) {
    const meta = bodies.get(r.file)!.meta;
    assert.equal(meta.publisher, r.publisher, r.file);
    assert.equal(meta.published, r.published, r.file);
    const orig = r.republication_of ? gold.reports.find((o) => o.file === r.republication_of) : r;
    assert.ok(orig, r.file);
    assert.equal(r.origin_publisher, orig.publisher, r.file);
  }
});

test('re-publications: one by the same outlet, one by another, each repeating the original text', () => {
  const reps = gold.reports.filter((r) => r.republication_of !== null);
  const same = reps.filter((r) => r.origin_publisher === r.publisher);
  const other = reps.filter((r) => r.origin_publisher !== r.publisher);
  assert.ok(same.length >= 1 && other.length >= 1);
  for (const r of reps) {
    const original = body(r.republication_of!).trim();
    assert.ok(body(r.file).startsWith(original), `${r.file} repeats ${r.republication_of}`);
  }
});

test('every surface form occurs in exactly the reports listed for it', () => {
  for (const a of gold.actors) {
    for (const sf of a.surface_forms) {
      const holding = files.filter((f) => wordAt(body(f), sf.form));
      assert.deepEqual(holding, [...sf.reports].sort(), `${a.id}: "${sf.form}"`);
    }
  }
  const canon = new Set(gold.actors.map((a) => a.name));
  for (const [x, y] of gold.distinct) assert.ok(canon.has(x) && canon.has(y) && x !== y);
});

test('event mentions are exact substrings with their trigger, and participants are gold actors', () => {
  const canon = new Set(gold.actors.map((a) => a.name));
  for (const e of gold.events) {
    for (const p of e.participants) assert.ok(canon.has(p), `${e.id}: ${p}`);
    for (const m of e.mentions) {
      assert.ok(body(m.report).includes(m.contains), `${e.id}: "${m.contains}" in ${m.report}`);
      assert.ok(wordAt(m.contains, m.trigger), `${e.id}: trigger ${m.trigger}`);
      assert.ok(m.status === 'happened' || m.status === 'planned');
    }
  }
});

test('corroboration = independent publishers; one event has one outlet; the date conflict is recorded', () => {
  const origin = new Map(gold.reports.map((r) => [r.file, r.origin_publisher]));
  const publisher = new Map(gold.reports.map((r) => [r.file, r.publisher]));
  for (const e of gold.events) {
    const ind = [...new Set(e.mentions.map((m) => origin.get(m.report)!))].sort();
    assert.deepEqual(e.independent_publishers, ind, e.id);
    assert.deepEqual(e.publishers, [...new Set(e.mentions.map((m) => publisher.get(m.report)!))].sort(), e.id);
    assert.equal(e.corroboration, ind.length, e.id);
    assert.equal(e.contradicted, gold.contradictions.some((c) => c.event === e.id), e.id);
  }
  assert.ok(gold.events.some((e) => e.corroboration === 1));
  const dateConflicts = gold.contradictions.filter((c) => c.field === 'date');
  assert.equal(dateConflicts.length, 1);
  const c = dateConflicts[0]!;
  const ev = gold.events.find((e) => e.id === c.event)!;
  for (const v of c.versions) {
    for (const r of v.reports) assert.ok(ev.mentions.some((m) => m.report === r && m.date === v.value), `${r} gives ${v.value}`);
  }
  assert.notEqual(c.versions[0]!.value, c.versions[1]!.value);
  assert.notEqual(publisher.get(c.versions[0]!.reports[0]!), publisher.get(c.versions[1]!.reports[0]!));
});
