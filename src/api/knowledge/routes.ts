/** Routes over the knowledge base across reports: validate → command → presenter. */
import type { RouteSpec } from '../routes.js';
import { jsonBody, validate } from '../validate.js';
import { actorOr404, listActors, mergeActors, splitActor } from './commands.js';
import { presentActorPage, presentActorSummary, presentEvent } from './presenters.js';
import {
  ActorListQuery, ActorListResponse, ActorPageQuery, ActorPageResponse, ActorParams, MergeBody, NoQuery, SplitBody, TimelineQuery, TimelineResponse,
} from './schemas.js';

export const KNOWLEDGE_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get', path: '/api/timeline', summary: 'Events across reports in date order, with corroboration and contradictions',
    query: TimelineQuery,
    responses: [{ status: 200, description: 'events, a span sorted by its middle; undated events are left out', schema: TimelineResponse }],
    errors: [400],
    async handle(c, { knowledge }) {
      const q = validate(TimelineQuery, c.req.query(), 'query');
      const kb = await knowledge.get();
      const events = kb.timeline({
        ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}), ...(q.actor ? { actor: q.actor } : {}),
        ...(q.type ? { type: q.type } : {}), ...(q.asOf ? { asOf: q.asOf } : {}),
      });
      return c.json({ items: events.slice(0, q.limit).map((e) => presentEvent(kb, e)), total: events.length });
    },
  },
  {
    method: 'get', path: '/api/actors', summary: 'Actors across reports (every spelling resolved), the most mentioned first',
    query: ActorListQuery,
    responses: [{ status: 200, description: 'a page of actors', schema: ActorListResponse }],
    errors: [400],
    async handle(c, { knowledge }) {
      const q = validate(ActorListQuery, c.req.query(), 'query');
      const all = listActors(await knowledge.get(), q);
      return c.json({ items: all.slice(q.offset, q.offset + q.limit).map(presentActorSummary), total: all.length, limit: q.limit, offset: q.offset });
    },
  },
  {
    method: 'get', path: '/api/entities/:id', summary: 'An actor page: names, aliases with evidence, roles over time, events, statements, co-participants',
    params: ActorParams, query: ActorPageQuery,
    responses: [{ status: 200, description: 'the actor', schema: ActorPageResponse }],
    errors: [400, 404],
    async handle(c, { knowledge }) {
      const { id } = validate(ActorParams, c.req.param(), 'path');
      const { asOf } = validate(ActorPageQuery, c.req.query(), 'query');
      const kb = await knowledge.get();
      const actor = actorOr404(kb, id);
      return c.json(presentActorPage(kb, kb.actorPage(actor.id, asOf)!));
    },
  },
  {
    method: 'post', path: '/api/entities/merge', summary: 'A person merges two actors (recorded, audited, never undone by re-extraction)',
    body: { json: MergeBody, raw: [], rawQuery: NoQuery },
    responses: [{ status: 200, description: 'the merged actor', schema: ActorPageResponse }],
    errors: [400, 404],
    async handle(c, { store, knowledge }) {
      const body = validate(MergeBody, await jsonBody(c), 'body');
      const { kb, actor } = await mergeActors(store, knowledge, body.keep, body.absorb, body.by);
      return c.json(presentActorPage(kb, kb.actorPage(actor.id)!));
    },
  },
  {
    method: 'post', path: '/api/entities/:id/split', summary: 'A person splits aliases off an actor into a new actor (recorded, audited)',
    params: ActorParams,
    body: { json: SplitBody, raw: [], rawQuery: NoQuery },
    responses: [{ status: 200, description: 'the new actor', schema: ActorPageResponse }],
    errors: [400, 404],
    async handle(c, { store, knowledge }) {
      const { id } = validate(ActorParams, c.req.param(), 'path');
      const body = validate(SplitBody, await jsonBody(c), 'body');
      const { kb, actor } = await splitActor(store, knowledge, id, body.names, body.by);
      return c.json(presentActorPage(kb, kb.actorPage(actor.id)!));
    },
  },
];
