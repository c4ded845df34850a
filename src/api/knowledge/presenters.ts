/** The only place that shapes knowledge-base JSON (timeline events, actors). */
import type { z } from 'zod';
import type { Actor } from '../../resolve/actors.js';
import type { EventView } from '../../resolve/events.js';
import type { ActorPage, KnowledgeBase } from '../../resolve/knowledge-base.js';
import { reportHref } from '../presenters.js';
import type { ActorPageResponse, ActorSummarySchema, EventViewSchema } from './schemas.js';

function reportRef(kb: KnowledgeBase, id: string) {
  const r = kb.reports.get(id);
  return { id, href: reportHref(id), publisher: r?.publisher ?? null, published: r?.published ?? null, title: r?.title ?? null };
}

function actorRef(kb: KnowledgeBase, id: string) {
  const a = kb.actors.get(id);
  return { id: a?.id ?? id, name: a?.name ?? id, type: a?.type ?? 'other' as const };
}

export function presentEvent(kb: KnowledgeBase, e: EventView): z.infer<typeof EventViewSchema> {
  return {
    id: e.id, type: e.type, date: e.date, from: e.range?.start ?? null, to: e.range?.end ?? null,
    participants: [...new Set(e.participants.map((p) => kb.actors.get(p)?.id ?? p))].map((p) => actorRef(kb, p)),
    location: e.location !== null ? actorRef(kb, e.location) : null,
    corroboration: e.corroboration, publishers: [...new Set(e.mentions.map((m) => m.publisher ?? reportRef(kb, m.report).id))],
    contradicted: e.contradicted,
    // Places and casts are actors: shown by name, with the actors alongside.
    versions: e.versions.map((v) => {
      const actors = v.field === 'date' || v.value === null ? [] : v.value.split(',').map((id) => actorRef(kb, id));
      return {
        field: v.field, value: actors.length > 0 ? actors.map((a) => a.name).join(', ') : v.value,
        ...(actors.length > 0 ? { actors } : {}),
        reports: v.reports.map((r) => reportRef(kb, r)),
      };
    }),
    mentions: e.mentions.map((m) => ({ report: reportRef(kb, m.report), event: m.event, date: m.date, passage: { start: m.trigger.start, end: m.trigger.end } })),
    summary: e.summary,
  };
}

export function presentActorSummary(a: Actor): z.infer<typeof ActorSummarySchema> {
  return { id: a.id, name: a.name, type: a.type, aliases: a.aliases.map((x) => x.name), reports: new Set(a.mentions.map((m) => m.report)).size };
}

export function presentActorPage(kb: KnowledgeBase, page: ActorPage): z.infer<typeof ActorPageResponse> {
  const a = page.actor;
  const absorbed = new Set([a.id, ...kb.actors.absorbedInto(a.id)]);
  return {
    id: a.id, name: a.name, type: a.type,
    aliases: a.aliases.map((x) => ({ ...x })),
    roles: a.roles.map((r) => ({ ...r })),
    reports: [...new Set(a.mentions.map((m) => m.report))].map((r) => reportRef(kb, r)),
    events: page.events.map((e) => presentEvent(kb, e)),
    coParticipants: page.coParticipants.map((c) => ({ id: c.actor, name: c.name, count: c.count })),
    statements: page.statements.map((s) => ({
      report: reportRef(kb, s.report), kind: s.kind, role: s.role, passage: { start: s.start, end: s.end }, text: s.text,
      modality: s.modality as z.infer<typeof ActorPageResponse>['statements'][number]['modality'],
    })),
    audit: kb.actors.audit
      .filter((x) => (x.kind === 'merge' ? absorbed.has(x.keep) : absorbed.has(x.from) || x.to === a.id))
      .map((x) => ({ kind: x.kind, at: x.at, by: x.by, detail: x.kind === 'merge' ? `merged ${x.absorbed} into ${x.keep}` : `split ${x.names.join(', ')} off ${x.from} into ${x.to}` })),
  };
}
