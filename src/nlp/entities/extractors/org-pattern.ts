/**
 * entities/org-pattern: "<Institution word> of <Capitalised name>" is an organisation even where
 * the tagger splits it ("Church of Scientology", "University of Southern Indiana", "Ministry of
 * Defence", "Bank of England"); the overlaps refiner lets it replace the pieces it contains.
 */
import type { Extractor } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { zoneAt } from '../words.js';

const PATTERN =
  /\b(?:Church|University|Ministry|Department|Bank|Office|Council|Institute|Court|Academy|Federation|Union|League|Committee|Commission|Agency|Bureau|Board|College|School|Association|Society|Order|Party|Coalition|Organi[sz]ation|Republic|Kingdom|State|House|Chamber|Museum)(?: of(?: the)?(?: [\p{Lu}][\p{L}\p{M}’'-]*)+)+/gu;

export const orgPatternExtractor: Extractor<Candidate> = {
  name: 'entities/org-pattern',
  extract(doc) {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let m = PATTERN.exec(doc.text); m; m = PATTERN.exec(doc.text)) {
      const text = m[0];
      const head = text.slice(0, text.indexOf(' '));
      const type = /^(Republic|Kingdom|State)$/.test(head) ? 'place' : 'organization';
      out.push(candidate({ start: m.index, end: m.index + text.length, type, rule: 'entities/org-pattern', confidence: 0.75, zone: zoneAt(doc, m.index) }));
    }
    return out;
  },
};
