/**
 * entities/affiliation-acronym: a person "of" a body written as an acronym ("Mary Tate of NUJ",
 * "Tom Hale of the IOC") names that body: the acronym, a word of two to six capitals in a
 * mixed-case sentence that no other name holds, is an organisation. The tagger, trained on
 * names it knows, often leaves unknown acronyms untagged.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';

const AFTER = /^ of (?:the )?(\p{Lu}{2,6})(?![\p{L}\p{N}.&'’-])/u;
const KNOWN_PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);

export const affiliationAcronymRefiner: Refiner<Candidate> = {
  name: 'entities/affiliation-acronym',
  refine(doc, candidates) {
    const starts = new Set(candidates.map((c) => c.start));
    const out: Candidate[] = [];
    for (const c of candidates) {
      out.push(c);
      if (c.type !== 'person') continue;
      const m = AFTER.exec(doc.text.slice(c.end, c.end + 20));
      if (!m) continue;
      const start = c.end + m[0].length - m[1]!.length;
      if (starts.has(start) || gazetteerCategories(m[1]!) & KNOWN_PLACE) continue;
      out.push({ ...c, start, end: start + m[1]!.length, type: 'organization', rule: 'entities/affiliation-acronym', roles: [], merges: [], cluster: -1 });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
