/**
 * grouping/short-name: an organisation named by the last word of its name ("the Rada" for the
 * "Verkhovna Rada") is that organisation, when exactly one longer organisation of the report
 * ends in that word and the word is not a common institution word ("the Council", "the
 * Commission" could be any council). The join records the evidence.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { surface } from '../names.js';
import { clusterHeads, join, nameKey } from './clusters.js';

const GENERIC: ReadonlySet<string> = new Set([...ORG_HEADS, 'government', 'administration', 'party', 'army', 'police', 'court', 'parliament', 'bank', 'group', 'company', 'office', 'union']);

export const shortNameGrouping: Refiner<Candidate> = {
  name: 'grouping/short-name',
  refine(doc, candidates) {
    const heads = clusterHeads(candidates).filter((c) => c.type === 'organization');
    const byLastWord = new Map<string, Candidate[]>();
    for (const l of heads) {
      const words = nameKey(doc, l).split(' ');
      if (words.length < 2) continue;
      const last = words.at(-1)!;
      const list = byLastWord.get(last);
      if (list) list.push(l);
      else byLastWord.set(last, [l]);
    }
    for (const short of heads) {
      const key = nameKey(doc, short);
      if (key.includes(' ') || GENERIC.has(key)) continue;
      const longs = (byLastWord.get(key) ?? []).filter((l) => l.cluster !== short.cluster);
      if (new Set(longs.map((l) => l.cluster)).size !== 1) continue;
      join(doc, candidates, short, longs[0]!, 'grouping/short-name', `the last word of "${surface(doc, longs[0]!)}", the only organisation of the report it ends`, 0.8);
    }
    return candidates;
  },
};
