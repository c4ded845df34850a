/**
 * entities/particles: a short form of a name keeps the lower-case particles that belong to the
 * family name ("von der Leyen", "van Gaal", "de Villepin"). The tagger may tag only "Leyen";
 * the particles before it are added when the report also holds a longer name that ends with
 * the particles and the word ("Ursula von der Leyen").
 */
import type { Refiner } from '../../pipeline.js';
import { NAME_PARTICLES } from '../../lexicon/people.js';
import type { Candidate } from '../candidate.js';
import { tokensBefore } from '../span-tokens.js';

const PARTICLES = new Set(NAME_PARTICLES);

export const particlesRefiner: Refiner<Candidate> = {
  name: 'entities/particles',
  refine(doc, candidates) {
    const names = candidates.filter((c) => c.type === 'person').map((c) => doc.text.slice(c.start, c.end));
    return candidates.map((c) => {
      if (c.type !== 'person' && c.type !== 'other') return c;
      const before = tokensBefore(doc, c.start, 3);
      let i = before.length;
      while (i > 0 && PARTICLES.has(before[i - 1]!.text) && !doc.text.slice(before[i - 1]!.end, c.start).includes('\n')) i--;
      if (i === before.length) return c;
      const start = before[i]!.start;
      const longer = doc.text.slice(start, c.end);
      if (!names.some((n) => n.length > longer.length && n.endsWith(` ${longer}`))) return c;
      return { ...c, start, type: 'person' };
    });
  },
};
