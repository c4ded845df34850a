/**
 * The stage over whole corpus documents (../shared, skipped when absent): it never throws,
 * every mention lies inside the text on name characters, and every mention belongs to an
 * entity. Scores are the scorer's business (`../shared/tools/score.mjs`), not this test's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseText } from './helpers.js';

const CORPUS = fileURLToPath(new URL('../../../../../shared/corpus/', import.meta.url));
const FOLDERS = ['conll03-dev', 'gum-news', 'dev'];

for (const folder of FOLDERS) {
  const dir = `${CORPUS}${folder}`;
  test(`entities over ${folder}: well-formed mentions and entities`, { skip: existsSync(dir) ? false : `${dir} not present` }, () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, 40);
    assert.ok(files.length > 0);
    for (const f of files) {
      const doc = analyseText(readFileSync(`${dir}/${f}`, 'utf8'));
      const ids = new Set(doc.layers.entities.map((e) => e.id));
      for (const m of doc.layers.mentions) {
        assert.ok(m.start >= 0 && m.end <= doc.text.length && m.start < m.end, `${f}: span ${m.start}-${m.end}`);
        const text = doc.text.slice(m.start, m.end);
        assert.match(text, /^[\p{L}\p{N}]/u, `${f}: "${text}" starts on a name character`);
        assert.ok(!text.includes('\n'), `${f}: "${text}" crosses a line`);
        assert.ok(ids.has(m.entity), `${f}: mention of unknown entity ${m.entity}`);
      }
      for (const e of doc.layers.entities) assert.ok(!e.aliases.includes(e.name), `${f}: ${e.name} is its own alias`);
    }
  });
}
