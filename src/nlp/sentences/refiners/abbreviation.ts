/** A period that closes an abbreviation ("Gen.", "No. 10", "Lt. Col.") is not a sentence end. */
import type { Refiner } from '../../pipeline.js';
import { ENGLISH_MONTH_ABBREVIATIONS } from '../../lexicon/months.js';
import { AMBIGUOUS_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from '../abbreviations.js';
import { wordAt, wordBefore, type Boundary } from '../boundary.js';

/** What may follow "a.m."/"p.m." inside a sentence: a day, a month, a zone, "local". */
const CLOCK_FOLLOWER_RE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Local|Eastern|Central|Pacific|Mountain|Greenwich|Moscow|Kyiv|Kiev|Central European|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|MSK)$/;

export const abbreviationRefiner: Refiner<Boundary> = {
  name: 'sentences/abbreviation',
  refine(doc, boundaries) {
    const text = doc.text;
    return boundaries.filter((b) => {
      if (text[b.end - 1] !== '.') return true;
      const word = wordBefore(text, b.end - 1);
      const key = word.toLowerCase();
      if (key.length === 0) return true;
      const nextWord = wordAt(text, b.next);
      if (TITLE_ABBREVIATIONS.has(key)) {
        // "in Jan. The …" is rare; "Gen. Smith", "No. 10" are common: keep the sentence going
        // unless a clear sentence opener follows a month or a weekday.
        return ENGLISH_MONTH_ABBREVIATIONS.has(key) && SENTENCE_OPENERS.has(nextWord.toLowerCase());
      }
      if (AMBIGUOUS_ABBREVIATIONS.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}(?:-\p{Lu})*(?:\.\p{Lu})+$/u.test(word)) {
        if (SENTENCE_OPENERS.has(nextWord.toLowerCase())) return true;
        // "at about 3 a.m. Belgian Prime Minister …": after a clock time, a capitalised word other
        // than a day, a month or a time zone ("3 a.m. Monday", "9 a.m. EST", "10 p.m. Moscow time") starts a sentence.
        return (key === 'a.m' || key === 'p.m') && /^\p{Lu}\p{Ll}/u.test(nextWord) && !CLOCK_FOLLOWER_RE.test(nextWord) &&
          !/^\s+time\b/i.test(text.slice(b.next + nextWord.length, b.next + nextWord.length + 6));
      }
      return true;
    });
  },
};
