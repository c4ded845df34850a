/**
 * entities/dateline-agency: the bracketed name in a wire dateline ("ODESA, Dec 1 (Harbour Wire)
 * -", "WASHINGTON, August 11 (Xinhua) --") is the news agency that filed the story: an
 * organisation, whatever the tagger guessed. The same name elsewhere in the report takes the
 * same type.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { foldKey } from '../names.js';

export const datelineAgencyRefiner: Refiner<Candidate> = {
  name: 'entities/dateline-agency',
  refine(doc, candidates) {
    const agencies = new Set<string>();
    for (const s of doc.layers.sentences) {
      if (s.rule !== 'sentences/dateline') continue;
      const m = /\(([^()\n]{2,40})\)\s*(?:--|[-–—])\s*$/.exec(doc.text.slice(s.start, s.end));
      if (m) agencies.add(foldKey(m[1]!.trim()));
    }
    if (agencies.size === 0) return candidates;
    return candidates.map((c) => agencies.has(foldKey(doc.text.slice(c.start, c.end))) && c.type !== 'organization'
      ? { ...c, type: 'organization' as const, rule: 'entities/dateline-agency' } : c);
  },
};
