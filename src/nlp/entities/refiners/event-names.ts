/**
 * entities/event-names: a name that ends in a word for an event ("Google Science Fair", "Taipei
 * Lantern Festival", "Northern Esports Championship", "World Cup") names an event, not an actor:
 * an organisation or place so named is no entity (type `other`, as CoNLL's MISC); a person
 * ("Mary Fair") keeps the name. A known body, outlet or place it opens with
 * ("Google", "Taipei") is a mention of its own, kept inside the event's name. A code name that
 * opens with "Operation" ("Operation Midas", read as a person by the tagger) names an
 * operation, whatever type it was given.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { gazetteerType } from '../extractors/gazetteer.js';

export const EVENT_WORDS: ReadonlySet<string> = new Set([
  'fair', 'festival', 'expo', 'exposition', 'championship', 'championships', 'olympics', 'cup', 'tournament',
  'marathon', 'prize', 'award', 'awards',
]);
const KNOWN = (1 << GAZ.body) | (1 << GAZ.outlet) | (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);

export const eventNamesRefiner: Refiner<Candidate> = {
  name: 'entities/event-names',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c0 of candidates) {
      // the tagger may stop before the event word: "Google Science" + "Fair"
      const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(doc.text.slice(c0.end, c0.end + 20));
      const c = next && EVENT_WORDS.has(next[1]!.toLowerCase()) ? { ...c0, end: c0.end + next[0].length } : c0;
      const words = doc.text.slice(c.start, c.end).split(' ');
      if (words.length >= 2 && words[0] === 'Operation' && c0.type !== 'other') {
        out.push({ ...c0, type: 'other', rule: 'entities/event-names' });
        continue;
      }
      if ((c.type !== 'organization' && c.type !== 'place') || words.length < 2 || !EVENT_WORDS.has(words[words.length - 1]!.toLowerCase())) {
        out.push(c0);
        continue;
      }
      out.push({ ...c, type: 'other', rule: 'entities/event-names' });
      for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
        const head = words.slice(0, k).join(' ');
        const type = /^\p{Lu}/u.test(head) ? gazetteerType(gazetteerCategories(head) & KNOWN) : null;
        if (!type) continue;
        out.push({ ...c, end: c.start + head.length, type, rule: 'entities/event-names', cluster: -1, roles: [], merges: [] });
        break;
      }
    }
    return out;
  },
};
