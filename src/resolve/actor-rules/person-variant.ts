/**
 * Two full person names that differ only by transliteration or a misprint: "Rustem Umerov" /
 * "Rustem Umarov", "Yuri Ushakov" / "Yury Ushakov" (same consonant skeleton), or "Mario Rubio"
 * beside "Marco Rubio" (one letter off in the given name) when both carry the same role, or when
 * no other person of the knowledge base bears that surname.
 * "Dan" / "Daniel", "Steve" / "Steven" (a short form: a prefix, unless what the longer adds is a
 * feminine or diminutive ending — "Paul" / "Paula" are two names).
 * "Donald Trump" / "Donald Tusk" and "George Bush" / "George Soros" differ in the surname's
 * skeleton and never match.
 */
import { editDistance, personParts, skeleton } from '../names.js';
import { sharedRole, type ActorRule } from './rule.js';

export const personVariantRule: ActorRule = {
  name: 'resolve/person-variant',
  match(entity, actor) {
    if (entity.type !== 'person' || actor.type !== 'person') return null;
    let best: { score: number; evidence: string } | null = null;
    for (const a of entity.names) {
      const pa = personParts(a);
      if (pa.given.length === 0) continue;
      for (const b of actor.names) {
        const pb = personParts(b);
        if (pb.given.length === 0) continue;
        const sameSurname = pa.surname === pb.surname;
        if (!sameSurname && skeleton(pa.surname) !== skeleton(pb.surname)) continue;
        const ga = pa.given[0]!;
        const gb = pb.given[0]!;
        let score = 0;
        let how = '';
        if (ga === gb) { score = sameSurname ? 0.95 : 0.85; how = 'same given name'; }
        else if (skeleton(ga) === skeleton(gb)) { score = sameSurname ? 0.85 : 0.8; how = 'given names are transliteration variants'; }
        else if ((ga.length === 1 || gb.length === 1) && ga[0] === gb[0]) { score = 0.8; how = 'initial matches the given name'; }
        else if (isShortForm(ga, gb) || isShortForm(gb, ga)) { score = sameSurname ? 0.8 : 0.75; how = 'one given name is a short form of the other'; }
        else if (editDistance(ga, gb, 1) <= 1 && sameSurname) {
          const role = sharedRole(entity, actor);
          if (role) { score = 0.8; how = `given names one letter apart and both "${role}"`; }
          // "Mario Rubio" where "Marco Rubio" is the only person of that surname: a misprint
          // (one letter replaced, not added: "Paul"/"Paula", "Ivana"/"Ivanka" are other names)
          else if (actor.onlyOfSurname === true && ga.length === gb.length && ga.length >= 4) { score = 0.75; how = 'given names one letter apart, and no other person of that surname'; }
        }
        if (score > 0 && (!best || score > best.score)) {
          best = { score, evidence: `"${a}" ~ "${b}": ${sameSurname ? 'same surname' : 'surnames are transliteration variants'}, ${how}` };
        }
      }
    }
    return best ? { rule: this.name, ...best } : null;
  },
};

/** A feminine or diminutive ending makes another name, not a longer spelling ("Paul"/"Paula", "Daniel"/"Danielle"). */
const OTHER_NAME_ENDING = /^(?:a|e|ia|ie|na|ne|la|le|lle|ette|ina|ka)$/;

function isShortForm(short: string, long: string): boolean {
  if (!long.startsWith(short) || long.length === short.length) return false;
  const extra = long.slice(short.length);
  if (OTHER_NAME_ENDING.test(extra)) return false;
  return short.length >= 4 || (short.length === 3 && extra.length >= 2);
}
