/**
 * ner/perceptron: the trained tagger's names. Every sentence is tagged by the first-pass model,
 * then again by the second-pass model reading the first pass's labels for the same words
 * (see tagger.ts). Every B-/I- run becomes a candidate. MISC runs (nationalities, events,
 * works) are kept as `other` so later rules can see them; the commit drops them unless a rule
 * typed them.
 */
import type { EntityType } from '../../../model/annotations.js';
import type { Extractor } from '../../pipeline.js';
import { candidate, type Candidate } from '../candidate.js';
import { addToHistory, documentCase, documentContexts, sentenceFeatures, type History } from '../features.js';
import { sharedModel } from '../model.js';
import { decode, isInside, typeOf } from '../tagger.js';
import { sentenceWords } from '../words.js';

/** First-pass margin (in weight units) above which an O is not re-scored by the second pass. */
const SETTLED = 30;

const TYPE: Record<'PER' | 'ORG' | 'LOC' | 'MISC', EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export const taggerExtractor: Extractor<Candidate> = {
  name: 'ner/perceptron@1',
  extract(doc) {
    const model = sharedModel();
    const sents = sentenceWords(doc);
    const docCase = documentCase(sents.map((s) => s.words));
    const contexts = documentContexts(sents.map((s) => s.words));
    const feats = sents.map((s) => sentenceFeatures(s.words, docCase, model.names, contexts));
    const history: History = new Map();
    const first = feats.map((sf) => {
      const margins = new Float32Array(sf.keys.length);
      const tags = decode(model.first, sf, null, margins);
      addToHistory(history, sf.keys, tags);
      return { tags, margins, threshold: SETTLED * model.meta.scale };
    });
    const out: Candidate[] = [];
    sents.forEach((s, si) => {
      const margins = new Float32Array(s.words.length);
      const tags = decode(model.second, feats[si]!, history, margins, first[si]!);
      for (let i = 0; i < tags.length; i++) {
        const t = tags[i]!;
        // An I- tag continues the run started before it, unless a line break cut that run.
        if (t === 0 || (isInside(t) && i > 0 && !doc.text.slice(s.ends[i - 1]!, s.starts[i]!).includes('\n'))) continue;
        const b = isInside(t) ? t - 1 : t;
        let j = i + 1;
        let margin = margins[i]!;
        // A name never runs across a line break (lists and tables put one name per line end).
        while (j < tags.length && tags[j] === b + 1 && !doc.text.slice(s.ends[j - 1]!, s.starts[j]!).includes('\n')) {
          margin = Math.min(margin, margins[j++]!);
        }
        out.push(candidate({
          start: s.starts[i]!, end: s.ends[j - 1]!, type: TYPE[typeOf(b)], rule: 'ner/perceptron@1',
          confidence: Math.round(100 / (1 + Math.exp(-margin / model.meta.scale / 25))) / 100, zone: s.zone,
        }));
      }
    });
    return out;
  },
};
