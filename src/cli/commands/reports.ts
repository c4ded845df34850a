import { z } from 'zod';
import { openCliStore } from '../../config/cli-store.js';
import { IsoDay, parseCommandArgs } from '../args.js';
import { UsageError, type Command } from '../command.js';
import { printable } from '../progress.js';

const Options = z.object({
  data: z.string().min(1).optional(),
  json: z.boolean().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  publisher: z.string().min(1).optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
});

export const reportsCommand: Command = {
  name: 'reports',
  summary: 'list the stored reports, newest first',
  usage: `parley reports [--json] [--limit N] [--offset N] [--publisher NAME] [--from DATE] [--to DATE] [--data DIR]
  --json            print the page as JSON ({items, total, limit, offset})
  --limit N         reports per page (default 50, at most 500)
  --offset N        reports to skip
  --publisher NAME  only this publisher (case-insensitive)
  --from DATE       published on or after (YYYY-MM-DD)
  --to DATE         published on or before (YYYY-MM-DD)
  --data DIR        the embedded store's folder (default PARLEY_DATA or ./.parley/data;
                    DATABASE_URL selects a PostgreSQL server instead)`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      data: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, offset: { type: 'string' },
      publisher: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const opened = await openCliStore('reports', values.data, io);
    if ('exitCode' in opened) return opened.exitCode;
    try {
      const page = await opened.store.listReports({
        limit: values.limit, offset: values.offset, publisher: values.publisher, from: values.from, to: values.to,
      });
      if (values.json) {
        io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
        return 0;
      }
      if (page.total === 0) {
        io.stdout.write(`no reports stored (${opened.where}); add some with parley ingest\n`);
        return 0;
      }
      for (const r of page.items) {
        const c = r.counts;
        io.stdout.write(`${r.id}  ${r.published ?? '          '}  ${printable(r.publisher ?? '-')}  ${printable(r.title ?? r.source)}\n`);
        io.stdout.write(`  ${c.entities} entities, ${c.timexes} timexes, ${c.events} events, ${c.quotes} quotes, ${c.claims} claims, ${c.warnings} warnings${c.nearDuplicates > 0 ? `, ${c.nearDuplicates} near-duplicate(s)` : ''}\n`);
      }
      const last = page.offset + page.items.length;
      io.stdout.write(`${page.offset + 1}–${last} of ${page.total} report(s)${last < page.total ? ` (next: --offset ${last})` : ''}\n`);
      return 0;
    } finally {
      await opened.store.close();
    }
  },
};
