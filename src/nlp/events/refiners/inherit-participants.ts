/**
 * An event whose clause names no actor continues the sentence before it in the same
 * paragraph: "Kyiv asked to draft a counter-proposal with the United States. Talks were held
 * in Geneva on November 23 and 24." — the talks are between those actors. Only the
 * immediately preceding sentence is read, and the event's confidence drops.
 */
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { mentionsIn } from '../trigger.js';
import { isActor } from './participants.js';

export const inheritParticipants: Refiner<EventCandidate> = {
  name: 'events/inherit-participants',
  refine(doc, cs) {
    return cs.map((c) => {
      if (c.participants.length > 0) return c;
      const s = doc.layers.sentences[c.sentence];
      const prev = doc.layers.sentences[c.sentence - 1];
      if (!s || !prev || prev.paragraph !== s.paragraph) return c;
      const ids: string[] = [];
      for (const m of mentionsIn(doc, prev.start, prev.end)) {
        if (m.entity === c.location || !isActor(doc, m)) continue;
        if (!ids.includes(m.entity)) ids.push(m.entity);
      }
      return ids.length > 0 ? { ...c, participants: ids, confidence: Math.min(c.confidence, 0.5) } : c;
    });
  },
};
