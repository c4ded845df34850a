/**
 * entities/role-split: a title word inside a tagged name splits it. What follows the title is
 * the person ("NASA Administrator Bill Nelson" → person "Bill Nelson" with the role
 * "Administrator"), or, after "of"/"to", the organisation or place the title belongs to
 * ("Federal Chancellor of Germany" → "Germany"); what precedes it stays an organisation or place
 * ("NASA"; a known place stays a place: "Los Angeles Sheriff") unless it is only a modifier or a
 * nationality ("French President"). "High" belongs to the title ("United Nations High Commissioner").
 * An office named after the title ("Office of the President of Ukraine") is not split.
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { ROLE_MODIFIERS, ROLE_WORDS, SPLITTING_TITLES } from '../../lexicon/titles.js';
import { isNationalityWord } from '../../lexicon/nationalities.js';
import { ORG_HEADS as ORG_HEAD_LIST } from '../../lexicon/organizations.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';
import { isCapitalised, tokensIn, type Tok } from '../span-tokens.js';

const MODIFIERS = new Set(ROLE_MODIFIERS.concat(['federal', 'deputy', 'vice', 'prime', 'executive', 'managing', 'general', 'high']));
const ORG_HEADS = new Set(ORG_HEAD_LIST);
const LINKS = new Set(['of', 'to', 'for', 'at', 'in', 'the']);
const PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);
const OFFICE_OF_RE = /^(?:(?:Executive\s+)?Office|Administration|Cabinet|Secretariat|Chancellery|Chancellory)\s+of\s+(?:the\s+)?(?:(?:Deputy|Vice|Prime)\s+)?$/;

export const roleSplitRefiner: Refiner<Candidate> = {
  name: 'entities/role-split',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const toks = tokensIn(doc, c.start, c.end);
      const r = toks.findIndex((t, i) => SPLITTING_TITLES.has(t.text.toLowerCase()) && (i > 0 || toks.length > 1));
      if (r < 0) {
        out.push(c);
        continue;
      }
      // "Office of the President of Ukraine", "Cabinet of the Prime Minister": an office named
      // after the title is one organisation
      if (OFFICE_OF_RE.test(doc.text.slice(c.start, toks[r]!.start))) {
        out.push(c.type === 'organization' ? c : { ...c, type: 'organization', rule: 'entities/role-split' });
        continue;
      }
      let e = r + 1;
      while (e < toks.length && (SPLITTING_TITLES.has(toks[e]!.text.toLowerCase()) || ROLE_WORDS.has(toks[e]!.text.toLowerCase()))) e++;
      let roleStart = r;
      while (roleStart > 0 && (MODIFIERS.has(toks[roleStart - 1]!.text.toLowerCase()) || isNationalityWord(toks[roleStart - 1]!.text))) roleStart--;
      let left = toks.slice(0, roleStart);
      while (left.length && LINKS.has(left[left.length - 1]!.text.toLowerCase())) left = left.slice(0, -1);
      if (left.length === 1 && ORG_HEADS.has(left[0]!.text.toLowerCase())) left = [];
      const role = { title: doc.text.slice(toks[roleStart]!.start, toks[e - 1]!.end), span: { start: toks[roleStart]!.start, end: toks[e - 1]!.end }, rule: 'entities/role-split', confidence: 0.8 };
      if (left.some((t) => isCapitalised(t.text))) {
        const b = bounds(left);
        // a known place before the title is the place whose office it is ("Los Angeles Sheriff")
        const type = gazetteerCategories(doc.text.slice(b.start, b.end)) & PLACE ? 'place' : c.type === 'person' ? 'organization' : c.type;
        out.push({ ...c, ...b, type, rule: 'entities/role-split', roles: [], merges: [] });
      }
      let tail = toks.slice(e);
      const linked = tail.length > 0 && LINKS.has(tail[0]!.text.toLowerCase());
      while (tail.length && LINKS.has(tail[0]!.text.toLowerCase())) tail = tail.slice(1);
      if (!tail.some((t) => isCapitalised(t.text))) continue;
      const b = bounds(tail);
      if (linked) {
        const cats = gazetteerCategories(doc.text.slice(b.start, b.end));
        const type = cats & PLACE ? 'place' : c.type === 'person' ? 'organization' : c.type;
        out.push({ ...c, ...b, type, rule: 'entities/role-split', roles: [], merges: [] });
      } else {
        const credit = /^(translation|translator|photo|image|credit)$/i.test(role.title);
        out.push({ ...c, ...b, type: 'person', rule: 'entities/role-split', roles: credit ? [] : [role], merges: [] });
      }
    }
    return out;
  },
};

function bounds(toks: Tok[]): { start: number; end: number } {
  return { start: toks[0]!.start, end: toks[toks.length - 1]!.end };
}
