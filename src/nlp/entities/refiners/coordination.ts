/**
 * entities/coordination: the tagger sometimes runs one name over "and" into the next ("Labour
 * Party and Mary Tate", "Green Party and Ann Wu of the Civic Alliance"). A span whose part before
 * " and " is a name of two words or more ending in an institution word is two names: the left
 * one an organisation, the right one a person when it starts with a known given name or East
 * Asian family name, else of the span's type.
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { EAST_ASIAN_SURNAMES, GIVEN_NAMES, MORE_GIVEN_NAMES } from '../../lexicon/people.js';
import type { Candidate } from '../candidate.js';

const HEADS = new Set(ORG_HEADS.concat(['magazine', 'newspaper', 'church']));
export const FIRST_NAMES: ReadonlySet<string> = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES, ...EAST_ASIAN_SURNAMES]);

export const coordinationRefiner: Refiner<Candidate> = {
  name: 'entities/coordination',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const text = doc.text.slice(c.start, c.end);
      const at = text.indexOf(' and ');
      if (at < 0 || c.type === 'person' || c.type === 'other') {
        out.push(c);
        continue;
      }
      const left = text.slice(0, at).split(' ');
      const right = text.slice(at + 5).split(' ');
      if (left.length < 2 || !HEADS.has(left[left.length - 1]!.toLowerCase()) || !/^\p{Lu}/u.test(right[0]!)) {
        out.push(c);
        continue;
      }
      const rightType = FIRST_NAMES.has(right[0]!.toLowerCase()) ? 'person' as const : c.type;
      out.push({ ...c, end: c.start + at, type: 'organization', rule: 'entities/coordination', roles: [], merges: [] });
      out.push({ ...c, start: c.start + at + 5, type: rightType, rule: 'entities/coordination', roles: [], merges: [] });
    }
    return out;
  },
};
