/**
 * entities/company-descriptor: news introduces a company by the kind of business it is, right
 * before its name: "low-cost airline Ryanair", "the carmaker Daimler", "Dutch flag carrier,
 * KLM, said". A name written directly after such a noun (lower case; or after the noun and
 * a comma, when a comma closes the name too) is an organisation where the tagger read a person
 * or a place, and every other use of the same name read as a person is one too (also when the
 * tagger typed the first use right). The tagger's MISC ("firm North American ...") is left alone.
 * Must not fire on people: a name that starts with a known given name ("the firm John Hale
 * founded"), or that is the surname of a full person name in the report ("the company Jobs
 * built" when "Steve Jobs" is there), keeps its type; so does a name the gazetteer knows as a
 * place, and "the aircraft carrier Enterprise" (a ship).
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { foldKey, personSurnames } from '../names.js';
import { tokensBefore } from '../span-tokens.js';
import { FIRST_NAMES } from './coordination.js';

/** Nouns for kinds of business that stand right before a company's name. */
const DESCRIPTORS = new Set([
  'airline', 'carrier', 'company', 'firm', 'manufacturer', 'maker', 'carmaker', 'automaker', 'planemaker',
  'aircraft-maker', 'airframer', 'chipmaker', 'drugmaker', 'retailer', 'bank', 'lender', 'insurer', 'broadcaster',
  'newspaper', 'publisher', 'conglomerate', 'subsidiary', 'brewer', 'supplier', 'distributor', 'operator',
  'consortium', 'contractor', 'corporation', 'multinational', 'startup', 'start-up',
]);
/** The lower-case word (letters and hyphens) before `at`, past one space and an optional comma; null if none. */
function wordBefore(text: string, at: number): string | null {
  let i = at - 1;
  if (text.charCodeAt(i) !== 32) return null;
  i--;
  if (text.charCodeAt(i) === 44) i--; // ","
  else if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) === 44) i -= 2; // " , " (tokenised text)
  const end = i + 1;
  while (i >= 0 && at - i < 24) {
    const ch = text.charCodeAt(i);
    if ((ch >= 97 && ch <= 122) || ch === 45) i--;
    else break;
  }
  return end - i > 1 ? text.slice(i + 1, end) : null;
}
const KNOWN_PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);

export const companyDescriptorRefiner: Refiner<Candidate> = {
  name: 'entities/company-descriptor',
  refine(doc, candidates) {
    const text = doc.text;
    // surnames of full person names in the report: "Jobs" when "Steve Jobs" is named
    let surnames: Set<string> | null = null;
    const companies = new Set<string>();
    const flipped = new Set<Candidate>();
    for (const c of candidates) {
      if (c.type !== 'person' && c.type !== 'place' && c.type !== 'organization') continue;
      // cheap test first: the lower-case word right before the name (and a comma) must be a descriptor
      const lead = wordBefore(text, c.start);
      if (lead === null || !DESCRIPTORS.has(lead)) continue;
      const before = tokensBefore(doc, c.start, 3);
      if (before.length === 0) continue;
      let at = before.length - 1;
      if (before[at]!.text === ',') {
        // "airline, Ryanair, said": the comma variant needs a closing comma
        if (at < 1 || text[c.end] !== ',') continue;
        at--;
      }
      const noun = before[at]!;
      if (!DESCRIPTORS.has(noun.text) || text.slice(noun.end, c.start).includes('\n')) continue;
      // "the aircraft carrier Enterprise" is a warship
      if (noun.text === 'carrier' && at > 0 && /^aircraft$/i.test(before[at - 1]!.text)) continue;
      const name = text.slice(c.start, c.end);
      const words = name.split(' ');
      if (FIRST_NAMES.has(words[0]!.toLowerCase()) || gazetteerCategories(name) & KNOWN_PLACE) continue;
      if (words.length === 1) {
        surnames ??= personSurnames(doc, candidates, true);
        if (surnames.has(foldKey(name))) continue;
      }
      companies.add(foldKey(name));
      if (c.type !== 'organization') flipped.add(c);
    }
    if (companies.size === 0) return candidates;
    return candidates.map((c) => (flipped.has(c) || (c.type === 'person' && companies.has(foldKey(text.slice(c.start, c.end))))
      ? { ...c, type: 'organization' as const }
      : c));
  },
};
