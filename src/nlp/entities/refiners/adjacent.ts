/**
 * entities/adjacent: a one-word name directly followed (one space) by a name that ends in an
 * institution or facility word is one name the tagger cut in two ("Kennedy" + "Space Center" →
 * "Kennedy Space Center"); it takes the second part's type. A second part the tagger read as
 * MISC joins only when it ends in an institution word ("China" + "Southern Airlines"), as an
 * organisation.
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import type { Candidate } from '../candidate.js';
import { FACILITY } from './head-type.js';

const HEADS = new Set([...ORG_HEADS, ...FACILITY]);
const ORG = new Set(ORG_HEADS);

export const adjacentRefiner: Refiner<Candidate> = {
  name: 'entities/adjacent',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (prev && c.start === prev.end + 1 && doc.text[prev.end] === ' ' && prev.type !== 'other') {
        const first = doc.text.slice(prev.start, prev.end);
        const words = doc.text.slice(c.start, c.end).split(' ');
        const head = words[words.length - 1]!.toLowerCase();
        // the tagger's MISC second part ("China" + "Southern Airlines") joins when it ends in an institution word
        const misc = c.type === 'other';
        if (!first.includes(' ') && words.length >= 2 && (misc ? ORG.has(head) : HEADS.has(head))) {
          out[out.length - 1] = { ...c, start: prev.start, type: misc ? 'organization' : c.type, rule: 'entities/adjacent' };
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
