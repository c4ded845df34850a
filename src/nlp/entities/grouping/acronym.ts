/**
 * grouping/acronym: an acronym joins its long form. Either the text defines it
 * ("State Emergency Service of Ukraine (SESU)", "Joint Expeditionary Force (JEF)", also
 * tokenised with spaces inside the brackets, "Budapest Stock Exchange ( BSE )": the
 * bracketed acronym becomes a mention if the tagger missed it), or its letters are the initials
 * of exactly one organisation's name in the report (content words; a hyphenated word counts
 * once). Each join records the evidence.
 */
import type { Refiner } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { surface } from '../names.js';
import { clusterHeads, join } from './clusters.js';

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&']);
const ACRONYM = /^\p{Lu}[\p{Lu}\d&-]{1,7}$/u;

export function initials(name: string): string {
  return name.split(/\s+/).filter((w) => w && !SMALL.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

export const acronymGrouping: Refiner<Candidate> = {
  name: 'grouping/acronym',
  refine(doc, candidates) {
    const text = doc.text;
    const out = [...candidates];
    // Defined in brackets right after the long form.
    for (const long of candidates) {
      if (long.type === 'other' || long.type === 'person') continue;
      const m = /^ ?\( ?(\p{Lu}[\p{Lu}\d&-]{1,7}) ?\)/u.exec(text.slice(long.end, long.end + 14));
      if (!m || !surface(doc, long).includes(' ')) continue;
      const start = long.end + m[0].lastIndexOf(m[1]!);
      const end = start + m[1]!.length;
      let short = out.find((c) => c.start === start && c.end === end);
      if (!short) {
        short = { ...candidate({ start, end, type: long.type, rule: 'grouping/acronym', confidence: 0.9, zone: long.zone }), cluster: -1 };
        short.cluster = Math.max(...out.map((c) => c.cluster)) + 1;
        out.push(short);
      }
      short.type = long.type;
      for (const c of out) if (c !== short && c.type !== 'person' && surface(doc, c) === m[1]) join(doc, out, c, short, 'grouping/acronym', 'same acronym', 1);
      join(doc, out, short, long, 'grouping/acronym', `defined in brackets after the long form: "${surface(doc, long)} (${m[1]})"`, 0.95);
    }
    // Initials of exactly one organisation.
    const heads = clusterHeads(out);
    const byInitials = new Map<string, Candidate[]>();
    for (const l of heads) {
      if (l.type === 'person' || l.type === 'other') continue;
      const name = surface(doc, l);
      if (!name.includes(' ')) continue;
      const key = initials(name);
      const list = byInitials.get(key);
      if (list) list.push(l);
      else byInitials.set(key, [l]);
    }
    for (const short of heads) {
      const s = surface(doc, short);
      if (short.type === 'person' || !ACRONYM.test(s) || s.length < 3) continue;
      const matches = (byInitials.get(s.replace(/[&-]/g, '')) ?? []).filter((l) => l !== short && l.cluster !== short.cluster);
      const ids = new Set(matches.map((l) => l.cluster));
      if (ids.size === 1) join(doc, out, short, matches[0]!, 'grouping/acronym', `initials of "${surface(doc, matches[0]!)}"`, 0.8);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
