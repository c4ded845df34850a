/**
 * entities/place-body: a place name followed by capitalised words that end in an institution
 * word is that place's institution, one organisation ("US Army", "Kyiv City Council", "Texas
 * Senate"), and so is a newspaper named after its city ("Kyiv Post", "Moscow Times"). The tagger
 * often stops after the place. Only words no other candidate holds are
 * taken, never a role word ("US Army Secretary Dan Brown" keeps "Secretary" as Brown's role),
 * and the name ends on the last institution word of the run ("Ohio State Police Tuesday" no).
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { isRoleHead } from '../../lexicon/titles.js';
import type { Candidate } from '../candidate.js';
import { tokensAfter } from '../span-tokens.js';

const INSTITUTION = new Set(
  ORG_HEADS.filter((w) => !['centre', 'center'].includes(w))
    .concat(['senate', 'government', 'legislature', 'marines', 'corps', 'police', 'administration', 'authority'])
    // newspapers named after their city ("Kyiv Post", "Moscow Times")
    .concat(['weekly', 'herald', 'gazette', 'tribune', 'star', 'sun', 'daily', 'chronicle', 'observer', 'telegraph', 'courier']),
);
/** At most this many words are added after the place. */
const MAX_WORDS = 3;

export const placeBodyRefiner: Refiner<Candidate> = {
  name: 'entities/place-body',
  refine(doc, candidates) {
    const starts = new Set(candidates.map((c) => c.start));
    const covered = (offset: number): boolean => candidates.some((o) => o.start <= offset && offset < o.end);
    return candidates.map((c) => {
      // a place, or a one-word name the tagger took for an organisation ("LA" + "Weekly")
      if (c.type !== 'place' && !(c.type === 'organization' && !doc.text.slice(c.start, c.end).includes(' '))) return c;
      let end = -1;
      let at = c.end;
      for (const t of tokensAfter(doc, c.end, MAX_WORDS)) {
        // one space, a capitalised word no other candidate starts at or holds
        if (t.start !== at + 1 || doc.text[at] !== ' ' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) break;
        if (starts.has(t.start) || covered(t.start) || isRoleHead(t.text)) break;
        if (INSTITUTION.has(t.text.toLowerCase())) end = t.end;
        at = t.end;
      }
      return end < 0 ? c : { ...c, end, type: 'organization' as const, rule: 'entities/place-body' };
    });
  },
};
