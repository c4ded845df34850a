/**
 * entities/prefixed-person: a body's name run into a person's ("NASA Tom Hale", "Refugee Board
 * Mary Tate"), read by the tagger as one organisation, is the body and the person. The person is
 * the last one or two capitalised words after a known given name (or the last two, when the last
 * is a surname the report gives a person elsewhere: "United States Oksana Markarova" with
 * "Ambassador Markarova" later); what precedes is kept as its
 * own name when it ends in an institution word, is a known name or is written in capitals;
 * one word in "-ist" before the person ("Scientologist Tom Cruise") describes them and is cut;
 * otherwise the span is left alone ("San Diego Padres": "Diego" is a given name too).
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { PLACE_HEADS } from '../../lexicon/places.js';
import type { Candidate } from '../candidate.js';
import { foldKey, personSurnames } from '../names.js';
import { gazetteerCategories } from '../gazetteer.js';
import { GIVEN_NAMES, MORE_GIVEN_NAMES } from '../../lexicon/people.js';
import { FACILITY } from './head-type.js';

const HEADS = new Set([...ORG_HEADS, ...PLACE_HEADS, ...FACILITY]);
/** Given names only: an East Asian family name stands first, never after a body's name. */
const FIRST_NAMES = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);
const NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** One capitalised word in "-ist" ("Scientologist", "Socialist", "Economist"): a description, not a name. */
const ADHERENT = /^\p{Lu}\p{Ll}+ist$/u;

export const prefixedPersonRefiner: Refiner<Candidate> = {
  name: 'entities/prefixed-person',
  refine(doc, candidates) {
    // Surnames the report gives people elsewhere ("Ambassador Markarova"): a name may end in one.
    const surnames = personSurnames(doc, candidates);
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.type !== 'organization' && c.type !== 'place') {
        out.push(c);
        continue;
      }
      const text = doc.text.slice(c.start, c.end);
      const words = text.split(' ');
      let k = -1;
      for (const n of [2, 3]) {
        const i = words.length - n;
        const person = FIRST_NAMES.has(words[i]?.toLowerCase() ?? '') || (surnames.has(foldKey(words[words.length - 1]!)) && k < 0);
        if (i >= 1 && person && words.slice(i).every((w) => NAME.test(w))) k = i;
      }
      if (k < 0 || HEADS.has(words[words.length - 1]!.toLowerCase()) || words.slice(k).some((w) => HEADS.has(w.toLowerCase()))) {
        out.push(c);
        continue;
      }
      const leftText = words.slice(0, k).join(' ');
      const leftLast = words[k - 1]!;
      const keepLeft = HEADS.has(leftLast.toLowerCase()) || gazetteerCategories(leftText) !== 0 || leftText === leftText.toUpperCase();
      const personStart = c.start + leftText.length + 1;
      // "Scientologist Tom Cruise", "Socialist Ann Lee": an adherent's or a trade's word in "-ist" describes the person
      if (!keepLeft && k === 1 && ADHERENT.test(leftText)) {
        out.push({ ...c, start: personStart, type: 'person', rule: 'entities/prefixed-person', roles: [], merges: [] });
        continue;
      }
      if (!keepLeft) {
        out.push(c);
        continue;
      }
      out.push({ ...c, end: c.start + leftText.length, rule: 'entities/prefixed-person', roles: [], merges: [] });
      out.push({ ...c, start: personStart, type: 'person', rule: 'entities/prefixed-person', roles: [], merges: [] });
    }
    return out;
  },
};
