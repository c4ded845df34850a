/**
 * entities/roles: the roles the text gives a person, in its three forms. The role never
 * belongs to the name's span; it is recorded with its own span.
 *   before    "Secretary of State Marco Rubio", "FBI Director Kash Patel", "MP Mustafa ..."
 *   after     "Kaja Kallas, EU foreign policy chief,", "Ann Lee, the former Irish envoy
 *             to Tokyo who ...", "Jan Novak, Fiala’s chief adviser"
 *   bracket   "the German Chancellor (Friedrich Merz)", "Friedrich Merz (German Chancellor)"
 * A role phrase must hold a role word (lexicon/titles) and ends at a clause boundary.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { after, before, hasRoleWord, personIndex, role } from '../role-phrases.js';
import { tokensAfter } from '../span-tokens.js';

export const rolesRefiner: Refiner<Candidate> = {
  name: 'entities/roles',
  refine(doc, candidates) {
    const personAt = personIndex(candidates);
    for (const c of candidates) {
      if (c.type !== 'person') continue;
      const text = doc.text;
      const bracketed = text[c.start - 1] === '(' && text[c.end] === ')';
      const b = before(doc, c, bracketed ? c.start - 1 : c.start, personAt);
      if (b.length) c.roles.push(role(doc, b, bracketed ? 'bracket' : 'before'));
      const a = after(doc, c.end);
      // Another person inside the phrase ends it ("Border Guard Service, General Anna Berg"),
      // unless as a possessive ("Paul Stone, Olaf Scholz’s chief adviser").
      const other = (t: { start: number; end: number }): boolean => {
        const o = personAt(t.start);
        return o !== undefined && o !== c && !/^['’]s\b/.test(text.slice(o.end, o.end + 3));
      };
      if (a.length && !a.some(other)) c.roles.push(role(doc, a, 'after'));
      if (text[c.end] === ' ' && text[c.end + 1] === '(') {
        const inner = tokensAfter(doc, c.end + 2, 8);
        const close = inner.findIndex((t) => t.text === ')');
        const phrase = close > 0 ? inner.slice(0, close) : [];
        if (phrase.length && hasRoleWord(phrase)) c.roles.push(role(doc, phrase, 'bracket'));
      }
    }
    return candidates;
  },
};
