/**
 * entities/coordinated-names: "Northrop Grumman and Airbus", "Mercantile and Commerce" — the
 * tagger runs one organisation over "and" into the next. A non-person span with one " and "
 * whose two sides the report also names on their own (each side is itself a candidate
 * elsewhere) is two names, each typed as it stands alone. Must not fire on a name that is one
 * name with "and" in it ("Trinidad and Tobago", a gazetteer entry; "Procter and Gamble" when the
 * report never says "Procter" alone), or on a person.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories } from '../gazetteer.js';
import { foldKey } from '../names.js';

const AND = ' and ';

export const coordinatedNamesRefiner: Refiner<Candidate> = {
  name: 'entities/coordinated-names',
  refine(doc, candidates) {
    const text = doc.text;
    if (!candidates.some((c) => c.type !== 'person' && text.slice(c.start, c.end).includes(AND))) return candidates;
    const alone = new Map<string, Candidate['type']>();
    for (const c of candidates) {
      const t = text.slice(c.start, c.end);
      if (c.type === 'other' || t.includes(AND)) continue;
      const k = foldKey(t);
      if (!alone.has(k)) alone.set(k, c.type);
    }
    const out: Candidate[] = [];
    for (const c of candidates) {
      const t = text.slice(c.start, c.end);
      const at = t.indexOf(AND);
      if (at < 0 || c.type === 'person' || t.indexOf(AND, at + 1) >= 0 || gazetteerCategories(t) !== 0) {
        out.push(c);
        continue;
      }
      const left = alone.get(foldKey(t.slice(0, at)));
      const right = alone.get(foldKey(t.slice(at + AND.length)));
      if (left === undefined || right === undefined) {
        out.push(c);
        continue;
      }
      out.push({ ...c, end: c.start + at, type: left, rule: 'entities/coordinated-names', roles: [], merges: [] });
      out.push({ ...c, start: c.start + at + AND.length, type: right, rule: 'entities/coordinated-names', roles: [], merges: [] });
    }
    return out;
  },
};
