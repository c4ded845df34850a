/**
 * entities/nationality-body: a nationality word followed by capitalised words that end in a state
 * body's word, none of them in another name, is that state body ("Indonesian Navy", "Polish
 * Border Guard", "Turkish Coast Guard"); the tagger reads the adjective alone as a nationality and
 * leaves the rest untagged. Runs before the nationality filter, which drops the adjective alone.
 * Plural demonyms ("Russians") and lower-case words ("Indonesian navy") never start one.
 */
import type { Refiner } from '../../pipeline.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import type { Candidate } from '../candidate.js';
import { tokensAfter } from '../span-tokens.js';

const BODY = new Set([
  'army', 'navy', 'force', 'forces', 'guard', 'police', 'government', 'parliament', 'ministry', 'senate', 'congress',
  'gazette', 'herald', 'tribune', 'times', 'post',
]);
const WORD = /^\p{Lu}[\p{Ll}\p{M}-]+$/u;

export const nationalityBodyRefiner: Refiner<Candidate> = {
  name: 'entities/nationality-body',
  refine(doc, candidates) {
    if (!candidates.some((c) => c.type === 'other')) return candidates;
    // Words the tagger gave a scored type belong to another name; its untyped (MISC) words may join.
    const typedStarts = new Set(candidates.filter((c) => c.type !== 'other').map((c) => c.start));
    const absorbed = new Set<Candidate>();
    const out = candidates.map((c) => {
      if (c.type !== 'other') return c;
      const words = doc.text.slice(c.start, c.end).split(' ');
      const adjective = words[0]!;
      if (c.type !== 'other' || !/^\p{Lu}\p{Ll}+$/u.test(adjective) || !isNationalityWord(adjective) || /s$/.test(adjective)) return c;
      if (words.length > 1) return BODY.has(words[words.length - 1]!.toLowerCase()) ? { ...c, type: 'organization' as const, rule: 'entities/nationality-body' } : c;
      let at = c.end;
      let end = -1;
      for (const t of tokensAfter(doc, c.end, 5)) {
        if (/^['’]s$/.test(t.text) && t.start === at) { at = t.end; continue; } // "People's"
        if (t.start !== at + 1 || doc.text[at] !== ' ' || !WORD.test(t.text) || typedStarts.has(t.start)) break;
        at = t.end;
        if (BODY.has(t.text.toLowerCase())) { end = t.end; break; }
      }
      if (end < 0) return c;
      for (const o of candidates) if (o.type === 'other' && o.start > c.start && o.end <= end) absorbed.add(o);
      return { ...c, end, type: 'organization' as const, rule: 'entities/nationality-body' };
    });
    return absorbed.size ? out.filter((c) => !absorbed.has(c)) : out;
  },
};
