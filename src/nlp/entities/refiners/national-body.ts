/**
 * entities/national-body: a nationality word written directly before a state body's name belongs
 * to that name ("Saudi Interior Ministry", "Greek Ministry of Culture", "Italian Supreme Court").
 * The tagger often starts the name after the adjective. Only organisations whose first word is a
 * state institution word are extended ("German" stays apart from "Foreign Ministry", as CoNLL
 * reads it); plural demonyms ("Russians") never are.
 */
import type { Refiner } from '../../pipeline.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import type { Candidate } from '../candidate.js';
import { tokensBefore } from '../span-tokens.js';

const STATE_WORDS = new Set([
  'ministry', 'department', 'court', 'army', 'navy', 'police', 'parliament', 'government', 'cabinet', 'senate',
  'embassy', 'agency', 'office', 'council', 'commission', 'authority', 'guard', 'forces', 'force', 'administration',
  'supreme', 'interior',
]);

export const nationalBodyRefiner: Refiner<Candidate> = {
  name: 'entities/national-body',
  refine(doc, candidates) {
    return candidates.map((c) => {
      if (c.type !== 'organization') return c;
      const words = doc.text.slice(c.start, c.end).split(' ');
      if (!STATE_WORDS.has(words[0]!.toLowerCase())) return c;
      const prev = tokensBefore(doc, c.start, 1)[0];
      if (!prev || prev.end !== c.start - 1 || doc.text[prev.end] !== ' ') return c;
      if (!/^\p{Lu}\p{Ll}+$/u.test(prev.text) || !isNationalityWord(prev.text) || /s$/.test(prev.text)) return c;
      return { ...c, start: prev.start, rule: 'entities/national-body' };
    });
  },
};
