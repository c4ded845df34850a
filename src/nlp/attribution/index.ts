/**
 * The attribution stage: quotes with their speakers, and claims the report attributes or
 * qualifies, with source, speaker, modality, cue, footnotes and attribution chain.
 *
 * extractors (all propose; their order is the priority when two propose the same span)
 *   1. quote-transcript      — `— Name: …` interview lines: the most explicit speaker there is
 *   2. quote-colon           — `X said: “…”`, `It reads:` + quoted paragraphs
 *   3. quote-trailing-cue    — `“…,” he said` / `“…,” said X`
 *   4. quote-leading-cue     — `He said, “…”` / `called it “fake”`
 *   4b. quote-dash-credit    — `“…” ― Jane Doe`
 *   5. according-to          — `according to X, …` / `…, according to X`: an explicit source
 *   6. reporting-verb        — `X reiterated that …`, `a study by RAND found …`
 *   7. reporting-verb-inverted — `…, a diplomat said.`
 *   7b. reporting-verb-parenthetical — `The plan, a diplomat said, is dead.`
 *   8. hedge                 — `reportedly`, `is believed to`: hearsay with no named source
 *   9. speculation           — the author's `likely`, `probably`, `it is not impossible that`
 * refiners (order matters)
 *   1. quote-continuation    — split quotes and later paragraphs take the speaker of the quote
 *                              they continue; needs every cued quote first
 *   2. quote-in-claim        — a quotation inside reported speech takes the claim's speaker;
 *                              after 1 so that continued quotes are not taken twice
 *   2b. split-quote          — one reported claim over a quote split by its attribution
 *   3. not-speech            — titles and single scare-quoted words are dropped; after 1–2,
 *                              whose candidates it also checks
 *   4. speaker-hedge         — a "probably" inside a kept quote is the speaker's hedge; after 3
 *                              so that a hedge inside a title or scare quote is dropped
 *   4b. cue-in-source        — a verb inside another attribution's source phrase ("according
 *                              to two people who saw the text") reports nothing; after the
 *                              filters above, so only surviving sources count
 *   5. dedupe                — one candidate per span and kind, sorted by position
 *   6. footnotes             — claims take the markers of their sentences
 * commit: speaker/source phrases are linked to entities (resolve.ts), chains are built from
 * claims nested in other claims and from documents published earlier that a claim rests on
 * ("these wiretaps", chain.ts), and the survivors are written to `quotes` and `claims`.
 */
import type { ChainLink, Claim, Quote } from '../../model/annotations.js';
import { defineStage, type Stage } from '../pipeline.js';
import type { AttributionCandidate } from './candidate.js';
import { accordingToExtractor } from './extractors/according-to.js';
import { hedgeExtractor } from './extractors/hedge.js';
import { quoteColonExtractor } from './extractors/quote-colon.js';
import { quoteDashCreditExtractor } from './extractors/quote-dash-credit.js';
import { quoteLeadingCueExtractor } from './extractors/quote-leading-cue.js';
import { quoteTrailingCueExtractor } from './extractors/quote-trailing-cue.js';
import { quoteTranscriptExtractor } from './extractors/quote-transcript.js';
import { reportingVerbInvertedExtractor } from './extractors/reporting-verb-inverted.js';
import { reportingVerbParentheticalExtractor } from './extractors/reporting-verb-parenthetical.js';
import { reportingVerbExtractor } from './extractors/reporting-verb.js';
import { speculationExtractor } from './extractors/speculation.js';
import { cueInSourceRefiner } from './refiners/cue-in-source.js';
import { dedupeRefiner } from './refiners/dedupe.js';
import { footnotesRefiner } from './refiners/footnotes.js';
import { notSpeechRefiner } from './refiners/not-speech.js';
import { quoteContinuationRefiner } from './refiners/quote-continuation.js';
import { quoteInClaimRefiner } from './refiners/quote-in-claim.js';
import { splitQuoteClaimRefiner } from './refiners/split-quote-claim.js';
import { speakerHedgeRefiner } from './refiners/speaker-hedge.js';
import { documentChain } from './chain.js';
import { SourceResolver, type Resolved } from './resolve.js';
import { narrowestCover } from '../text/cover.js';

export const attributionStage: Stage = defineStage<AttributionCandidate>({
  name: 'attribution',
  extractors: [
    quoteTranscriptExtractor,
    quoteColonExtractor,
    quoteTrailingCueExtractor,
    quoteLeadingCueExtractor,
    quoteDashCreditExtractor,
    accordingToExtractor,
    reportingVerbExtractor,
    reportingVerbInvertedExtractor,
    reportingVerbParentheticalExtractor,
    hedgeExtractor,
    speculationExtractor,
  ],
  refiners: [quoteContinuationRefiner, quoteInClaimRefiner, splitQuoteClaimRefiner, notSpeechRefiner, speakerHedgeRefiner, cueInSourceRefiner, dedupeRefiner, footnotesRefiner],
  commit(doc, cs) {
    const resolver = new SourceResolver(doc);
    // resolve phrases in text order, so that a pronoun finds the person named before it
    const phrases = new Map<AttributionCandidate, Resolved>();
    const byWho = cs.filter((c) => c.who !== null).sort((a, b) => a.who!.start - b.who!.start);
    const done = new Map<string, Resolved>();
    for (const c of byWho) {
      const key = `${c.who!.start}:${c.who!.end}`;
      let r = done.get(key);
      if (!r) done.set(key, (r = resolver.resolve(c.who!, c.verb)));
      phrases.set(c, r);
    }
    const entityOf = (o: AttributionCandidate): string | null => {
      const p = phrases.get(o);
      return p ? p.referent ?? p.written : null;
    };
    const quotes: Quote[] = [];
    const claims: Claim[] = [];
    // The reported claims with a source, which may enclose another claim's source or cue.
    const reported = narrowestCover(cs.filter((o) => o.kind === 'claim' && o.who !== null && o.modality === 'reported'));
    for (const c of cs) {
      const r = phrases.get(c);
      if (c.kind === 'quote') {
        quotes.push({ start: c.start, end: c.end, rule: c.rule, confidence: c.confidence, speaker: r ? r.referent ?? r.written : null, cue: c.cue });
        continue;
      }
      const outer = enclosing(reported, c);
      const outerR = outer ? phrases.get(outer) : undefined;
      const chain: ChainLink[] = [];
      if (outer && outerR) chain.push({ role: 'source', entity: outerR.referent ?? outerR.written, span: outer.who });
      if (r && c.who) chain.push({ role: outer ? 'speaker' : 'source', entity: r.referent ?? r.written, span: c.who });
      if (r?.document) chain.push({ role: 'document', entity: null, span: r.document });
      for (const link of documentChain(doc, c, cs, entityOf)) chain.push(link);
      claims.push({
        start: c.start, end: c.end, rule: c.rule, confidence: c.confidence,
        source: outerR ? outerR.referent : r ? r.referent : null,
        speaker: r ? r.written : null,
        modality: c.modality, cue: c.cue, sourceSpan: c.who, citations: c.citations, chain,
      });
    }
    doc.layers.quotes = quotes;
    doc.layers.claims = claims;
  },
});

/** The nearest reported claim whose content holds this claim's source phrase (or its cue). */
function enclosing(cover: (start: number, end: number, skip?: AttributionCandidate) => AttributionCandidate | undefined, c: AttributionCandidate): AttributionCandidate | null {
  const at = c.who ?? c.cue;
  if (!at) return null;
  return cover(at.start, at.end, c) ?? null;
}
