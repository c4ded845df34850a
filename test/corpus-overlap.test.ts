/**
 * The project never copies sentences from the measured corpora: no run of eight words of a
 * measured document (../shared/corpus/*, all but the CoNLL training file) appears in the
 * sources, tests, docs or example reports, unless it also occurs in the training file or is one
 * of the few phrases allowed below (an issue's own example, an official name or title). Skips
 * when ../shared is not there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { projectRoot, sharedDir } from '../src/paths.js';

const N = 8;
const WORD = /[A-Za-z0-9À-ÿ]+(?:['’][A-Za-z]+)?/g;
/** Phrases the project may share with a measured document, and why. */
const ALLOWED: readonly string[] = [
  'by the end of june at the latest', // an example in issue #3's own text
  'the secretary of the national security and defense council', // an official title
  'the national anti corruption bureau of ukraine nabu', // an official name with its acronym
];
const TEXT = new Set(['.ts', '.tsx', '.js', '.mjs', '.md', '.json', '.html', '.txt', '.yml', '.yaml', '.css']);

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}
function grams(ws: readonly string[], into: Set<string>): void {
  for (let i = 0; i + N <= ws.length; i++) into.add(ws.slice(i, i + N).join(' '));
}
function filesUnder(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, out);
    else if (TEXT.has(extname(name))) out.push(path);
  }
  return out;
}

const shared = sharedDir();

test('no eight-word run of a measured corpus document is in the project', { skip: shared ? false : '../shared is not here' }, () => {
  const corpus = join(shared!, 'corpus');
  const measured = new Set<string>();
  for (const folder of readdirSync(corpus)) {
    if (folder === 'conll03-train' || !statSync(join(corpus, folder)).isDirectory()) continue;
    for (const f of readdirSync(join(corpus, folder))) if (f.endsWith('.txt')) grams(words(readFileSync(join(corpus, folder, f), 'utf8')), measured);
  }
  assert.ok(measured.size > 100_000, 'the measured corpora were read');
  const train = new Set<string>();
  const trainFile = join(corpus, 'conll03-train', 'eng.train');
  if (existsSync(trainFile)) {
    const tokens = readFileSync(trainFile, 'utf8').split('\n').map((l) => l.split(' ')[0] ?? '').filter((t) => t && t !== '-DOCSTART-');
    grams(words(tokens.join(' ')), train);
  }
  const allowed = ALLOWED.map((p) => words(p).join(' '));
  const root = projectRoot();
  const files = ['src', 'test', 'docs', 'scripts', 'examples'].flatMap((d) => filesUnder(join(root, d), []));
  if (existsSync(join(root, 'README.md'))) files.push(join(root, 'README.md'));
  const hits: string[] = [];
  for (const file of files) {
    const ws = words(readFileSync(file, 'utf8'));
    for (let i = 0; i + N <= ws.length; i++) {
      const g = ws.slice(i, i + N).join(' ');
      if (measured.has(g) && !train.has(g) && !allowed.some((a) => a.includes(g))) {
        hits.push(`${relative(root, file)}: "${g}"`);
        i += N - 1;
      }
    }
  }
  assert.deepEqual(hits, []);
});
