import { z } from 'zod';
import { openCliStore } from '../../config/cli-store.js';
import { ENTITY_TYPES } from '../../model/annotations.js';
import { actorNamed, listActors, mergeActors, ResolveError, splitActor } from '../../resolve/commands.js';
import { KnowledgeBaseCache } from '../../resolve/from-store.js';
import type { KnowledgeBase } from '../../resolve/knowledge-base.js';
import { parseCommandArgs } from '../args.js';
import { UsageError, type Command, type Io } from '../command.js';
import { printable } from '../progress.js';

const Options = z.object({
  data: z.string().min(1).optional(),
  json: z.boolean().optional(),
  type: z.enum(ENTITY_TYPES).optional(),
  by: z.string().min(1).max(100).default(process.env['USER'] ?? 'cli'),
  limit: z.coerce.number().int().min(1).max(10_000).default(50),
});

const SUBCOMMANDS = ['list', 'show', 'merge', 'split'] as const;

export const entitiesCommand: Command = {
  name: 'entities',
  summary: 'actors across the stored reports: list, show, and merge or split them (audited)',
  usage: `parley entities list [QUERY] [--type TYPE] [--json]      actors whose name or alias contains QUERY
parley entities show ACTOR [--json]                     names, aliases with evidence, roles, events, statements
parley entities merge KEEP ABSORB [--by NAME]            ABSORB is KEEP (recorded; survives re-extraction)
parley entities split ACTOR NAME... [--by NAME]          these aliases are not ACTOR: they become a new actor
  ACTOR is an actor id (a12) or any of its names
  --data DIR   the embedded store's folder (default PARLEY_DATA or ./.parley/data)`,
  async run(argv, io) {
    const { values, positionals, help } = parseCommandArgs(argv, {
      data: { type: 'string' }, json: { type: 'boolean' }, type: { type: 'string' }, by: { type: 'string' }, limit: { type: 'string' },
    }, Options);
    if (help) {
      io.stdout.write(`${this.usage}\n`);
      return 0;
    }
    const [sub, ...args] = positionals;
    if (!SUBCOMMANDS.includes(sub as (typeof SUBCOMMANDS)[number])) throw new UsageError(`expected one of ${SUBCOMMANDS.join(', ')}`);
    if ((sub === 'show' && args.length !== 1) || (sub === 'merge' && args.length !== 2) || (sub === 'split' && args.length < 2)) {
      throw new UsageError(`wrong number of arguments for ${sub}`);
    }
    const opened = await openCliStore('entities', values.data, io);
    if ('exitCode' in opened) return opened.exitCode;
    const cache = new KnowledgeBaseCache(opened.store);
    try {
      const kb = await cache.get();
      const id = (ref: string): string => {
        const a = kb.actors.get(ref) ?? actorNamed(kb, ref);
        if (!a) throw new ResolveError('not-found', `no actor ${JSON.stringify(ref)}`);
        return a.id;
      };
      if (sub === 'list') {
        const actors = listActors(kb, { q: args[0], type: values.type }).slice(0, values.limit);
        if (values.json) io.stdout.write(`${JSON.stringify(actors.map((a) => ({ id: a.id, name: a.name, type: a.type, aliases: a.aliases.map((x) => x.name) })), null, 2)}\n`);
        else for (const a of actors) io.stdout.write(`${a.id.padEnd(7)} ${a.type.padEnd(12)} ${printable(a.name)}${a.aliases.length > 0 ? `  (also: ${a.aliases.map((x) => printable(x.name)).join(', ')})` : ''}\n`);
        return 0;
      }
      if (sub === 'show') {
        show(kb, id(args[0]!), values.json === true, io);
        return 0;
      }
      const result = sub === 'merge'
        ? await mergeActors(opened.store, cache, id(args[0]!), id(args[1]!), values.by)
        : await splitActor(opened.store, cache, id(args[0]!), args.slice(1), values.by);
      io.stdout.write(`${sub === 'merge' ? 'merged' : 'split'}: ${result.actor.id} ${printable(result.actor.name)} (recorded by ${printable(values.by)})\n`);
      show(result.kb, result.actor.id, values.json === true, io);
      return 0;
    } catch (err) {
      if (err instanceof ResolveError) {
        io.stderr.write(`parley entities: ${err.message}\n`);
        return 1;
      }
      throw err;
    } finally {
      await opened.store.close();
    }
  },
};

function show(kb: KnowledgeBase, id: string, json: boolean, io: Io): void {
  const page = kb.actorPage(id)!;
  const a = page.actor;
  if (json) {
    io.stdout.write(`${JSON.stringify({ id: a.id, name: a.name, type: a.type, aliases: a.aliases, roles: a.roles, coParticipants: page.coParticipants, events: page.events.map((e) => ({ id: e.id, type: e.type, date: e.date, summary: e.summary, corroboration: e.corroboration, contradicted: e.contradicted })), statements: page.statements }, null, 2)}\n`);
    return;
  }
  io.stdout.write(`${a.id} ${printable(a.name)} (${a.type})\n`);
  for (const x of a.aliases) io.stdout.write(`  alias ${printable(x.name)}: ${x.rule} ${x.score.toFixed(2)} — ${printable(x.evidence)}\n`);
  for (const r of a.roles) io.stdout.write(`  role ${printable(r.title)} (${r.published ?? 'undated'}, report ${r.report})\n`);
  for (const e of page.events) io.stdout.write(`  event ${e.date ?? '-'} ${e.type}: ${printable(e.summary)} [${e.corroboration} source(s)${e.contradicted ? ', contradicted' : ''}]\n`);
  for (const c of page.coParticipants.slice(0, 10)) io.stdout.write(`  with ${printable(c.name)} ×${c.count}\n`);
  for (const s of page.statements.slice(0, 10)) io.stdout.write(`  ${s.kind} (${s.role}${s.modality ? `, ${s.modality}` : ''}): ${printable(s.text.slice(0, 120))}\n`);
}
