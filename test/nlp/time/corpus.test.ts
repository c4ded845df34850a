/**
 * Regression check on the hand-annotated dev report in ../shared/corpus/dev: every required
 * gold timex is found (by text, as the shared scorer matches hand-made gold) with its value.
 * Skips when ../shared is not there. Reads the gold only; no corpus text is copied here.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const devDir = resolve(root, '../shared/corpus/dev');

interface GoldTimex { text: string; value: string; optional?: boolean; accept?: string[] }
interface SysTimex { text: string; value: string }

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();

describe('time stage on the dev report', { skip: existsSync(devDir) ? false : 'no ../shared/corpus/dev' }, () => {
  const files = existsSync(devDir) ? readdirSync(devDir).filter((f) => f.endsWith('.gold.json')) : [];
  for (const file of files) {
    it(`finds every required timex of ${file} with its value`, () => {
      const gold = JSON.parse(readFileSync(join(devDir, file), 'utf8')) as { timexes?: GoldTimex[] };
      const txt = join(devDir, file.replace(/\.gold\.json$/, '.txt'));
      const out = execFileSync(process.execPath, [join(root, 'bin/parley.js'), 'extract', txt, '--format', 'jsonl'], { encoding: 'utf8' });
      const sys = (JSON.parse(out.split('\n')[0]!) as { timexes: SysTimex[] }).timexes;
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
