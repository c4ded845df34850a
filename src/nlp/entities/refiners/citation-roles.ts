/**
 * entities/citation-roles: the notes' parser knows what each part of a reference entry is, and
 * that settles the type of the names in it whatever the tagger guessed: the outlet
 * ("…, Lakeside Courier, 28 November 2025") is an organisation, the authors and translators
 * ("by Claire Fontaine, Translation James Whitford") are people, and the word that labels a
 * translator ("Translation", "Traduction") names nobody. The outlet is one name however the
 * tagger cut it ("Le Courrier du Lac", not "Le Courrier" + "Lac"). The same name elsewhere in
 * the report (the outlet cited in the body) takes the same type.
 */
import type { Refiner } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { TRANSLATOR_LABEL_RE } from '../../citations/parse-entry.js';
import { foldKey } from '../names.js';

const RULE = 'entities/citation-roles';
/** A name starts after its article, as everywhere in the stage ("The Wall Street Journal" → "Wall Street Journal"). */
const LEADING_THE_RE = /^(?:the|The|THE)\s+/;
/** "Claire Fontaine", "Jan de Vries": two to four capitalised words, particles between. */
const PERSON_NAME_RE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|di|du|van|von|der|den|le|la|bin|al)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

export const citationRolesRefiner: Refiner<Candidate> = {
  name: RULE,
  refine(doc, candidates) {
    const entries = doc.layers.citations;
    if (entries.length === 0) return candidates;
    const typeOf = new Map<string, Candidate['type']>();
    // Outlets first: a name any entry gives as its outlet is an organisation, even where another
    // entry's byline seems to list it among the authors.
    for (const e of entries) if (e.publisher) typeOf.set(foldKey(e.publisher.replace(LEADING_THE_RE, '')), 'organization');
    // Bylines are parsed less surely than outlets: only what reads as a full personal name counts.
    for (const e of entries) {
      for (const p of [...e.authors, ...e.translators]) if (PERSON_NAME_RE.test(p) && !typeOf.has(foldKey(p))) typeOf.set(foldKey(p), 'person');
    }
    // A report has a handful of entries: a scan of them is enough.
    const inEntry = (c: Candidate): boolean => entries.some((e) => e.start <= c.start && c.end <= e.end);
    // Each entry's outlet as one span.
    const outlets: { start: number; end: number }[] = [];
    for (const e of entries) {
      if (!e.publisher) continue;
      const name = e.publisher.replace(LEADING_THE_RE, '');
      const at = doc.text.indexOf(name, e.start);
      if (at >= 0 && at + name.length <= e.end) outlets.push({ start: at, end: at + name.length });
    }
    const out: Candidate[] = [];
    for (const o of outlets) {
      if (!candidates.some((c) => c.start < o.end && o.start < c.end)) continue; // the tagger saw no name there: leave it
      out.push(candidate({ start: o.start, end: o.end, type: 'organization', rule: RULE, confidence: 0.9, zone: 'notes' }));
    }
    for (const c of candidates) {
      if (outlets.some((o) => c.start < o.end && o.start < c.end)) continue;
      const text = doc.text.slice(c.start, c.end);
      if (TRANSLATOR_LABEL_RE.test(text) && inEntry(c)) continue;
      const type = typeOf.get(foldKey(text));
      out.push(type !== undefined && type !== c.type ? { ...c, type, rule: RULE } : c);
    }
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
