/**
 * `npm run eval`: scores every corpus folder in ../shared/corpus that has gold with the shared
 * scorer, one SUMMARY line per corpus. `--quick`: dev and gum-news only, within 60 s.
 * Skips cleanly (exit 0) when ../shared is absent.
 */
import { execFile } from 'node:child_process';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { projectRoot, sharedDir } from '../paths.js';

const Args = z.object({ quick: z.boolean().default(false), corpus: z.array(z.string()).default([]) });

const QUICK = ['dev', 'gum-news'];

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean' }, corpus: { type: 'string', multiple: true } }, strict: true });
  const args = Args.parse(values);
  const shared = sharedDir();
  if (!shared) {
    console.log('eval: ../shared/corpus is not here: nothing to score (skipped)');
    return 0;
  }
  const corpusRoot = join(shared, 'corpus');
  const scorer = join(shared, 'tools', 'score.mjs');
  const all = readdirSync(corpusRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(corpusRoot, d.name)).some((f) => f.endsWith('.gold.json')))
    .map((d) => d.name)
    .sort();
  const names = args.corpus.length > 0 ? args.corpus : args.quick ? QUICK.filter((n) => all.includes(n)) : all;
  const bin = join(projectRoot(), 'bin', 'parley.js');
  const extract = `node ${JSON.stringify(bin)} extract --format jsonl`;
  let failed = 0;
  for (const name of names) {
    const dir = join(corpusRoot, name);
    if (!existsSync(dir)) {
      console.log(`${name}: no such corpus`);
      failed++;
      continue;
    }
    const res = await run(process.execPath, [scorer, '--corpus', dir, '--cmd', extract, '--quiet'], args.quick ? 55_000 : 1_800_000);
    const summary = res.stdout.split('\n').find((l) => l.startsWith('SUMMARY'));
    if (!summary) {
      failed++;
      console.log(`${name}: scorer printed no SUMMARY (exit ${res.code}) ${res.stderr.split('\n').slice(-3).join(' ')}`);
      continue;
    }
    console.log(`${name}: ${summary}`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
