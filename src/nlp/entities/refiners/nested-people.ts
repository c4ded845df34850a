/**
 * entities/nested-people: an institution or place named after a person the report names
 * ("the Andy Warhol Foundation", "the Kennedy Space Center" in a report on John Kennedy) holds
 * a mention of that person: a full name (two words or more) the report gives as a person's
 * elsewhere, or the surname of one, opening the longer name. The outer name stays; the person
 * is added as one more candidate inside it. Names of people nobody in the report is called are
 * left alone ("Nobel Foundation" in a report that names no Nobel).
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { foldKey, personSurnames } from '../names.js';

export const nestedPeopleRefiner: Refiner<Candidate> = {
  name: 'entities/nested-people',
  refine(doc, candidates) {
    const full = new Set<string>();
    for (const c of candidates) {
      if (c.type !== 'person') continue;
      const name = doc.text.slice(c.start, c.end);
      if (name.includes(' ')) full.add(foldKey(name));
    }
    if (full.size === 0) return candidates;
    const surnames = personSurnames(doc, candidates, true);
    const out: Candidate[] = [];
    for (const c of candidates) {
      out.push(c);
      if (c.type !== 'organization' && c.type !== 'place') continue;
      const words = doc.text.slice(c.start, c.end).split(' ');
      for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
        const head = words.slice(0, k).join(' ');
        if (!/^\p{Lu}/u.test(head) || !(k >= 2 ? full : surnames).has(foldKey(head))) continue;
        out.push({ ...c, end: c.start + head.length, type: 'person', rule: 'entities/nested-people', cluster: -1, roles: [], merges: [] });
        break;
      }
    }
    return out;
  },
};
