import { z } from 'zod';
import { IngestError } from '../../ingest/errors.js';
import type { MetaOverrides } from '../../ingest/report.js';
import { readTarget } from '../../ingest/read-target.js';
import { expandInputs, targetName } from '../../ingest/sources.js';
import { presentExtraction } from '../../model/extraction.js';
import { analyse } from '../../nlp/analyse.js';
import { IsoDay, parseCommandArgs } from '../args.js';
import { UsageError, type Command } from '../command.js';

const Options = z.object({
  format: z.enum(['json', 'jsonl']).optional(),
  published: IsoDay.optional(),
  title: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  'max-bytes': z.coerce.number().int().positive().optional(),
  'allow-private': z.boolean().optional(),
});

export const extractCommand: Command = {
  name: 'extract',
  summary: 'print the extraction JSON of reports (files, folders, URLs) without storing them',
  usage: `parley extract <file|folder|url...> [--format json|jsonl]
  --format json|jsonl   json: one pretty-printed object (one input); jsonl: one object per line (default for several)
  --published DATE      publication date (YYYY-MM-DD), overrides front matter
  --title TEXT          title, overrides front matter
  --publisher NAME      publisher, overrides front matter
  --max-bytes N         refuse inputs larger than N bytes (default 20 MB)
  --allow-private       allow fetching private and loopback addresses`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      format: { type: 'string' }, published: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
      'max-bytes': { type: 'string' }, 'allow-private': { type: 'boolean' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError('extract needs at least one file, folder or URL');
    const overrides: MetaOverrides = {};
    if (values.published) overrides.published = values.published;
    if (values.title) overrides.title = values.title;
    if (values.publisher) overrides.publisher = values.publisher;

    const { targets, errors } = await expandInputs(positionals);
    let failed = errors.length;
    for (const e of errors) io.stderr.write(`parley extract: ${e.code}: ${e.message}\n`);
    const format = values.format ?? (targets.length === 1 && errors.length === 0 ? 'json' : 'jsonl');
    for (const target of targets) {
      try {
        const result = await readTarget(target, {
          ...(values['max-bytes'] !== undefined ? { maxBytes: values['max-bytes'] } : {}),
          ...(values['allow-private'] ? { allowPrivate: true } : {}),
        });
        for (const e of result.errors) {
          failed++;
          io.stderr.write(`parley extract: ${e.code}: ${e.message}\n`);
        }
        for (const raw of result.reports) {
          const out = presentExtraction(analyse(raw, overrides));
          io.stdout.write(format === 'json' ? `${JSON.stringify(out, null, 2)}\n` : `${JSON.stringify(out)}\n`);
        }
      } catch (err) {
        failed++;
        if (err instanceof IngestError) io.stderr.write(`parley extract: ${err.code}: ${err.message}\n`);
        else io.stderr.write(`parley extract: ${targetName(target)}: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      }
    }
    return failed > 0 ? 1 : 0;
  },
};
