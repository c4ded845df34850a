/**
 * entities/known-names: a name that is exactly a gazetteer entry takes the entry's type when
 * that type does not depend on context: public figures are people, international bodies and
 * outlets are organisations, countries are places ("US" is never an organisation here; "Ukraine"
 * left by "L’Ukraine" is never a person). Cities and regions keep the tagger's type, since a
 * city also names its team or its government ("Chicago beat ..."). A lone given name that is no
 * place or body ("Gloria") is a person, and so is a public figure's surname alone ("Putin").
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { gazetteerType } from '../extractors/gazetteer.js';
import { FIGURE_SURNAMES } from '../extractors/figure-surnames.js';

const PLACE_OR_BODY = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region) | (1 << GAZ.body) | (1 << GAZ.outlet);
const CONTEXT_FREE = (1 << GAZ.figure) | (1 << GAZ.body) | (1 << GAZ.outlet) | (1 << GAZ.country);

export const knownNamesRefiner: Refiner<Candidate> = {
  name: 'entities/known-names',
  refine(doc, candidates) {
    return candidates.map((c) => {
      const cats = gazetteerCategories(doc.text.slice(c.start, c.end).replace(/^the\s+/i, ''));
      // A lone given name ("Gloria") that names no place or body is a person.
      if (cats & (1 << GAZ.given) && !(cats & PLACE_OR_BODY) && c.type !== 'other') return c.type === 'person' ? c : { ...c, type: 'person' as const };
      // A public figure's surname alone ("to have Putin call Trump") is that person, whatever the context.
      if (!(cats & PLACE_OR_BODY) && c.type !== 'person' && c.type !== 'other' && FIGURE_SURNAMES.has(doc.text.slice(c.start, c.end).toLowerCase())) return { ...c, type: 'person' as const };
      const type = cats & CONTEXT_FREE ? gazetteerType(cats & CONTEXT_FREE) : cats && c.type === 'person' ? gazetteerType(cats) : null;
      return type && type !== c.type ? { ...c, type } : c;
    });
  },
};
