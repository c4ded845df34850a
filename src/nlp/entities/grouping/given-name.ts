/**
 * grouping/given-name: a person called by their given name alone ("I am grateful to Andriy",
 * in a quote) is the one person of the report whose full name starts with it. When two people
 * share the given name ("George Bush" and "George Soros"), or the word already joined a full
 * name as its surname, nothing is joined.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { surface } from '../names.js';
import { join, nameKey } from './clusters.js';

export const givenNameGrouping: Refiner<Candidate> = {
  name: 'grouping/given-name',
  refine(doc, candidates) {
    // First word of every full person name → the clusters of the names that start with it.
    const byFirst = new Map<string, { clusters: Set<number>; first: Candidate }>();
    const multiword = new Set<number>();
    for (const f of candidates) {
      if (f.type !== 'person') continue;
      const words = nameKey(doc, f).split(' ');
      if (words.length < 2) continue;
      multiword.add(f.cluster);
      const entry = byFirst.get(words[0]!);
      if (entry) entry.clusters.add(f.cluster);
      else byFirst.set(words[0]!, { clusters: new Set([f.cluster]), first: f });
    }
    for (const c of candidates) {
      if (c.type !== 'person' || multiword.has(c.cluster)) continue;
      const key = nameKey(doc, c);
      if (key.includes(' ')) continue;
      const owner = byFirst.get(key);
      if (!owner || owner.clusters.size !== 1) continue;
      join(doc, candidates, c, owner.first, 'grouping/given-name', `"${surface(doc, c)}" is the given name of "${surface(doc, owner.first)}", the only person so named in the report`, 0.75);
    }
    return candidates;
  },
};
