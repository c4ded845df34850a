/**
 * entities/nationality: nationality and demonym words ("Russian", "the Europeans", "British")
 * describe; they do not name an actor. A candidate that is only such words is dropped, whatever
 * type the tagger gave it; one that ends "... and Ukrainian" loses that end.
 */
import type { Refiner } from '../../pipeline.js';
import { tokensIn } from '../span-tokens.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import type { Candidate } from '../candidate.js';

const JOIN = /^(and|the|or|,)$/i;

export const nationalityRefiner: Refiner<Candidate> = {
  name: 'entities/nationality',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const toks = tokensIn(doc, c.start, c.end);
      if (toks.every((t) => isNationalityWord(t.text) || JOIN.test(t.text) || t.text === '-')) continue;
      // "the Greek and Turkish (envoys)": a trailing conjunction and nationality are cut.
      let n = toks.length;
      while (n > 1 && (isNationalityWord(toks[n - 1]!.text) || JOIN.test(toks[n - 1]!.text)) && toks.slice(0, n).some((t) => JOIN.test(t.text))) n--;
      out.push(n === toks.length ? c : { ...c, end: toks[n - 1]!.end });
    }
    return out;
  },
};
