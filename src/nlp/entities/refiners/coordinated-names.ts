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
/** Whether " and " stands inside the span (a scan of the span only, no string built). */
const hasAnd = (text: string, c: Candidate): boolean => {
  for (let i = c.start + 1; i + AND.length < c.end; i++) {
    if (text.charCodeAt(i) === 32 && text.startsWith(AND, i)) return true;
  }
  return false;
};

export const coordinatedNamesRefiner: Refiner<Candidate> = {
  name: 'entities/coordinated-names',
  refine(doc, candidates) {
    const text = doc.text;
    if (!candidates.some((c) => c.type !== 'person' && hasAnd(text, c))) return candidates;
    const alone = new Map<string, Candidate['type']>();
    for (const c of candidates) {
      if (c.type === 'other' || hasAnd(text, c)) continue;
      const k = foldKey(text.slice(c.start, c.end));
      if (!alone.has(k)) alone.set(k, c.type);
    }
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.type === 'person' || !hasAnd(text, c)) {
        out.push(c);
        continue;
      }
      const t = text.slice(c.start, c.end);
      const at = t.indexOf(AND);
      if (t.indexOf(AND, at + 1) >= 0 || gazetteerCategories(t) !== 0) {
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
