/**
 * What the attribution extractors propose: a quote or a claim with the phrase that names its
 * speaker or source *as written*. Entities are linked only at commit time (see resolve.ts), so
 * every rule works whether or not the entities stage has found anything.
 */
import type { Modality, Span } from '../../model/annotations.js';

export interface AttributionCandidate {
  readonly kind: 'quote' | 'claim';
  /** The content: the quoted words without the marks, or the claim without its cue. */
  start: number;
  end: number;
  /** The words that make it attributed or qualified ("said", "according to", "reportedly"). */
  cue: Span | null;
  /** The speaker or source phrase as written ("he", "the Wall Street Journal", "officials"). */
  who: Span | null;
  /** The cue's base verb when there is one ("reads", "wrote"): pronoun resolution looks at it. */
  verb: string | null;
  modality: Modality;
  readonly rule: string;
  confidence: number;
  /** Footnote markers of the claim's sentences (filled by the footnotes refiner). */
  citations: string[];
  /** For a quote continuing an earlier one (split quote, later paragraph): that quote's index. */
  continues?: AttributionCandidate;
}

export function candidate(init: Omit<AttributionCandidate, 'citations' | 'verb' | 'confidence'> & { verb?: string | null; confidence?: number }): AttributionCandidate {
  return { verb: null, confidence: 0.8, citations: [], ...init };
}
