import { z } from 'zod';
import { ingestBatch, type BatchSummary, type ReportSink } from '../../ingest/batch.js';
import type { MetaOverrides } from '../../ingest/report.js';
import type { Store } from '../../store/types.js';
import { IsoDay, parseCommandArgs } from '../args.js';
import { UsageError, type Command, type Io } from '../command.js';
import { Progress, printable } from '../progress.js';

const Options = z.object({
  data: z.string().min(1).optional(),
  'allow-private': z.boolean().optional(),
  'max-bytes': z.coerce.number().int().positive().max(2 ** 31).optional(),
  timeout: z.coerce.number().positive().max(600).optional(),
  json: z.boolean().optional(),
  published: IsoDay.optional(),
  title: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
});

const USAGE = `parley ingest <file|folder|url|feed...> [options]
  Reads every report (files, folders recursively, http(s) pages, RSS/Atom feeds: every item),
  analyses it and stores it. Bad inputs are reported and skipped; the others are still stored.
  --data DIR          the embedded store's folder (default PARLEY_DATA or ./.parley/data;
                      DATABASE_URL selects a PostgreSQL server instead)
  --allow-private     allow fetching private, loopback and link-local addresses
  --max-bytes N       refuse inputs larger than N bytes (default 20 MB)
  --timeout SECONDS   total time for each fetch, redirects included (default 15)
  --published DATE    publication date (YYYY-MM-DD) for every report, overrides front matter
  --title TEXT        title for every report, overrides front matter
  --publisher NAME    publisher for every report, overrides front matter
  --json              print the summary as JSON
exit status: 0 when every input was stored (added, duplicate or near-duplicate), 1 when any failed,
  130 when stopped by Ctrl-C (what was stored stays stored)`;

/** How the command gets its store (tests pass their own). */
export type OpenStore = (dataFlag: string | undefined) => Promise<ReportSink & Pick<Store, 'close'>>;

/**
 * The store modules (and the database engines behind them) load only when `ingest` runs, so
 * the other commands neither pay for them nor break when they do.
 */
const openDefaultStore: OpenStore = async (dataFlag) => {
  const [{ loadEnv }, { openStore, storeTarget }] = await Promise.all([import('../../config/env.js'), import('../../store/open.js')]);
  return openStore(storeTarget(loadEnv(), dataFlag));
};

export function makeIngestCommand(open: OpenStore = openDefaultStore): Command {
  return {
    name: 'ingest',
    summary: 'read reports (files, folders, URLs, feeds), analyse them and store them',
    usage: USAGE,
    async run(argv: readonly string[], io: Io): Promise<number> {
      const { values, positionals, help } = parseCommandArgs(argv, {
        data: { type: 'string' }, 'allow-private': { type: 'boolean' }, 'max-bytes': { type: 'string' },
        timeout: { type: 'string' }, json: { type: 'boolean' },
        published: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
      }, Options);
      if (help) {
        io.stdout.write(`${USAGE}\n`);
        return 0;
      }
      if (positionals.length === 0) throw new UsageError('ingest needs at least one file, folder, URL or feed');
      const overrides: MetaOverrides = {};
      if (values.published) overrides.published = values.published;
      if (values.title) overrides.title = values.title;
      if (values.publisher) overrides.publisher = values.publisher;

      let store;
      try {
        store = await open(values.data);
      } catch (err) {
        io.stderr.write(`parley ingest: cannot open the store: ${printable(err instanceof Error ? err.message : String(err))}\n`);
        return 1;
      }
      const progress = new Progress(io.stderr);
      const started = performance.now();
      // The first Ctrl-C stops after the report in hand (every stored report is one committed
      // transaction), closes the store and prints the summary; a second one exits at once.
      const stop = new AbortController();
      const onSigint = (): void => {
        if (stop.signal.aborted) process.exit(130);
        io.stderr.write('\nparley ingest: stopping after the current report (Ctrl-C again to quit at once)\n');
        stop.abort();
      };
      process.on('SIGINT', onSigint);
      let summary: BatchSummary;
      try {
        summary = await ingestBatch(positionals, store, {
          overrides,
          signal: stop.signal,
          ...(values['max-bytes'] !== undefined ? { maxBytes: values['max-bytes'] } : {}),
          ...(values.timeout !== undefined ? { timeoutMs: values.timeout * 1000 } : {}),
          ...(values['allow-private'] ? { allowPrivate: true } : {}),
        }, progress.onEvent);
      } finally {
        process.off('SIGINT', onSigint);
        progress.finish();
        await store.close();
      }
      const seconds = (performance.now() - started) / 1000;
      if (values.json) io.stdout.write(`${JSON.stringify({ ...summary, failedCount: summary.failed.length, seconds: round(seconds) }, null, 2)}\n`);
      else io.stdout.write(summaryText(summary, seconds));
      if (summary.interrupted) return 130;
      return summary.failed.length > 0 ? 1 : 0;
    },
  };
}

export function summaryText(s: BatchSummary, seconds: number): string {
  const handled = s.added + s.duplicate + s.nearDuplicate + s.failed.length;
  const lines = [
    `${s.interrupted ? 'interrupted: ' : ''}${handled} input(s) in ${seconds.toFixed(1)} s: ${s.added} added, ${s.duplicate} duplicate, ${s.nearDuplicate} near-duplicate, ${s.failed.length} failed${s.skipped > 0 ? ` (${s.skipped} feed item(s) past the item cap skipped)` : ''}`,
  ];
  if (s.failed.length > 0) {
    lines.push('failed:');
    for (const f of s.failed) {
      const message = f.message.startsWith(`${f.source}: `) ? f.message.slice(f.source.length + 2) : f.message;
      lines.push(`  ${printable(f.source)}\n    ${f.code}: ${printable(message)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export const ingestCommand = makeIngestCommand();
