/**
 * Role anaphora: "The envoys had met a Ukrainian delegation in Florida" — a definite plural role
 * noun in the event's clause stands for the people the report gave that role: the list of names
 * the same plural introduced earlier ("the American envoys Steve Witkoff and Jared Kushner"),
 * else the people whose role has that head noun ("special envoy"). At most four people may
 * hold it (a longer list is a class, not a reference). They join the participants after the
 * named ones; the confidence drops to 0.6.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf } from '../clause.js';
import { mentionsIn } from '../trigger.js';

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

/** The people an earlier "<plural> A and B" / "<plural> A, B and C" before `before` names, last one first. */
function introducedList(doc: Document, plural: string, before: number): string[] {
  const re = new RegExp(`\\b${plural}\\s+`, 'giu');
  const text = doc.text.slice(0, before);
  let found: string[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const ids: string[] = [];
    let at = m.index + m[0].length;
    for (const men of mentionsIn(doc, at, before)) {
      if (men.start < at) continue;
      const gap = doc.text.slice(at, men.start);
      if (men.type !== 'person' || (ids.length === 0 ? gap.length > 0 : !LIST_GLUE_RE.test(gap))) break;
      if (!ids.includes(men.entity)) ids.push(men.entity);
      at = men.end;
    }
    if (ids.length >= 2) found = ids;
  }
  return found;
}

export const roleAnaphora: Refiner<EventCandidate> = {
  name: 'events/role-anaphora',
  refine(doc, cs) {
    if (cs.length === 0) return cs;
    const holders = holdersByHead(doc);
    return cs.map((c) => {
      const clause = clauseOf(doc, c.sentence, c.start);
      const text = doc.text.slice(clause.start, clause.end);
      const add: string[] = [];
      DEFINITE_PLURAL_RE.lastIndex = 0;
      for (let m = DEFINITE_PLURAL_RE.exec(text); m !== null; m = DEFINITE_PLURAL_RE.exec(text)) {
        const listed = introducedList(doc, m[1]!, clause.start + m.index);
        const who = listed.length > 0 ? listed : holders.get(m[1]!.slice(0, -1));
        if (!who || who.length > MAX_HOLDERS) continue;
        for (const id of who) if (!c.participants.includes(id) && !add.includes(id)) add.push(id);
      }
      if (add.length === 0) return c;
      return { ...c, participants: [...c.participants, ...add], confidence: Math.min(c.confidence, 0.6) };
    });
  },
};
