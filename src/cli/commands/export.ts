import { createWriteStream } from 'node:fs';
import { z } from 'zod';
import { openCliStore, write } from '../../config/cli-store.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type Command } from '../command.js';

const Options = z.object({
  data: z.string().min(1).optional(),
  format: z.enum(['jsonl']).default('jsonl'),
  out: z.string().min(1).optional(),
});

export const exportCommand: Command = {
  name: 'export',
  summary: 'print every stored report as extraction JSONL',
  usage: `parley export [--format jsonl] [--out FILE] [--data DIR]
  Writes one extraction object (../shared/spec/extraction-format.md) per stored report and line,
  in ingestion order, rebuilt from the store's tables.
  --format jsonl  the only format so far
  --out FILE      write to FILE instead of standard output
  --data DIR      the embedded store's folder (default PARLEY_DATA or ./.parley/data;
                  DATABASE_URL selects a PostgreSQL server instead)`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      data: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const opened = await openCliStore('export', values.data, io);
    if ('exitCode' in opened) return opened.exitCode;
    const file = values.out !== undefined ? createWriteStream(values.out) : null;
    const out = file ?? io.stdout;
    let n = 0;
    try {
      for await (const stored of opened.store.eachReport()) {
        const { ingested_at: _i, near_duplicates: _n, ...extraction } = stored;
        await write(out, `${JSON.stringify(extraction)}\n`);
        n++;
      }
    } finally {
      await opened.store.close();
      if (file) await new Promise<void>((resolve, reject) => file.end((err?: Error | null) => (err ? reject(err) : resolve())));
    }
    io.stderr.write(`parley export: ${n} report(s)${values.out !== undefined ? ` written to ${values.out}` : ''}\n`);
    return 0;
  },
};
