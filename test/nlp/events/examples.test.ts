/**
 * The events stage over the whole pipeline, on the example reports (examples/reports, written
 * by us): invariants every event must keep whatever the other stages find, and a few events
 * each report plainly tells.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from '../../../src/model/document.js';
import { analyse } from '../../../src/nlp/analyse.js';
import { readReportFile } from '../../../src/ingest/read-file.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'examples', 'reports');
const FILES = readdirSync(DIR).filter((f) => /\.(md|html)$/.test(f)).sort();
const docs = new Map<string, Document>();
async function doc(file: string): Promise<Document> {
  let d = docs.get(file);
  if (!d) docs.set(file, (d = analyse(await readReportFile(join(DIR, file)))));
  return d;
}
const names = (d: Document, ids: readonly string[]): string[] => ids.map((id) => d.layers.entities.find((e) => e.id === id)?.name ?? '?');

for (const file of FILES) {
  test(`events of ${file} keep the invariants`, async () => {
    const d = await doc(file);
    const L = d.layers;
    assert.ok(L.events.length > 0);
    const entityIds = new Set(L.entities.map((e) => e.id));
    L.events.forEach((v, i) => {
      assert.equal(v.id, `v${i + 1}`);
      assert.ok(v.start < v.end && v.end <= d.bodyEnd, 'the trigger is in the body');
      if (i > 0) assert.ok(L.events[i - 1]!.start < v.start, 'document order');
      for (const p of v.participants) assert.ok(entityIds.has(p), `participant ${p}`);
      assert.equal(new Set(v.participants).size, v.participants.length, 'participants once each');
      if (v.location !== null) assert.ok(entityIds.has(v.location));
      if (v.claim !== null) assert.ok(L.claims[v.claim]);
      assert.ok(v.summary.length > 0 && !v.summary.includes('\n'));
      // A date always comes from a timex of the trigger's own sentence: never the publication date by
      // default. It is that timex's value, or (counted from that day: "on October 14, four days
      // before …") a day the sentence's duration away from it.
      assert.equal(v.date === null, v.timex === null);
      if (v.timex !== null) {
        const t = L.timexes[v.timex]!;
        assert.equal(d.sentenceAt(t.start), d.sentenceAt(v.start), `${v.summary}: timex in the trigger's sentence`);
        const counted = L.timexes.some((x) => x.type === 'duration' && d.sentenceAt(x.start) === d.sentenceAt(v.start) && x.start > t.end && x.end < v.start);
        assert.ok(v.date!.startsWith(t.value.split('/')[0]!) || (counted && /^\d{4}-\d{2}-\d{2}$/.test(v.date!)), `${v.summary}: date from its timex`);
      }
    });
  });
}

test('06: the resignation of Yermak on November 28', async () => {
  const d = await doc('06-yermak-resigns.md');
  const hit = d.layers.events.find((v) => v.type === 'resignation' && v.date === '2025-11-28' && names(d, v.participants).some((n) => /Yermak/.test(n)));
  assert.ok(hit, d.layers.events.map((v) => v.summary).join('\n'));
  assert.equal(hit.status, 'happened');
});

test('08 (HTML): the Kremlin meeting of December 2 with Putin', async () => {
  const d = await doc('08-kremlin-talks.html');
  const hit = d.layers.events.find((v) => v.type === 'meeting' && v.date?.startsWith('2025-12-02') && names(d, v.participants).some((n) => /Putin/.test(n)));
  assert.ok(hit, d.layers.events.map((v) => v.summary).join('\n'));
});

test('07: the Florida round of November 30 happened; the Kremlin visit is planned', async () => {
  const d = await doc('07-florida-meeting.md');
  const florida = d.layers.events.find((v) => v.type === 'meeting' && v.date === '2025-11-30');
  assert.ok(florida, d.layers.events.map((v) => v.summary).join('\n'));
  assert.equal(florida.status, 'happened');
  const kremlin = d.layers.events.find((v) => /Kremlin/.test(d.text.slice(d.layers.sentences[d.sentenceAt(v.start)]!.start, d.layers.sentences[d.sentenceAt(v.start)]!.end)) && (v.type === 'meeting' || v.type === 'visit'));
  assert.ok(kremlin);
  assert.equal(kremlin.status, 'planned');
});
