/**
 * Builds a Document for the events tests with the spine's real paragraphs and sentences and
 * hand-filled mentions, entities, timexes and claims, so the event rules are tested on their
 * own, whatever the entity, time and attribution stages do.
 */
import type { Claim, EntityType, EventMention, Mention, Quote, Timex } from '../../../src/model/annotations.js';
import { Document } from '../../../src/model/document.js';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { eventsStage } from '../../../src/nlp/events/index.js';

export interface EntitySpec { id: string; name: string; type: EntityType; forms?: string[]; roles?: string[] }
/** `text` is found in the document (the `nth` occurrence, default the first); value is its TIMEX3 value. */
export interface TimexSpec { text: string; value: string; nth?: number; type?: Timex['type'] }
export interface ClaimSpec { contains: string; modality?: Claim['modality']; /** the reporting verb's text */ cue?: string; /** the source's entity id */ source?: string }
/** A quotation: the quoted words (without the marks); `rule` defaults to a quote with a trailing cue. */
export interface QuoteSpec { contains: string; rule?: string }
export interface DocSpec {
  text: string;
  published?: string | null;
  entities?: EntitySpec[];
  timexes?: TimexSpec[];
  claims?: ClaimSpec[];
  quotes?: QuoteSpec[];
}

function occurrences(text: string, form: string): number[] {
  const out: number[] = [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m.index);
  return out;
}

export function buildDoc(spec: DocSpec): Document {
  const doc = new Document({
    id: 'test', source: 'test.md', text: spec.text,
    meta: { title: null, published: spec.published === undefined ? '2025-12-02' : spec.published, publisher: null, url: null, authors: [] },
  });
  runStages(doc, SPINE_STAGES);
  // Mentions: every occurrence of every form, longest forms first, no overlaps.
  const forms = (spec.entities ?? []).flatMap((e) => [e.name, ...(e.forms ?? [])].map((f) => ({ e, f })))
    .sort((a, b) => b.f.length - a.f.length);
  const mentions: Mention[] = [];
  for (const { e, f } of forms) {
    for (const at of occurrences(spec.text, f)) {
      const end = at + f.length;
      if (mentions.some((m) => m.start < end && at < m.end)) continue;
      mentions.push({ start: at, end, type: e.type, entity: e.id, rule: 'test', confidence: 1 });
    }
  }
  doc.layers.mentions = mentions.sort((a, b) => a.start - b.start);
  doc.layers.entities = (spec.entities ?? []).map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.forms ?? [], roles: (e.roles ?? []).map((title) => { const at = spec.text.indexOf(title); return { title, span: at < 0 ? { start: 0, end: 0 } : { start: at, end: at + title.length }, rule: 'test', confidence: 1 }; }), merges: [] }));
  doc.layers.timexes = (spec.timexes ?? []).map((t): Timex => {
    const at = occurrences(spec.text, t.text)[t.nth ?? 0];
    if (at === undefined) throw new Error(`timex "${t.text}" not in the text`);
    return {
      start: at, end: at + t.text.length, type: t.type ?? 'date', value: t.value, rule: 'test', confidence: 1,
      fields: { year: 'stated', month: 'stated', day: 'stated' },
    };
  }).sort((a, b) => a.start - b.start);
  doc.layers.claims = (spec.claims ?? []).map((c): Claim => {
    const at = spec.text.indexOf(c.contains);
    if (at < 0) throw new Error(`claim "${c.contains}" not in the text`);
    const cueAt = c.cue === undefined ? -1 : spec.text.indexOf(c.cue);
    if (c.cue !== undefined && cueAt < 0) throw new Error(`cue "${c.cue}" not in the text`);
    const cue = cueAt < 0 ? null : { start: cueAt, end: cueAt + c.cue!.length };
    return { start: at, end: at + c.contains.length, source: c.source ?? null, speaker: c.source ?? null, modality: c.modality ?? 'reported', cue, sourceSpan: null, citations: [], chain: [], rule: 'test', confidence: 1 };
  });
  doc.layers.quotes = (spec.quotes ?? []).map((q): Quote => {
    const at = spec.text.indexOf(q.contains);
    if (at < 0) throw new Error(`quote "${q.contains}" not in the text`);
    return { start: at, end: at + q.contains.length, speaker: null, cue: null, rule: q.rule ?? 'attribution/quote-trailing-cue', confidence: 1 };
  });
  return doc;
}

/** Build, run the events stage, and return the events with their trigger text. */
export function eventsOf(spec: DocSpec): (EventMention & { trigger: string })[] {
  const doc = buildDoc(spec);
  eventsStage.run(doc);
  return doc.layers.events.map((e) => ({ ...e, trigger: doc.text.slice(e.start, e.end) }));
}

/** The one event whose trigger is `trigger` (fails the test when there is not exactly one). */
export function eventAt(events: readonly (EventMention & { trigger: string })[], trigger: string): EventMention & { trigger: string } {
  const found = events.filter((e) => e.trigger === trigger);
  if (found.length !== 1) throw new Error(`expected one event triggered by "${trigger}", got ${found.length}: ${events.map((e) => e.trigger).join(', ')}`);
  return found[0]!;
}
