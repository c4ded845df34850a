/**
 * The extraction output contract (`../shared/spec/extraction-format.md`, v1) as a schema, and
 * the presenter that derives it from a Document. The presenter is the only place that shapes
 * this JSON; the schema is what the contract test validates against.
 */
import { z } from 'zod';
import { ENTITY_TYPES, EVENT_TYPES, MODALITIES, TIMEX_TYPES } from './annotations.js';
import type { Document } from './document.js';

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const Nullable = <T extends z.ZodType>(t: T) => t.nullable();

export const ExtractionSchema = z.object({
  id: z.string(),
  source: z.string(),
  title: Nullable(z.string()),
  published: Nullable(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
  publisher: Nullable(z.string()),
  url: Nullable(z.string()),
  authors: z.array(z.string()),
  text: z.string(),
  sentences: z.array(z.tuple([z.number().int(), z.number().int()])),
  paragraphs: z.array(z.object({ start: z.number().int(), end: z.number().int(), heading: z.boolean() })),
  entities: z.array(z.object({
    id: z.string(),
    name: z.string(),
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    mentions: z.array(SpanSchema.extend({ rule: z.string(), confidence: z.number() })),
    merges: z.array(z.object({ rule: z.string(), from: z.string(), into: z.string(), evidence: z.string(), score: z.number() })),
  })),
  timexes: z.array(SpanSchema.extend({
    text: z.string(),
    type: z.enum(TIMEX_TYPES),
    value: z.string(),
    mod: z.string().optional(),
    rule: z.string(),
    confidence: z.number(),
    fields: z.object({ year: z.string(), month: z.string(), day: z.string() }),
    anchor: z.string().optional(),
  })),
  events: z.array(z.object({
    id: z.string(),
    type: z.enum(EVENT_TYPES),
    date: Nullable(z.string()),
    participants: z.array(z.string()),
    /** Countries named only by a nationality group ("the Ukrainian delegation"): resolved by name across reports. */
    parties: z.array(SpanSchema.extend({ country: z.string() })).optional(),
    location: Nullable(z.string()),
    trigger: SpanSchema,
    status: z.string(),
    claim: Nullable(z.number().int()),
    summary: z.string(),
    rule: z.string(),
    confidence: z.number(),
  })),
  quotes: z.array(SpanSchema.extend({
    speaker: Nullable(z.string()),
    cue: Nullable(SpanSchema),
    rule: z.string(),
    confidence: z.number(),
  })),
  claims: z.array(SpanSchema.extend({
    source: Nullable(z.string()),
    speaker: Nullable(z.string()),
    modality: z.enum(MODALITIES),
    cue: Nullable(SpanSchema),
    source_span: Nullable(SpanSchema),
    citations: z.array(z.string()),
    chain: z.array(z.object({ role: z.string(), entity: Nullable(z.string()), span: Nullable(SpanSchema) })),
    rule: z.string(),
    confidence: z.number(),
  })),
  citations: z.array(SpanSchema.extend({
    marker: Nullable(z.string()),
    title: Nullable(z.string()),
    authors: z.array(z.string()),
    translators: z.array(z.string()),
    publisher: Nullable(z.string()),
    date: Nullable(z.string()),
    url: Nullable(z.string()),
    inline: z.boolean(),
  })),
  markers: z.array(SpanSchema.extend({ marker: z.string(), sentence: Nullable(z.number().int()) })),
  warnings: z.array(z.object({
    code: z.string(),
    message: z.string(),
    rule: z.string(),
    start: z.number().int().optional(),
    end: z.number().int().optional(),
    marker: z.string().optional(),
  })),
});

export type Extraction = z.infer<typeof ExtractionSchema>;

/**
 * What the cross-report knowledge base reads of a report: its identity, text and sentences,
 * entities (names, aliases, roles and mention spans), events, quotes and claims. An Extraction
 * is one; the store's journal serves just this much, which is cheaper to read back.
 */
export type KnowledgeReport = Pick<Extraction, 'id' | 'title' | 'published' | 'publisher' | 'text' | 'sentences' | 'events' | 'quotes' | 'claims'> & {
  entities: (Pick<Extraction['entities'][number], 'id' | 'name' | 'type' | 'aliases' | 'roles'> & { mentions: { start: number; end: number }[] })[];
};

export function presentExtraction(doc: Document): Extraction {
  const L = doc.layers;
  const mentionsByEntity = new Map<string, { start: number; end: number; rule: string; confidence: number }[]>();
  for (const m of L.mentions) {
    let list = mentionsByEntity.get(m.entity);
    if (!list) mentionsByEntity.set(m.entity, (list = []));
    list.push({ start: m.start, end: m.end, rule: m.rule, confidence: m.confidence });
  }
  return {
    id: doc.id,
    source: doc.source,
    title: doc.meta.title,
    published: doc.meta.published,
    publisher: doc.meta.publisher,
    url: doc.meta.url,
    authors: doc.meta.authors,
    text: doc.text,
    sentences: L.sentences.map((s) => [s.start, s.end] as [number, number]),
    paragraphs: L.paragraphs.map((p) => ({ start: p.start, end: p.end, heading: p.heading })),
    entities: L.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: [...new Set(e.roles.map((r) => r.title))],
      mentions: mentionsByEntity.get(e.id) ?? [],
      merges: e.merges.map((m) => ({ ...m })),
    })),
    timexes: L.timexes.map((t) => ({
      start: t.start, end: t.end, text: doc.slice(t), type: t.type, value: t.value,
      ...(t.mod !== undefined ? { mod: t.mod } : {}),
      rule: t.rule, confidence: t.confidence, fields: { ...t.fields },
      ...(t.anchor !== undefined ? { anchor: t.anchor } : {}),
    })),
    events: L.events.map((v) => ({
      id: v.id, type: v.type, date: v.date, participants: [...v.participants],
      ...(v.parties.length > 0 ? { parties: v.parties.map((p) => ({ country: p.country, start: p.start, end: p.end })) } : {}),
      location: v.location,
      trigger: { start: v.start, end: v.end }, status: v.status, claim: v.claim, summary: v.summary,
      rule: v.rule, confidence: v.confidence,
    })),
    quotes: L.quotes.map((q) => ({
      start: q.start, end: q.end, speaker: q.speaker, cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
      rule: q.rule, confidence: q.confidence,
    })),
    claims: L.claims.map((c) => ({
      start: c.start, end: c.end, source: c.source, speaker: c.speaker, modality: c.modality,
      cue: c.cue ? { start: c.cue.start, end: c.cue.end } : null,
      source_span: c.sourceSpan ? { start: c.sourceSpan.start, end: c.sourceSpan.end } : null,
      citations: [...c.citations],
      chain: c.chain.map((l) => ({ role: l.role, entity: l.entity, span: l.span ? { start: l.span.start, end: l.span.end } : null })),
      rule: c.rule, confidence: c.confidence,
    })),
    citations: L.citations.map((c) => ({
      start: c.start, end: c.end, marker: c.marker, title: c.title, authors: [...c.authors],
      translators: [...c.translators], publisher: c.publisher, date: c.date, url: c.url, inline: c.inline,
    })),
    markers: L.markers.map((m) => ({ start: m.start, end: m.end, marker: m.marker, sentence: m.sentence })),
    warnings: doc.warnings.map((w) => ({ ...w })),
  };
}
