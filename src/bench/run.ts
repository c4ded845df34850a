/**
 * `npm run bench`: throughput of every hot path, in-process, on one core.
 *
 * The corpus is every report body in ../shared/corpus (when present) plus our example reports,
 * cycled until it holds at least 2 MB of text. Prints, per stage and for the whole pipeline,
 * words/s and documents/s, then peak RSS. One warm-up pass runs first so the JIT has settled.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseReportBytes, formatOf } from '../ingest/read-file.js';
import type { RawReport } from '../ingest/report.js';
import { toDocument } from '../ingest/report.js';
import { runStages, type StageTimer } from '../nlp/pipeline.js';
import { ALL_STAGES } from '../nlp/stages.js';
import { projectRoot, sharedDir } from '../paths.js';
import { listReportsSync } from './files.js';
import { benchResolve } from './resolve.js';

const Args = z.object({
  'min-mb': z.coerce.number().positive().default(2),
  /** Size of the synthetic knowledge base for the cross-report benchmark (0: skip it). */
  'kb-reports': z.coerce.number().int().min(0).default(10_000),
  json: z.boolean().default(false),
});

interface Input { path: string; bytes: Buffer }

function loadInputs(): Input[] {
  const roots: string[] = [];
  const shared = sharedDir();
  if (shared) {
    const corpus = join(shared, 'corpus');
    for (const d of readdirSync(corpus).sort()) if (statSync(join(corpus, d)).isDirectory()) roots.push(join(corpus, d));
  }
  const examples = join(projectRoot(), 'examples', 'reports');
  if (existsSync(examples)) roots.push(examples);
  const out: Input[] = [];
  for (const root of roots) for (const path of listReportsSync(root)) out.push({ path, bytes: readFileSync(path) });
  return out;
}

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function main(): void {
  const { values } = parseArgs({ options: { 'min-mb': { type: 'string' }, 'kb-reports': { type: 'string' }, json: { type: 'boolean' } }, strict: true });
  const args = Args.parse(values);
  const inputs = loadInputs();
  if (inputs.length === 0) throw new Error('bench: no reports found (neither ../shared/corpus nor examples/reports)');
  const distinctBytes = inputs.reduce((s, i) => s + i.bytes.length, 0);
  const minBytes = args['min-mb'] * 1024 * 1024;
  const corpus: Input[] = [];
  let total = 0;
  for (let i = 0; total < minBytes || i < inputs.length; i++) {
    const input = inputs[i % inputs.length]!;
    corpus.push(input);
    total += input.bytes.length;
  }

  // Warm-up on the distinct documents.
  for (const input of inputs.slice(0, 200)) runStages(toDocument(parse(input)), ALL_STAGES);

  const t0 = performance.now();
  const raws: RawReport[] = corpus.map(parse);
  const readMs = performance.now() - t0;
  const wordCount = raws.reduce((s, r) => s + words(r.text), 0);

  const timer: StageTimer = new Map();
  const t1 = performance.now();
  for (const raw of raws) runStages(toDocument(raw), ALL_STAGES, timer);
  const pipelineMs = performance.now() - t1;

  const rows: { name: string; ms: number }[] = [{ name: 'read (decode + front matter)', ms: readMs }];
  let spineMs = readMs;
  for (const stage of ALL_STAGES) {
    const ms = timer.get(stage.name) ?? 0;
    rows.push({ name: `stage ${stage.name}`, ms });
    if (stage.name === 'structure' || stage.name === 'sentences' || stage.name === 'citations') spineMs += ms;
  }
  rows.push({ name: 'spine (read + structure + sentences + citations)', ms: spineMs });
  rows.push({ name: 'extract (read + all stages)', ms: readMs + pipelineMs });
  const pipelinePeakRss = process.resourceUsage().maxRSS * 1024;
  const resolve = args['kb-reports'] > 0 ? benchResolve(args['kb-reports']) : null;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const result = {
    corpus: { documents: raws.length, distinct: inputs.length, bytes: total, distinctBytes, words: wordCount },
    rows: rows.map((r) => ({ name: r.name, ms: round(r.ms), wordsPerSec: Math.round(wordCount / (r.ms / 1000)), docsPerSec: round(raws.length / (r.ms / 1000)) })),
    pipelinePeakRssMB: round(pipelinePeakRss / 1024 / 1024),
    resolve: resolve && { reports: resolve.reports, buildMs: round(resolve.buildMs), resolveMedianMs: round(resolve.resolveMedianMs), timelineP95Ms: round(resolve.timelineP95Ms) },
    peakRssMB: round(peakRss / 1024 / 1024),
  };
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  console.log(`corpus: ${raws.length} documents (${inputs.length} distinct), ${(total / 1024 / 1024).toFixed(2)} MB, ${wordCount} words; one core, in-process`);
  console.log(`${'path'.padEnd(52)} ${'ms'.padStart(9)} ${'words/s'.padStart(12)} ${'docs/s'.padStart(10)}`);
  for (const r of result.rows) console.log(`${r.name.padEnd(52)} ${String(r.ms).padStart(9)} ${String(r.wordsPerSec).padStart(12)} ${String(r.docsPerSec).padStart(10)}`);
  console.log(`peak RSS after extraction: ${result.pipelinePeakRssMB} MB`);
  if (result.resolve) {
    const r = result.resolve;
    console.log(`cross-report knowledge base of ${r.reports} synthetic reports: built in ${r.buildMs} ms (${Math.round(r.reports / (r.buildMs / 1000))} reports/s)`);
    console.log(`  resolve one new report: median ${r.resolveMedianMs} ms; one actor, one month timeline: p95 ${r.timelineP95Ms} ms`);
  }
  console.log(`peak RSS: ${result.peakRssMB} MB`);
}

function parse(input: Input): RawReport {
  return parseReportBytes(input.bytes, input.path, formatOf(input.path) ?? 'text');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

main();
