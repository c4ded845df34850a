import type { Extraction } from '../../src/model/extraction.js';

export type Ent = [id: string, name: string, type?: 'person' | 'place' | 'organization'];
export interface Ev { id: string; type: Extraction['events'][number]['type']; date: string | null; participants: string[]; location?: string; sentence: string }

/** A minimal extraction over our own sentences, one sentence per event (for resolver and store tests). */
export function report(id: string, publisher: string, published: string, entities: Ent[], events: Ev[]): Extraction {
  let text = '';
  const sentences: [number, number][] = [];
  const out: Extraction['events'] = [];
  for (const e of events) {
    const start = text.length;
    text += `${e.sentence} `;
    sentences.push([start, start + e.sentence.length]);
    out.push({ id: e.id, type: e.type, date: e.date, participants: e.participants, location: e.location ?? null, trigger: { start, end: start + 1 }, status: 'happened', claim: null, summary: e.sentence, rule: 'test', confidence: 1 });
  }
  return {
    id, source: `${id}.md`, title: null, published, publisher, url: null, authors: [], text, sentences, paragraphs: [],
    entities: entities.map(([eid, name, type]) => ({ id: eid, name, type: type ?? 'person', aliases: [], roles: [], mentions: [], merges: [] })),
    timexes: [], events: out, quotes: [], claims: [], citations: [], markers: [], warnings: [],
  };
}
