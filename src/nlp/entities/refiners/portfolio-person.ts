/**
 * entities/portfolio-person: "Minister of Education Anna Berg", "Secretary of Health Tom Hale":
 * the tagger runs the portfolio after "<title> of" into the holder's name and reads the whole as
 * one organisation ("Education Anna Berg"). A non-person candidate written right after a role
 * word and "of" (or "of the"), whose words are a capitalised portfolio followed by a person's
 * name — from a known given name on, or the last word when the report names a person with that
 * surname elsewhere — keeps only the person; the portfolio is part of the role, not a name.
 * Must not fire when no role word and "of" stand before ("Bank of Education Anna Berg" is left
 * alone), when no given name or known surname follows the portfolio, or when the portfolio is
 * missing (the whole span is the name: "Minister of Anna Berg" is left to the other rules).
 */
import type { Refiner } from '../../pipeline.js';
import { GIVEN_NAMES, MORE_GIVEN_NAMES } from '../../lexicon/people.js';
import { isRoleHead } from '../../lexicon/titles.js';
import type { Candidate } from '../candidate.js';
import { foldKey, personSurnames } from '../names.js';
import { tokensBefore } from '../span-tokens.js';

const GIVEN = new Set([...GIVEN_NAMES, ...MORE_GIVEN_NAMES]);
const NAME = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/** Whether "of " or "of the " (after a space) ends right at `at`; no string is built. */
const ofBefore = (text: string, at: number): boolean => text.startsWith(' of ', at - 4) || text.startsWith(' of the ', at - 8);
const PORTFOLIO = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|and|&)$/u;

export const portfolioPersonRefiner: Refiner<Candidate> = {
  name: 'entities/portfolio-person',
  refine(doc, candidates) {
    let surnames: Set<string> | null = null;
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.type === 'person' || c.type === 'other' || c.type === 'work') {
        out.push(c);
        continue;
      }
      // cheap test first: most names have no "of" right before them
      if (!ofBefore(doc.text, c.start)) {
        out.push(c);
        continue;
      }
      const before = tokensBefore(doc, c.start, 3);
      const at = before.length > 0 && before[before.length - 1]!.text.toLowerCase() === 'the' ? before.length - 2 : before.length - 1;
      if (at < 1 || before[at]!.text !== 'of' || !isRoleHead(before[at - 1]!.text)) {
        out.push(c);
        continue;
      }
      const words = doc.text.slice(c.start, c.end).split(' ');
      let k = words.findIndex((w, i) => i >= 1 && GIVEN.has(w.toLowerCase()));
      if (k < 0 && words.length >= 2) {
        surnames ??= personSurnames(doc, candidates);
        if (surnames.has(foldKey(words[words.length - 1]!))) k = words.length - 1;
      }
      if (k < 1 || words.length - k > 3 || !words.slice(k).every((w) => NAME.test(w)) || !words.slice(0, k).every((w) => PORTFOLIO.test(w))) {
        out.push(c);
        continue;
      }
      const start = c.start + words.slice(0, k).join(' ').length + 1;
      out.push({ ...c, start, type: 'person', rule: 'entities/portfolio-person', roles: [], merges: [] });
    }
    return out;
  },
};
