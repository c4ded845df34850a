/**
 * entities/person-of: "Mary Tate of the Civic Alliance", read by the tagger as one organisation,
 * is a person and the body she belongs to; so is "Mary Tate for the Civic Alliance" (a body's
 * spokesperson), unless the part before "for" holds an institution word ("Jane Hale Institute
 * for Peace" is one body). A non-person span whose part before " of " (or " for ") is two or
 * three capitalised words starting with a known given name (or East Asian family name), and whose
 * part after it is capitalised, splits into the person and an organisation (a place when the
 * tagger said place). The right part of a coordination split is split the same way.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { FIRST_NAMES } from './coordination.js';

const SPLIT = /^((?:\p{Lu}[\p{Ll}\p{M}'’-]+ ){1,2}\p{Lu}[\p{Ll}\p{M}'’-]+) (of|for) (?:the )?(?=\p{Lu})/u;
/** Institution words: "Jane Hale Institute for Peace" is one body, not a person "for" a body. */
const HEADS = new Set(ORG_HEADS.concat(['church', 'magazine', 'newspaper', 'trust', 'fund']));

export const personOfRefiner: Refiner<Candidate> = {
  name: 'entities/person-of',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const m = c.type === 'organization' || c.type === 'place' || c.rule === 'entities/coordination' ? SPLIT.exec(doc.text.slice(c.start, c.end)) : null;
      if (!m || !FIRST_NAMES.has(m[1]!.split(' ')[0]!.toLowerCase())
        || (m[2] === 'for' && m[1]!.split(' ').some((w) => HEADS.has(w.toLowerCase())))) {
        out.push(c);
        continue;
      }
      out.push({ ...c, end: c.start + m[1]!.length, type: 'person', rule: 'entities/person-of', roles: [], merges: [] });
      out.push({ ...c, start: c.start + m[0].length, type: c.type === 'place' ? 'place' : 'organization', rule: 'entities/person-of', roles: [], merges: [] });
    }
    return out;
  },
};
