/**
 * Trigger extractors: one regular expression per trigger family (chrono's pattern parsers).
 * The pattern must carry the `g` and `d` flags and a named group `t` (or `t2`, `t3` in other
 * alternatives) for the trigger word itself; the
 * rest of the match is context (a lookahead, a required object). `accept` rejects a match by
 * looking at the document around it (entity mentions, the next word).
 */
import type { Entity, EventType, Mention } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import type { Extractor } from '../pipeline.js';
import { newCandidate, type EventCandidate } from './candidate.js';

export interface TriggerRule {
  readonly name: string;
  readonly type: EventType;
  readonly pattern: RegExp;
  readonly confidence?: number;
  readonly accept?: (doc: Document, start: number, end: number) => boolean;
}

export function triggerExtractor(rule: TriggerRule): Extractor<EventCandidate> {
  if (!rule.pattern.hasIndices || !rule.pattern.global) {
    throw new Error(`${rule.name}: trigger pattern ${String(rule.pattern)} needs the g and d flags`);
  }
  return {
    name: rule.name,
    extract(doc) {
      const out: EventCandidate[] = [];
      const body = doc.text.slice(0, doc.bodyEnd);
      // The rule's own expression, rewound: extraction is synchronous, so it is never shared mid-scan.
      const re = rule.pattern;
      re.lastIndex = 0;
      for (let m = re.exec(body); m !== null; m = re.exec(body)) {
        const span = triggerSpan(m);
        if (!span) continue;
        const [start, end] = span;
        const sentence = doc.sentenceAt(start);
        if (sentence < 0) continue;
        if (rule.accept && !rule.accept(doc, start, end)) continue;
        out.push(newCandidate({ start, end, type: rule.type, rule: rule.name, confidence: rule.confidence ?? 0.7, sentence }));
      }
      return out;
    },
  };
}

/** The first defined group named `t`, `t2`, `t3`, … (alternatives cannot share one group name). */
function triggerSpan(m: RegExpExecArray): [number, number] | undefined {
  const groups = m.indices?.groups;
  if (!groups) return undefined;
  for (const key of Object.keys(groups)) {
    if (/^t\d*$/.test(key) && groups[key]) return groups[key];
  }
  return undefined;
}

// ---- helpers the accept functions share -------------------------------------------------

const sortedCache = new WeakMap<Document, { layer: readonly Mention[]; sorted: Mention[] }>();

/** The document's mentions sorted by start (cached per layer array). */
export function sortedMentions(doc: Document): Mention[] {
  const cached = sortedCache.get(doc);
  if (cached && cached.layer === doc.layers.mentions) return cached.sorted;
  const sorted = [...doc.layers.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  sortedCache.set(doc, { layer: doc.layers.mentions, sorted });
  return sorted;
}

const entityMaps = new WeakMap<readonly Entity[], Map<string, Entity>>();

/** The report's entity with this id (a map built once per entities layer). */
export function entityById(doc: Document, id: string): Entity | undefined {
  const entities = doc.layers.entities;
  let map = entityMaps.get(entities);
  if (!map) entityMaps.set(entities, (map = new Map(entities.map((e) => [e.id, e]))));
  return map.get(id);
}

/** Index of the first mention starting at or after `offset` (binary search). */
export function firstMentionFrom(sorted: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions that lie entirely inside [start, end). */
export function mentionsIn(doc: Document, start: number, end: number): Mention[] {
  const sorted = sortedMentions(doc);
  const out: Mention[] = [];
  for (let i = firstMentionFrom(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  }
  return out;
}

/** Mentions that contain [start, end) (names are short: only the 300 characters before are searched). */
export function mentionsAround(doc: Document, start: number, end: number): Mention[] {
  const sorted = sortedMentions(doc);
  const out: Mention[] = [];
  for (let i = firstMentionFrom(sorted, start + 1) - 1; i >= 0 && sorted[i]!.start > start - 300; i--) {
    if (sorted[i]!.end >= end) out.push(sorted[i]!);
  }
  return out;
}

/** The first mention starting within `within` characters after `offset` with only words of `skip` before it. */
export function mentionAfter(doc: Document, offset: number, within = 40, skip: RegExp = /^[\s,]*(?:(?:the|a|an|with|to|his|her|their|its|president|prime|minister|chancellor|secretary|general|director|envoy|leader|counterpart|former|foreign|defence|defense|russian|ukrainian|american|us|u\.s\.|french|british|german)\s+)*$/i): Mention | null {
  const sorted = sortedMentions(doc);
  const m = sorted[firstMentionFrom(sorted, offset)];
  if (!m || m.start > offset + within) return null;
  return skip.test(doc.text.slice(offset, m.start)) ? m : null;
}

const OBJECT_PRONOUN_RE = /^\s+(?:him|her|them|me|us)\b/i;

/** A verb whose object is an actor: a person/organisation mention or an object pronoun follows. */
export function actorObjectFollows(doc: Document, end: number): boolean {
  if (OBJECT_PRONOUN_RE.test(doc.text.slice(end, end + 6))) return true;
  const m = mentionAfter(doc, end);
  return m !== null && (m.type === 'person' || m.type === 'organization' || m.type === 'place');
}

/** The word before `offset` (lower case), or ''. */
export function wordBefore(text: string, offset: number): string {
  const m = /([\p{L}'’-]+)[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, offset - 40), offset));
  return m ? m[1]!.toLowerCase() : '';
}

/** The text right after `offset` (up to `n` characters). */
export function textAfter(doc: Document, offset: number, n = 40): string {
  return doc.text.slice(offset, Math.min(doc.text.length, offset + n));
}
