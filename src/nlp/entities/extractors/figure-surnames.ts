/**
 * entities/figure-surnames: the surname of a public figure of the word lists, written alone and
 * capitalised ("to have Putin call Trump"), is proposed as that person's name. The tagger, which
 * learned from 1996 newswire, does not know today's names without their given names. Surnames of
 * three letters or fewer, surnames that are also given names ("Pavel") and surnames that are a
 * known place or body are left out. Where the tagger also found a name there, its span wins (the
 * overlaps refiner); the known-names refiner makes the lone surname a person.
 */
import type { Extractor } from '../../pipeline.js';
import { GIVEN_NAMES, MORE_GIVEN_NAMES, PUBLIC_FIGURES } from '../../lexicon/people.js';
import { candidate, type Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { sentenceWords } from '../words.js';

const PLACE_OR_BODY = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region) | (1 << GAZ.body) | (1 << GAZ.outlet);
const GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);

/** Lower-case surnames of public figures ("putin", "trump") that can stand for them alone. */
export const FIGURE_SURNAMES: ReadonlySet<string> = new Set(
  PUBLIC_FIGURES.map((n) => n.split(' ').at(-1)!).filter((s) => s.length > 3 && !GIVEN.has(s) && !(gazetteerCategories(s) & PLACE_OR_BODY)),
);

export const figureSurnamesExtractor: Extractor<Candidate> = {
  name: 'entities/figure-surnames',
  extract(doc) {
    const out: Candidate[] = [];
    for (const s of sentenceWords(doc)) {
      for (let i = 0; i < s.words.length; i++) {
        const w = s.words[i]!;
        if (w.length < 4 || !/^\p{Lu}\p{Ll}/u.test(w) || !FIGURE_SURNAMES.has(w.toLowerCase())) continue;
        out.push(candidate({ start: s.starts[i]!, end: s.ends[i]!, type: 'person', rule: 'entities/figure-surnames', confidence: 0.8, zone: s.zone }));
      }
    }
    return out;
  },
};
