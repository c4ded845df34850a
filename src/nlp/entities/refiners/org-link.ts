/**
 * entities/org-link: an organisation's name that ends in an institution word and goes on with
 * "for", "for the" or "on" and a capitalised name is one name the tagger cut in two ("Foundation
 * for the Performing Arts", "Council on Foreign Relations", "Centre for Climate Research"). The
 * joined name is an organisation; so is a lone capitalised institution word before the link ("the
 * Institute for the Study of War", which the tagger leaves out). Runs after overlaps, on the final pieces.
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import type { Candidate } from '../candidate.js';

/** Institution words that take a "for ..." complement inside their name (not outlets: "Times for ..."). */
const HEADS = new Set(ORG_HEADS.filter((w) => !['news', 'times', 'post', 'journal', 'press', 'television', 'radio'].includes(w)));
const LINK = /^ (?:for|on)(?: the)? $/;
const LONE_HEAD_BEFORE = /\b(\p{Lu}\p{Ll}+) (?:for|on)(?: the)? $/u;

export const orgLinkRefiner: Refiner<Candidate> = {
  name: 'entities/org-link',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const prev = out[out.length - 1];
      if (prev && prev.type !== 'person' && prev.type !== 'other' && c.type !== 'other' && c.start > prev.end && c.start - prev.end <= 9
        && LINK.test(doc.text.slice(prev.end, c.start))) {
        const last = doc.text.slice(prev.start, prev.end).split(' ').at(-1)!.toLowerCase();
        if (HEADS.has(last) && doc.text.slice(prev.start, prev.end).includes(' ')) {
          out[out.length - 1] = { ...prev, end: c.end, type: 'organization', rule: 'entities/org-link', roles: [], merges: [] };
          continue;
        }
      }
      // A lone capitalised institution word right before ("the Institute for the Study of War"):
      // the tagger left it out of the name (alone it names nothing and was dropped).
      if (c.type !== 'person' && c.type !== 'other') {
        const lone = LONE_HEAD_BEFORE.exec(doc.text.slice(Math.max(0, c.start - 40), c.start));
        if (lone && HEADS.has(lone[1]!.toLowerCase()) && (!prev || prev.end <= c.start - lone[0].length)) {
          out.push({ ...c, start: c.start - lone[0].length, type: 'organization', rule: 'entities/org-link', roles: [], merges: [] });
          continue;
        }
      }
      out.push(c);
    }
    return out;
  },
};
