/**
 * An ordinal standing for an event noun named just before: "In the first conversation, on
 * October 14, … In the second, on October 29, …" — "second" is a call too. The ordinal must open
 * its clause ("in/during the second,") and the same paragraph must have named "the first"
 * event of a known kind before it; the type is that kind's.
 */
import type { EventType } from '../../../model/annotations.js';
import type { Extractor } from '../../pipeline.js';
import { newCandidate, type EventCandidate } from '../candidate.js';

const ORDINAL_RE = /\b(?:[Ii]n|[Dd]uring|[Aa]t) the (second|third|fourth|fifth|last|latter|other)(?=\s*[,:;])/gd;
const FIRST_RE = /\bthe first ((?:tele)?phone (?:call|conversation)|call|conversation|meeting|round|session|visit|trip)s?\b/gi;
const KIND: Readonly<Record<string, EventType>> = {
  call: 'call', conversation: 'call', meeting: 'meeting', round: 'meeting', session: 'meeting', visit: 'visit', trip: 'visit',
};

export const ordinalAnaphorTrigger: Extractor<EventCandidate> = {
  name: 'events/ordinal-anaphor',
  extract(doc) {
    const out: EventCandidate[] = [];
    const body = doc.text.slice(0, doc.bodyEnd);
    ORDINAL_RE.lastIndex = 0;
    for (let m = ORDINAL_RE.exec(body); m !== null; m = ORDINAL_RE.exec(body)) {
      const [start, end] = m.indices![1]!;
      const sentence = doc.sentenceAt(start);
      if (sentence < 0) continue;
      const paragraph = doc.layers.paragraphs[doc.layers.sentences[sentence]!.paragraph];
      if (!paragraph) continue;
      let type: EventType | undefined;
      for (const f of body.slice(paragraph.start, start).matchAll(FIRST_RE)) type = KIND[f[1]!.toLowerCase().split(' ').at(-1)!];
      if (type) out.push(newCandidate({ start, end, type, rule: this.name, confidence: 0.6, sentence }));
    }
    return out;
  },
};
