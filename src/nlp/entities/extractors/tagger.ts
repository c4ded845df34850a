/**
 * ner/perceptron: the trained tagger's names. Each sentence is tagged with the document's
 * capitalisation profile; every B-/I- run becomes a candidate. MISC runs (nationalities,
 * events, works) are kept as `other` so later rules can see them; the commit drops them
 * unless a rule typed them.
 */
import type { EntityType } from '../../../model/annotations.js';
import type { Extractor } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { documentCase } from '../features.js';
import { sharedModel } from '../model.js';
import { isInside, typeOf } from '../tagger.js';
import { sentenceWords } from '../words.js';

const TYPE: Record<'PER' | 'ORG' | 'LOC' | 'MISC', EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export const taggerExtractor: Extractor<Candidate> = {
  name: 'ner/perceptron@1',
  extract(doc) {
    const { tagger } = sharedModel();
    const sents = sentenceWords(doc);
    const docCase = documentCase(sents.map((s) => s.words));
    const out: Candidate[] = [];
    for (const s of sents) {
      const tags = tagger.tag(s.words, docCase);
      for (let i = 0; i < tags.length; i++) {
        const t = tags[i]!;
        if (t === 0 || isInside(t)) continue;
        let j = i + 1;
        while (j < tags.length && tags[j] === t + 1) j++;
        out.push(candidate({
          start: s.starts[i]!, end: s.ends[j - 1]!, type: TYPE[typeOf(t)], rule: 'ner/perceptron@1',
          confidence: 0.85, zone: s.zone,
        }));
      }
    }
    return out;
  },
};
