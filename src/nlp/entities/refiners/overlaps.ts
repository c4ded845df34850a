/**
 * entities/overlaps: one mention per stretch of text. Where a gazetteer name and a tagger name
 * overlap: the same span keeps the tagger's mention, retyped by the gazetteer for bodies,
 * outlets and public figures (whose type does not depend on context) and for places the tagger
 * took for people; a gazetteer name that strictly contains tagger names replaces them
 * ("Coalition of the Willing" over "Coalition" + "Willing"), and so does a known name inside a
 * span the tagger left untyped (MISC: "G20" in "G20 summit"); otherwise the tagger's span wins.
 * On the same span, "State of Texas" read by org-pattern is a place whatever the tagger said.
 * Between two tagger spans the longer wins.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';

const GAZ = 'entities/gazetteer';
/** No name is longer than this (characters). */
const LONGEST = 400;
/** Rules that find whole names the tagger may break up: they win over pieces they contain. */
const WHOLE = new Set([GAZ, 'entities/org-pattern', 'entities/east-asian-names']);

/** The candidate to keep of two overlapping ones. */
function winner(a: Candidate, b: Candidate): Candidate {
  const ga = WHOLE.has(a.rule);
  const gb = WHOLE.has(b.rule);
  if (ga === gb) return b.end - b.start > a.end - a.start ? b : a;
  const gaz = ga ? a : b;
  const tagged = ga ? b : a;
  // A tagged name of no scored type ("the G20 summit" as MISC) yields to the known name inside it.
  if (tagged.type === 'other') return gaz;
  if (gaz.start === tagged.start && gaz.end === tagged.end) {
    // "State of Texas", "Republic of Chile" (org-pattern by its first word) are places whatever the tagger said.
    const retype = gaz.type === 'person' || gaz.type === 'organization' || (gaz.type === 'place' && (tagged.type === 'person' || gaz.rule === 'entities/org-pattern'));
    return retype ? { ...tagged, type: gaz.type } : tagged;
  }
  return gaz.start <= tagged.start && tagged.end <= gaz.end ? gaz : tagged;
}

export const overlapsRefiner: Refiner<Candidate> = {
  name: 'entities/overlaps',
  refine(_doc, candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    for (const c of sorted) {
      let current = c;
      let lost = false;
      for (let i = out.length - 1; i >= 0; i--) {
        const o = out[i]!;
        if (current.start - o.start > LONGEST) break; // sorted by start: nothing further back reaches here
        if (!(o.start < current.end && current.start < o.end)) continue;
        const w = winner(o, current);
        if (w === o) {
          lost = true;
          break;
        }
        out.splice(i, 1);
        current = w;
      }
      if (!lost) out.push(current);
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
