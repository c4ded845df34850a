/**
 * Role anaphora: "The envoys had met a Ukrainian delegation in Florida" — a definite plural role
 * noun in the event's clause stands for the people the report gave that role: the list of names
 * the same plural introduced earlier ("the Turkish envoys Hakan Fidan and İbrahim Kalın"),
 * else the people whose role has that head noun ("special envoy"). At most four people may
 * hold it (a longer list is a class, not a reference). They join the participants after the
 * named ones; the confidence drops to 0.6.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf } from '../clause.js';
import { sortedMentions } from '../trigger.js';

/** "the envoys", "the two envoys", "the American negotiators". */
const DEFINITE_PLURAL_RE = /\b[Tt]he\s+(?:(?:two|three|four|both|[A-Z][\p{L}.]*)\s+)?(\p{Ll}{3,}s)\b/gu;
const MAX_HOLDERS = 4;

/** Person entities by the singular head noun of each of their roles ("special envoy" → envoy). */
function holdersByHead(doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of doc.layers.entities) {
    if (e.type !== 'person') continue;
    for (const r of e.roles) {
      const head = /(\p{L}+)\s*$/u.exec(r.title)?.[1]?.toLowerCase();
      if (!head) continue;
      const singular = head.endsWith('s') ? head.slice(0, -1) : head;
      const list = out.get(singular) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      out.set(singular, list);
    }
  }
  return out;
}

const LIST_GLUE_RE = /^(?:,\s*(?:and\s+)?|\s+and\s+)$/;
const PLURAL_BEFORE_RE = /(\p{Ll}{3,}s)\s+$/u;

/** Every "<plural> A and B" / "<plural> A, B and C" of the report: where it starts, its plural noun, its people. */
function introducedLists(doc: Document): { at: number; plural: string; ids: string[] }[] {
  const people = sortedMentions(doc).filter((m) => m.type === 'person');
  const out: { at: number; plural: string; ids: string[] }[] = [];
  for (let i = 0; i < people.length; i++) {
    const first = people[i]!;
    const plural = PLURAL_BEFORE_RE.exec(doc.text.slice(Math.max(0, first.start - 30), first.start))?.[1]?.toLowerCase();
    if (!plural) continue;
    const ids = [first.entity];
    let j = i + 1;
    for (; j < people.length && LIST_GLUE_RE.test(doc.text.slice(people[j - 1]!.end, people[j]!.start)); j++) {
      if (!ids.includes(people[j]!.entity)) ids.push(people[j]!.entity);
    }
    if (ids.length >= 2) out.push({ at: first.start, plural, ids });
    i = j - 1;
  }
  return out;
}

/** The people the last "<plural> A and B" before `before` names, or []. */
function introducedList(lists: readonly { at: number; plural: string; ids: string[] }[], plural: string, before: number): string[] {
  let found: string[] = [];
  for (const l of lists) {
    if (l.at >= before) break;
    if (l.plural === plural) found = l.ids;
  }
  return found;
}

export const roleAnaphora: Refiner<EventCandidate> = {
  name: 'events/role-anaphora',
  refine(doc, cs) {
    if (cs.length === 0) return cs;
    const holders = holdersByHead(doc);
    const lists = introducedLists(doc);
    return cs.map((c) => {
      const clause = clauseOf(doc, c.sentence, c.start);
      const text = doc.text.slice(clause.start, clause.end);
      const add: string[] = [];
      DEFINITE_PLURAL_RE.lastIndex = 0;
      for (let m = DEFINITE_PLURAL_RE.exec(text); m !== null; m = DEFINITE_PLURAL_RE.exec(text)) {
        const listed = introducedList(lists, m[1]!.toLowerCase(), clause.start + m.index);
        const who = listed.length > 0 ? listed : holders.get(m[1]!.slice(0, -1));
        if (!who || who.length > MAX_HOLDERS) continue;
        for (const id of who) if (!c.participants.includes(id) && !add.includes(id)) add.push(id);
      }
      if (add.length === 0) return c;
      return { ...c, participants: [...c.participants, ...add], confidence: Math.min(c.confidence, 0.6) };
    });
  },
};
