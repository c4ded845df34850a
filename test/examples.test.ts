/**
 * Every example report extracts without throwing, has a publication date, and the only
 * `dangling-citation` warning of the set is the deliberate one in report 05 (marker [3]).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/nlp/analyse.js';
import { readReportFile } from '../src/ingest/read-file.js';

// dist/test/examples.test.js → the checkout root is two levels up.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIR = join(ROOT, 'examples', 'reports');
const FILES = readdirSync(DIR).filter((f) => /\.(md|html)$/.test(f)).sort();
const DANGLING_IN = '05-witkoff-ushakov-transcript.md';

test('there are ten example reports, one of them HTML', () => {
  assert.equal(FILES.length, 10);
  assert.equal(FILES.filter((f) => f.endsWith('.html')).length, 1);
});

for (const file of FILES) {
  test(`example ${file} extracts with a date, notes and the expected warnings`, async () => {
    const doc = analyse(await readReportFile(join(DIR, file)));
    assert.match(doc.meta.published ?? '', /^2025-(11|12)-\d\d$/);
    assert.ok(doc.meta.publisher, 'publisher');
    assert.ok(doc.layers.paragraphs.some((p) => p.heading), 'at least one heading');
    assert.ok(doc.layers.notes, 'a notes section');
    assert.ok(doc.layers.citations.length >= 2, 'at least two reference entries');
    const dangling = doc.warnings.filter((w) => w.code === 'dangling-citation').map((w) => w.marker);
    assert.deepEqual(dangling, file === DANGLING_IN ? ['3'] : []);
    const words = doc.text.slice(0, doc.bodyEnd).split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 300 && words <= 700, `${words} words`);
  });
}
