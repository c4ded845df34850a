/**
 * entities/currency-code: "US$ 20,000", "NZ $5", "HK$3bn", "C$ 12 million": a short code glued to
 * a dollar sign is part of a currency, not a mention of the country. A candidate that is only
 * a code of one to three capitals (or dotted initials, "U.S.") directly followed by "$" (at most
 * one space between) is dropped, whatever type the tagger gave it. A code before anything else
 * ("the US, $5", "US dollars") is left alone.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';

const CODE = /^(?:\p{Lu}{1,3}|(?:\p{Lu}\.){1,3})$/u;

export const currencyCodeRefiner: Refiner<Candidate> = {
  name: 'entities/currency-code',
  refine(doc, candidates) {
    const text = doc.text;
    const dollarAfter = (at: number): boolean => text.charCodeAt(at) === 36 || (text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 36);
    return candidates.filter((c) => !(c.end - c.start <= 6 && dollarAfter(c.end) && CODE.test(text.slice(c.start, c.end))));
  },
};
