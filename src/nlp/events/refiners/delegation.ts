/**
 * Delegation members: a sentence that says who made up a side ("The Ukrainian delegation was led
 * by Rustem Umerov and included Serhiy Kyslytsya.", "Marco Rubio led the US side.", "Umerov also
 * took part.", "Among them were Starmer and Merz.") adds the people it names to the meeting the
 * story just told — the last meeting,
 * call or agreement in the two sentences before it, in its paragraph or the one before. A sentence
 * that tells an event of its own of those kinds keeps its people (they are that event's).
 * The members join after the event's own participants.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { nearSentences } from '../clause.js';
import { mentionsIn } from '../trigger.js';
import { isActor } from './participants.js';

const SIDE = String.raw`(?:delegations?|teams?|sides?|negotiators)`;
const COMPOSITION_RE = new RegExp([
  // "the Ukrainian delegation was led by", "the American side was made up of"
  String.raw`\b${SIDE}\b[^.;]{0,60}?\b(?:was|were)\s+(?:led|headed|chaired|made\s+up\s+of|composed\s+of)\b`,
  // "the delegation included", "the team consisted of"
  String.raw`\b${SIDE}\b[^.;]{0,60}?\b(?:included|includes|comprised|consisted\s+of)\b`,
  // "Rubio led the US side", "who led the two delegations"
  String.raw`\b(?:led|headed)\s+(?:the|its|their|both)\s+(?:[\p{L}.]+\s+){0,2}?${SIDE}\b`,
  // "Umerov also took part", "attended as well"
  String.raw`\b(?:also\s+took\s+part|took\s+part\s+as\s+well|also\s+attended|also\s+participated)\b`,
  // "Among them were Starmer, Merz and Meloni", "Those attending included …"
  String.raw`^\s*(?:among\s+them\s+(?:were|was)|those\s+(?:attending|present)\s+(?:included|were)|participants\s+included)\b`,
].join('|'), 'iu');

const TOLD_TYPES = new Set<EventCandidate['type']>(['meeting', 'call', 'agreement']);
const LOOKBACK_SENTENCES = 2;

/** The people of a composition sentence, or [] when it is not one. */
function members(doc: Document, sentence: number): string[] {
  const s = doc.layers.sentences[sentence]!;
  if (!COMPOSITION_RE.test(doc.text.slice(s.start, s.end))) return [];
  const ids: string[] = [];
  for (const m of mentionsIn(doc, s.start, s.end)) {
    if (m.type === 'person' && isActor(doc, m) && !ids.includes(m.entity)) ids.push(m.entity);
  }
  return ids;
}

/** The last meeting, call or agreement in the sentences just before `si`, or -1. `firstAt[si]`: index of the first candidate in sentence ≥ si. */
function lastToldBefore(doc: Document, cs: readonly EventCandidate[], firstAt: readonly number[], si: number): number {
  for (let i = (firstAt[si] ?? cs.length) - 1; i >= 0; i--) {
    const c = cs[i]!;
    if (si - c.sentence > LOOKBACK_SENTENCES || !nearSentences(doc, c.sentence, si)) return -1;
    if (TOLD_TYPES.has(c.type)) return i;
  }
  return -1;
}

export const delegation: Refiner<EventCandidate> = {
  name: 'events/delegation',
  refine(doc, cs) {
    if (cs.length === 0) return cs;
    const out = [...cs];
    const sentences = doc.layers.sentences;
    const ownTold = new Set(cs.filter((c) => TOLD_TYPES.has(c.type)).map((c) => c.sentence));
    // Candidates are in document order (the overlap refiner sorts them): where each sentence's begin.
    const firstAt: number[] = [];
    for (let si = 0, i = 0; si <= sentences.length; si++) {
      while (i < out.length && out[i]!.sentence < si) i++;
      firstAt.push(i);
    }
    // The event the last composition sentence joined, and that sentence: a side can take
    // several sentences ("… was led by A. The other side was made up of B and C.").
    let chain: { target: number; sentence: number } | null = null;
    for (let si = 0; si < sentences.length; si++) {
      if (ownTold.has(si)) continue;
      const s = sentences[si]!;
      if (s.start >= doc.bodyEnd) break;
      const people = members(doc, si);
      if (people.length === 0) continue;
      let target = lastToldBefore(doc, out, firstAt, si);
      if (chain && si - chain.sentence <= LOOKBACK_SENTENCES && nearSentences(doc, chain.sentence, si) && (target < 0 || out[target]!.sentence <= out[chain.target]!.sentence)) target = chain.target;
      if (target < 0) continue;
      chain = { target, sentence: si };
      const c = out[target]!;
      const add = people.filter((p) => !c.participants.includes(p) && p !== c.location);
      if (add.length > 0) out[target] = { ...c, participants: [...c.participants, ...add] };
    }
    return out;
  },
};
