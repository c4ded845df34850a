import { z } from 'zod';
import { openCliStore } from '../../config/cli-store.js';
import type { Snippet } from '../../store/types.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type Command } from '../command.js';
import { printable } from '../progress.js';

const Options = z.object({
  data: z.string().min(1).optional(),
  json: z.boolean().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Highlights as [brackets] (or bold on a terminal). */
function render(snippet: Snippet, tty: boolean): string {
  let out = '';
  let at = 0;
  for (const [s, e] of snippet.highlights) {
    out += printable(snippet.text.slice(at, s));
    const word = printable(snippet.text.slice(s, e));
    out += tty ? `\x1b[1m${word}\x1b[22m` : `[${word}]`;
    at = e;
  }
  return out + printable(snippet.text.slice(at));
}

export const searchCommand: Command = {
  name: 'search',
  summary: 'full-text search over the stored reports',
  usage: `parley search <query...> [--json] [--limit N] [--offset N] [--data DIR]
  The query uses web-search syntax: words, "a phrase", -excluded, or.
  --json        print the hits as JSON ({items, total, limit, offset})
  --limit N     hits to show (default 20)
  --offset N    hits to skip
  --data DIR    the embedded store's folder (default PARLEY_DATA or ./.parley/data;
                DATABASE_URL selects a PostgreSQL server instead)`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      data: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, offset: { type: 'string' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    const q = positionals.join(' ').trim();
    if (q.length === 0) throw new UsageError('search needs a query');
    if (q.length > 500) throw new UsageError('the query is over 500 characters');
    const opened = await openCliStore('search', values.data, io);
    if ('exitCode' in opened) return opened.exitCode;
    try {
      const hits = await opened.store.search({ q, limit: values.limit, offset: values.offset });
      if (values.json) {
        io.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
        return 0;
      }
      if (hits.total === 0) {
        io.stdout.write(`no report matches ${JSON.stringify(q)}\n`);
        return 0;
      }
      for (const h of hits.items) {
        io.stdout.write(`${h.id}  ${h.published ?? '          '}  ${printable(h.title ?? '(untitled)')}${h.publisher ? ` — ${printable(h.publisher)}` : ''}\n`);
        io.stdout.write(`  ${render(h.snippet, io.stdout.isTTY === true)}\n`);
      }
      io.stdout.write(`${hits.items.length} of ${hits.total} matching report(s)\n`);
      return 0;
    } finally {
      await opened.store.close();
    }
  },
};
