/**
 * entities/heading-type: a headline is short and often title-case or in capitals, so the tagger
 * reads its names with little context ("Texas student ..." as an organisation). A name in a
 * heading that the report's prose also uses, always with one type, takes that type there. A
 * name the prose types two ways ("Chicago" the city and the team), or does not use, keeps the
 * tagger's reading, and so does a heading name the prose reads as MISC only.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { foldKey } from '../names.js';

const MIXED = 'mixed';

export const headingTypeRefiner: Refiner<Candidate> = {
  name: 'entities/heading-type',
  refine(doc, candidates) {
    if (!candidates.some((c) => c.zone === 'heading')) return candidates;
    const body = new Map<string, Candidate['type'] | typeof MIXED>();
    for (const c of candidates) {
      if (c.zone === 'heading' || c.type === 'other') continue;
      const k = foldKey(doc.text.slice(c.start, c.end));
      const t = body.get(k);
      body.set(k, t === undefined || t === c.type ? c.type : MIXED);
    }
    return candidates.map((c) => {
      if (c.zone !== 'heading' || c.type === 'other') return c;
      const t = body.get(foldKey(doc.text.slice(c.start, c.end)));
      return t === undefined || t === MIXED || t === c.type ? c : { ...c, type: t };
    });
  },
};
