/**
 * grouping/surname: a short form of a person's name joins the full name it ends with
 * ("Witkoff" → "Steve Witkoff", "De Wever" → "Bart De Wever", "von der Leyen" → "Ursula von der
 * Leyen"). When two people share the short form, the nearest full name before it wins (else the
 * first after). A one-word short form the tagger typed otherwise is retyped a person, unless it
 * is a known place or body named before the person's full name ("Paris" stays a city unless
 * "Lena Paris" came first).
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { surface } from '../names.js';
import { join, nameKey } from './clusters.js';

const KNOWN_NON_PERSON = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region) | (1 << GAZ.body) | (1 << GAZ.outlet);

export const surnameGrouping: Refiner<Candidate> = {
  name: 'grouping/surname',
  refine(doc, candidates) {
    // Every proper ending of every full name → the full names that end so, in text order.
    const bySuffix = new Map<string, Candidate[]>();
    for (const f of candidates) {
      if (f.type !== 'person') continue;
      const fw = nameKey(doc, f).split(' ');
      for (let k = 1; k < fw.length; k++) {
        const suffix = fw.slice(k).join(' ');
        const list = bySuffix.get(suffix);
        if (list) list.push(f);
        else bySuffix.set(suffix, [f]);
      }
    }
    for (const c of candidates) {
      if (c.type === 'other') continue;
      const key = nameKey(doc, c);
      const words = key.split(' ');
      if (c.type !== 'person' && words.length > 1) continue;
      const owners = bySuffix.get(key) ?? [];
      if (!owners.length) continue;
      const before = owners.filter((o) => o.start < c.start);
      // A known place or body keeps its type unless the person's full name came first ("Lena Paris ... Paris said").
      if (c.type !== 'person' && gazetteerCategories(surface(doc, c)) & KNOWN_NON_PERSON && !before.length) continue;
      const into = before.length ? before[before.length - 1]! : owners[0]!;
      if (new Set(owners.map((o) => o.cluster)).size > 1 && !before.length) continue;
      c.type = 'person';
      join(doc, candidates, c, into, 'grouping/surname', `"${surface(doc, c)}" ends the full name "${surface(doc, into)}"${before.length ? ' named before it' : ''}`, owners.length === 1 ? 0.9 : 0.7);
    }
    return candidates;
  },
};
