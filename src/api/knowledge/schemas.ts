/** Request and response schemas of the knowledge-base routes: timeline, actor pages, merge/split. */
import { z } from 'zod';
import { ENTITY_TYPES, EVENT_TYPES, MODALITIES } from '../../model/annotations.js';
import { Day } from '../schemas.js';

const ActorId = z.string().regex(/^a\d{1,9}$/, 'expected an actor id such as a12');
const Text = (max = 300) => z.string().trim().min(1).max(max);

export const TimelineQuery = z.object({
  from: Day.optional().describe('events on a day on or after this one'),
  to: Day.optional().describe('events on a day on or before this one'),
  actor: ActorId.optional().describe('only events this actor takes part in'),
  type: z.enum(EVENT_TYPES).optional(),
  asOf: Day.optional().describe('the negotiation as known that day: only reports published up to it count'),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
}).strict();

export const ActorListQuery = z.object({
  q: Text().optional().describe('part of a name or alias, case-insensitive'),
  type: z.enum(ENTITY_TYPES).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
}).strict();

export const ActorParams = z.object({ id: ActorId });
/** Routes whose bodies are JSON only take no upload query. */
export const NoQuery = z.object({}).strict();
export const ActorPageQuery = z.object({ asOf: Day.optional() }).strict();

export const MergeBody = z.object({
  keep: ActorId.describe('the actor that stays'),
  absorb: ActorId.describe('the actor merged into it'),
  by: Text(100).default('api'),
}).strict();

export const SplitBody = z.object({
  names: z.array(Text()).min(1).max(100).describe('aliases that are not this actor: they become a new actor'),
  by: Text(100).default('api'),
}).strict();

const ActorRef = z.object({ id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES) });
const Span = z.object({ start: z.number().int(), end: z.number().int() });
const ReportRef = z.object({ id: z.string(), href: z.string(), publisher: z.string().nullable(), published: z.string().nullable(), title: z.string().nullable() });

export const EventViewSchema = z.object({
  id: z.string(),
  type: z.enum(EVENT_TYPES),
  date: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  participants: z.array(ActorRef),
  location: ActorRef.nullable(),
  corroboration: z.number().int().describe('independent publishers that tell it'),
  publishers: z.array(z.string()),
  contradicted: z.boolean(),
  versions: z.array(z.object({ field: z.enum(['date', 'location', 'participants']), value: z.string().nullable(), actors: z.array(ActorRef).optional(), reports: z.array(ReportRef) })),
  mentions: z.array(z.object({ report: ReportRef, event: z.string(), date: z.string().nullable(), passage: Span })),
  summary: z.string(),
});

export const TimelineResponse = z.object({ items: z.array(EventViewSchema), total: z.number().int() });

export const ActorSummarySchema = z.object({
  id: z.string(), name: z.string(), type: z.enum(ENTITY_TYPES), aliases: z.array(z.string()), reports: z.number().int(),
});
export const ActorListResponse = z.object({
  items: z.array(ActorSummarySchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int(),
});

export const ActorPageResponse = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.object({ name: z.string(), rule: z.string(), score: z.number(), evidence: z.string(), report: z.string() })),
  roles: z.array(z.object({ title: z.string(), report: z.string(), published: z.string().nullable() })),
  reports: z.array(ReportRef),
  events: z.array(EventViewSchema),
  coParticipants: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  statements: z.array(z.object({
    report: ReportRef, kind: z.enum(['quote', 'claim']), role: z.enum(['speaker', 'source', 'about']), passage: Span, text: z.string(),
    modality: z.enum(MODALITIES).nullable(),
  })),
  audit: z.array(z.object({ kind: z.enum(['merge', 'split']), at: z.string(), by: z.string(), detail: z.string() })),
});
