/**
 * entities/nationality: nationality and demonym words ("Russian", "the Europeans", "British")
 * describe; they do not name an actor. A candidate that is only such words is dropped, whatever
 * type the tagger gave it.
 */
import { filterRefiner } from '../../pipeline.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import type { Candidate } from '../candidate.js';

export const nationalityRefiner = filterRefiner<Candidate>('entities/nationality', (doc, c) => {
  const words = doc.text.slice(c.start, c.end).split(/[\s-]+/).filter((w) => w.length > 0);
  return !words.every((w) => isNationalityWord(w) || /^(and|the|,)$/i.test(w));
});
