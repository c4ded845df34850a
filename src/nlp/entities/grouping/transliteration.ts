/**
 * grouping/transliteration: two full names of people that differ by a transliteration or a
 * misprint are one actor when the evidence supports it:
 *   - the same family name and given names that differ by at most two letters with the same
 *     first letter ("Yuri"/"Yury Ushakov", "Marco"/"Mario Rubio"), or whose transliteration keys
 *     do by one ("Kyrylo"/"Kirill Budanov");
 *   - the same given name and family names that differ by one letter (five letters or more),
 *     only when both stand in the same section or share a role ("Rustem Umerov"/"Umarov").
 *   - both names equal under a transliteration key ("Vladimir Poutine"/"Putin", "Iouri Gagarine").
 * "George Bush"/"George Soros" and "Donald Trump"/"Donald Tusk" differ by more: never joined.
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { foldKey, surface } from '../names.js';
import { clusterHeads, join } from './clusters.js';

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * A spelling key that folds the usual differences between transliterations of Slavic names
 * into English, French and German: "Poutine"/"Putin", "Iouri Gagarine"/"Yuri Gagarin",
 * "Zelenskyy"/"Zelensky".
 */
export function translitKey(w: string): string {
  return w
    .replace(/ou/g, 'u').replace(/tch/g, 'ch').replace(/ch/g, 'sh').replace(/kh/g, 'h').replace(/y/g, 'i')
    .replace(/j/g, 'i').replace(/w/g, 'v').replace(/(.)\1/g, '$1').replace(/ii/g, 'i').replace(/e$/, '');
}

/** Index of the section (text between headings) an offset lies in. */
function sectionOf(doc: Document, offset: number): number {
  let s = 0;
  for (const p of doc.layers.paragraphs) if (p.heading && p.start <= offset) s++;
  return s;
}

export const transliterationGrouping: Refiner<Candidate> = {
  name: 'grouping/transliteration',
  refine(doc, candidates) {
    const people = clusterHeads(candidates.filter((c) => c.type === 'person'))
      .map((c) => ({ c, words: foldKey(surface(doc, c)).split(' ') }))
      .filter((p) => p.words.length >= 2)
      .map((p) => {
        const first = p.words.slice(0, -1).join(' ');
        const last = p.words[p.words.length - 1]!;
        return { ...p, first, last, key: `${translitKey(first)} ${translitKey(last)}` };
      });
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = people[i]!;
        const b = people[j]!;
        if (a.c.cluster === b.c.cluster || a.words.length !== b.words.length) continue;
        const { first: fa, last: la } = a;
        const { first: fb, last: lb } = b;
        if ((fa !== fb || la !== lb) && a.key === b.key) {
          join(doc, candidates, b.c, a.c, 'grouping/transliteration', `"${fa} ${la}"/"${fb} ${lb}" are one name transliterated two ways`, 0.85);
        } else if (la === lb && fa !== fb && fa[0] === fb[0] && Math.min(fa.length, fb.length) >= 3 &&
          (editDistance(fa, fb, 2) <= 2 || (Math.min(fa.length, fb.length) >= 5 && editDistance(translitKey(fa), translitKey(fb), 1) <= 1))) {
          join(doc, candidates, b.c, a.c, 'grouping/transliteration', `same family name, given names "${fa}"/"${fb}" differ by a transliteration`, 0.8);
        } else if (fa === fb && la !== lb && Math.min(la.length, lb.length) >= 5 && editDistance(la, lb, 1) <= 1) {
          const sameSection = sectionOf(doc, a.c.start) === sectionOf(doc, b.c.start);
          const rolesA = new Set(candidates.filter((c) => c.cluster === a.c.cluster).flatMap((c) => c.roles.map((r) => r.title.toLowerCase())));
          const sharedRole = candidates.some((c) => c.cluster === b.c.cluster && c.roles.some((r) => rolesA.has(r.title.toLowerCase())));
          if (sameSection || sharedRole) {
            join(doc, candidates, b.c, a.c, 'grouping/transliteration', `same given name, family names "${la}"/"${lb}" one letter apart, ${sameSection ? 'in the same section' : 'with the same role'}`, 0.7);
          }
        }
      }
    }
    return candidates;
  },
};
