/**
 * Regression check on the hand-annotated dev report in ../shared/corpus/dev: every required
 * gold timex is found (by text, as the shared scorer matches hand-made gold) with its value.
 * Runs the spine and the time stage only, so it tests this stage whatever the others do.
 * Skips when ../shared is not there. Reads the gold only; no corpus text is copied here.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Document } from '../../../src/model/document.js';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { timeStage } from '../../../src/nlp/time/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const devDir = resolve(root, '../shared/corpus/dev');

interface GoldTimex { text: string; value: string; optional?: boolean; accept?: string[] }

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

/** The body after the front matter, and the front matter's `published` date. */
function readReport(path: string): { body: string; published: string | null } {
  const raw = readFileSync(path, 'utf8');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(raw);
  const published = fm ? (/^published:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(fm[1]!)?.[1] ?? null) : null;
  return { body: fm ? raw.slice(fm[0].length) : raw, published };
}

describe('time stage on the dev report', { skip: existsSync(devDir) ? false : 'no ../shared/corpus/dev' }, () => {
  const files = existsSync(devDir) ? readdirSync(devDir).filter((f) => f.endsWith('.gold.json')) : [];
  for (const file of files) {
    it(`finds every required timex of ${file} with its value`, () => {
      const gold = JSON.parse(readFileSync(join(devDir, file), 'utf8')) as { timexes?: GoldTimex[] };
      const { body, published } = readReport(join(devDir, file.replace(/\.gold\.json$/, '.txt')));
      const doc = new Document({ id: file, source: file, text: body, meta: { title: null, published, publisher: null, url: null, authors: [] } });
      runStages(doc, [...SPINE_STAGES, timeStage]);
      const sys = doc.layers.timexes.map((t) => ({ text: doc.slice(t), value: t.value }));
      const missed: string[] = [];
      for (const g of (gold.timexes ?? []).filter((t) => !t.optional)) {
        const right = new Set([g.value, ...(g.accept ?? [])].map((v) => v.toUpperCase()));
        const overlapping = sys.filter((s) => norm(s.text).includes(norm(g.text)) || norm(g.text).includes(norm(s.text)));
        const ok = overlapping.some((s) => right.has(s.value.toUpperCase())) ||
          (g.value.includes('/') && g.value.split('/').every((v) => overlapping.some((s) => s.value === v)));
        if (!ok) missed.push(`${g.text} = ${g.value} (got ${overlapping.map((s) => s.value).join(', ') || 'nothing'})`);
      }
      assert.deepEqual(missed, []);
    });
  }
});
