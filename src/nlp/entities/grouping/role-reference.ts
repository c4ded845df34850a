/**
 * grouping/role-reference: once the report has named a person with a role ("Kaja Kallas, EU
 * foreign policy chief"), a later "the EU foreign policy chief" refers to that person and becomes a
 * mention of them. Only specific roles count: two words or more, given to exactly one person in
 * the report ("the President" alone is left alone).
 */
import type { Refiner } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { zoneAt } from '../words.js';
import { join } from './clusters.js';

export const roleReferenceGrouping: Refiner<Candidate> = {
  name: 'grouping/role-reference',
  refine(doc, candidates) {
    const owners = new Map<string, Candidate[]>();
    for (const c of candidates) {
      if (c.type !== 'person') continue;
      for (const r of c.roles) {
        if (r.title.split(/\s+/).length < 2 || !/^\p{Lu}/u.test(r.title)) continue;
        const list = owners.get(r.title) ?? [];
        if (!list.some((o) => o.cluster === c.cluster)) list.push(c);
        owners.set(r.title, list);
      }
    }
    const out = [...candidates];
    for (const [title, people] of owners) {
      if (people.length !== 1) continue;
      const person = people[0]!;
      const re = new RegExp(`\\bthe ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!\\s*[,(]?\\s*\\p{Lu})`, 'gu');
      for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
        const start = m.index + 4;
        const end = m.index + m[0].length;
        // Names inside the role ("NATO") stay mentions of their own; any other overlap vetoes.
        if (start < person.start || out.some((c) => c.start < end && start < c.end && !(c.type !== 'person' && start <= c.start && c.end <= end))) continue;
        const ref = { ...candidate({ start, end, type: 'person', rule: 'grouping/role-reference', confidence: 0.6, zone: zoneAt(doc, start) }), cluster: -2 };
        out.push(ref);
        join(doc, out, ref, person, 'grouping/role-reference', `"the ${title}" is the role the report gave ${doc.text.slice(person.start, person.end)}`, 0.6);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
