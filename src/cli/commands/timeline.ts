import { z } from 'zod';
import { openCliStore } from '../../config/cli-store.js';
import { EVENT_TYPES } from '../../model/annotations.js';
import { buildKnowledgeBase } from '../../resolve/from-store.js';
import { foldName } from '../../resolve/names.js';
import { IsoDay, parseCommandArgs } from '../args.js';
import { UsageError, type Command } from '../command.js';
import { printable } from '../progress.js';

const Options = z.object({
  data: z.string().min(1).optional(),
  json: z.boolean().optional(),
  from: IsoDay.optional(),
  to: IsoDay.optional(),
  'as-of': IsoDay.optional(),
  actor: z.string().min(1).optional(),
  type: z.enum(EVENT_TYPES).optional(),
});

export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'events across the stored reports in date order, with corroboration and contradictions',
  usage: `parley timeline [--from DATE] [--to DATE] [--actor NAME] [--type TYPE] [--as-of DATE] [--json] [--data DIR]
  --from, --to DATE  only events whose days overlap [from, to] (YYYY-MM-DD)
  --actor NAME       only events this actor takes part in (a name or any alias)
  --type TYPE        ${EVENT_TYPES.join(', ')}
  --as-of DATE       the negotiation as known that day: only reports published up to DATE count
  --json             print the events as JSON
  --data DIR         the embedded store's folder (default PARLEY_DATA or ./.parley/data)`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      data: { type: 'string' }, json: { type: 'boolean' }, from: { type: 'string' }, to: { type: 'string' },
      'as-of': { type: 'string' }, actor: { type: 'string' }, type: { type: 'string' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const opened = await openCliStore('timeline', values.data, io);
    if ('exitCode' in opened) return opened.exitCode;
    try {
      const kb = await buildKnowledgeBase(opened.store);
      let actor: string | undefined;
      if (values.actor) {
        const want = foldName(values.actor);
        actor = [...kb.actors.actors.values()].find((a) => [a.name, ...a.aliases.map((x) => x.name)].some((n) => foldName(n) === want))?.id;
        if (!actor) {
          io.stderr.write(`parley timeline: no actor named ${JSON.stringify(values.actor)}\n`);
          return 1;
        }
      }
      const events = kb.timeline({
        ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}),
        ...(actor ? { actor } : {}), ...(values.type ? { type: values.type } : {}), ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
      });
      const name = (id: string): string => kb.actors.get(id)?.name ?? id;
      if (values.json) {
        io.stdout.write(`${JSON.stringify(events.map((e) => ({
          id: e.id, type: e.type, date: e.date, range: e.range, participants: e.participants.map((p) => ({ id: p, name: name(p) })),
          location: e.location && { id: e.location, name: name(e.location) }, corroboration: e.corroboration, publishers: e.publishers,
          contradicted: e.contradicted, versions: e.versions, summary: e.summary,
          mentions: e.mentions.map((m) => ({ report: m.report, event: m.event, publisher: m.publisher, published: m.published, date: m.date })),
        })), null, 2)}\n`);
        return 0;
      }
      if (events.length === 0) {
        io.stdout.write('no dated events match\n');
        return 0;
      }
      for (const e of events) {
        const flags = `${e.corroboration} source${e.corroboration === 1 ? '' : 's'}${e.contradicted ? ', CONTRADICTED' : ''}`;
        io.stdout.write(`${(e.date ?? '').padEnd(23)} ${e.type.padEnd(12)} ${printable(e.summary)}  [${flags}]\n`);
        const told = (ids: readonly string[]): string => [...new Set(ids.map((r) => kb.reports.get(r)?.publisher ?? r))].map(printable).join(', ');
        if (e.contradicted) for (const v of e.versions) io.stdout.write(`  ${v.field} ${v.value ?? '-'}: ${told(v.reports)}\n`);
      }
      io.stdout.write(`${events.length} event(s)\n`);
      return 0;
    } finally {
      await opened.store.close();
    }
  },
};
