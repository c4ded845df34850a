/**
 * entities/city-region: "Irving, Texas", "Kelowna, British Columbia", "Lecce, Italy": a
 * capitalised name written right before a comma and a known region or country that the report
 * names as a place is a place in it, even where the tagger took it for a nationality-like word
 * (MISC) or left it untagged. One to three capitalised words, after a lower-case word ("a boy
 * from Irving, Texas"), none of them a nationality word or in a name of a scored type; not in a
 * title-case heading, where every word is capitalised.
 */
import type { Refiner } from '../../pipeline.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import type { Candidate } from '../candidate.js';
import { GAZ, gazetteerCategories } from '../gazetteer.js';
import { tokensBefore } from '../span-tokens.js';

const WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const REGION = (1 << GAZ.region) | (1 << GAZ.country);

export const cityRegionRefiner: Refiner<Candidate> = {
  name: 'entities/city-region',
  refine(doc, candidates) {
    const typed = candidates.filter((c) => c.type !== 'other');
    let changed = false;
    const drop = new Set<Candidate>();
    const added: Candidate[] = [];
    for (const c of candidates) {
      // In a title-case heading every word is capitalised: "… With a Reparations Loan, Belgium Holds Out".
      if (c.type !== 'place' || c.zone === 'heading' || doc.text.slice(c.start - 2, c.start) !== ', ') continue;
      if (!(gazetteerCategories(doc.text.slice(c.start, c.end)) & REGION)) continue;
      const toks = tokensBefore(doc, c.start - 2, 4);
      let k = toks.length;
      while (k > 0 && toks.length - k < 3 && WORD.test(toks[k - 1]!.text) && !isNationalityWord(toks[k - 1]!.text)
        && (k === toks.length ? toks[k - 1]!.end === c.start - 2 : doc.text.slice(toks[k - 1]!.end, toks[k]!.start) === ' ')) k--;
      if (k === toks.length || k === 0 || !/^\p{Ll}/u.test(toks[k - 1]!.text)) continue;
      const start = toks[k]!.start;
      const end = c.start - 2;
      if (typed.some((o) => o.start < end && start < o.end)) continue;
      for (const o of candidates) if (o.type === 'other' && o.start < end && start < o.end) drop.add(o);
      added.push({ ...c, start, end, rule: 'entities/city-region', cluster: -1, roles: [], merges: [] });
      changed = true;
    }
    return changed ? [...candidates.filter((c) => !drop.has(c)), ...added].sort((a, b) => a.start - b.start) : candidates;
  },
};
