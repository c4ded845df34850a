/**
 * The annotation kinds of Parley's one document model.
 *
 * Every annotation is a character span into `Document.text` (UTF-16 indices, end exclusive),
 * the rule or model that produced it (`rule`) and a confidence in [0, 1]. Annotations never
 * copy text: views (the extraction JSON, the API, the UI) derive strings from the spans.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What every annotation carries besides its kind-specific data. */
export interface Provenance {
  /** The rule or model that produced the annotation, e.g. `sentences/abbreviation` or `ner/perceptron@1`. */
  readonly rule: string;
  /** Confidence in [0, 1]. Rules that cannot be wrong on their own terms use 1. */
  readonly confidence: number;
}

export interface Annotation extends Span, Provenance {}

/** A block of text separated from its neighbours by a blank line (or a single line break in HTML-derived text). */
export interface Paragraph extends Annotation {
  /** A short title-case line such as "The Geneva Negotiations": a heading, not a sentence of prose. */
  readonly heading: boolean;
}

export interface Sentence extends Annotation {
  /** Index of the paragraph the sentence starts in. */
  readonly paragraph: number;
}

/** The region at the end of a report that holds its reference entries (footnotes, endnotes). */
export interface NotesSection extends Annotation {}

/** A footnote marker such as `[5]` in the body. */
export interface CitationMarker extends Annotation {
  readonly marker: string;
  /** Index of the sentence the marker closes (it belongs to the sentence it follows), or null. */
  readonly sentence: number | null;
}

/** One parsed reference entry in the notes, or an inline bracketed reference in the body. */
export interface Citation extends Annotation {
  /** The marker that cites it ("5"), or null for an inline bracketed reference. */
  readonly marker: string | null;
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly translators: readonly string[];
  readonly publisher: string | null;
  /** YYYY-MM-DD when the entry gives a full date, else null. */
  readonly date: string | null;
  readonly url: string | null;
  readonly inline: boolean;
}

export const ENTITY_TYPES = ['person', 'organization', 'place', 'work', 'other'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** One mention of a named actor. `entity` is the id of the entity it was grouped into. */
export interface Mention extends Annotation {
  readonly type: EntityType;
  entity: string;
}

export interface Role extends Provenance {
  /** The role as the text gives it, e.g. "Secretary of State". */
  readonly title: string;
  /** Where the text gives it. */
  readonly span: Span;
}

/** Why two surface forms were judged to name the same actor. */
export interface MergeEvidence {
  readonly rule: string;
  readonly from: string;
  readonly into: string;
  readonly evidence: string;
  readonly score: number;
}

/** An actor within one report: a group of mentions with a canonical name. */
export interface Entity {
  readonly id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: Role[];
  merges: MergeEvidence[];
}

export const TIMEX_TYPES = ['date', 'time', 'duration', 'set'] as const;
export type TimexType = (typeof TIMEX_TYPES)[number];

/** Which calendar fields the text stated and which the resolver inferred (chrono's known/implied). */
export interface TimexFields {
  readonly year: 'stated' | 'inferred' | 'none';
  readonly month: 'stated' | 'inferred' | 'none';
  readonly day: 'stated' | 'inferred' | 'none';
}

export interface Timex extends Annotation {
  readonly type: TimexType;
  /** TIMEX3 value: 2025-11-23, 2025-11, 2025-W48, 2025-11-28T06:00, P30D, PAST_REF, or an interval A/B. */
  readonly value: string;
  /** TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER, ... */
  readonly mod?: string;
  readonly fields: TimexFields;
  /** What the value was resolved against: the publication date, or the narrative time at that point. */
  readonly anchor?: 'published' | 'narrative' | 'none';
}

export const EVENT_TYPES = [
  'meeting', 'call', 'visit', 'statement', 'publication', 'agreement', 'legislation', 'decree',
  'raid', 'arrest', 'resignation', 'appointment', 'founding', 'election', 'attack', 'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['happened', 'planned', 'hypothetical'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A country a nationality group stands for ("the Ukrainian delegation" → Ukraine). */
export interface Party extends Span {
  readonly country: string;
}

/** An event the report tells of. The span is its trigger word. */
export interface EventMention extends Annotation {
  readonly id: string;
  readonly type: EventType;
  /** TIMEX3 value or interval, or null when the text gives none (never the publication date by default). */
  readonly date: string | null;
  /** Index into `timexes` of the timex that governs it (for a date counted from another day —
   *  "on October 14, four days before …" — that day's timex), or null. */
  readonly timex: number | null;
  readonly participants: readonly string[];
  /**
   * Countries that take part as a group named by nationality ("the Ukrainian delegation", "the
   * Americans") when the report has no entity for the country: the span is the group's words.
   * Across reports they resolve to the country's actor by name.
   */
  readonly parties: readonly Party[];
  readonly location: string | null;
  readonly status: EventStatus;
  /** Index into `claims` of the claim it rests on, when the report attributes it. */
  readonly claim: number | null;
  readonly summary: string;
}

/** Quoted words (without the marks) and who spoke them. */
export interface Quote extends Annotation {
  readonly speaker: string | null;
  /** The words that introduce or attribute the quote ("said", "wrote:"), if any. */
  readonly cue: Span | null;
}

export const MODALITIES = ['reported', 'hedged', 'speculative', 'asserted'] as const;
export type Modality = (typeof MODALITIES)[number];

/** One link of an attribution chain: a source, the document or call it rests on, a speaker. */
export interface ChainLink {
  readonly role: 'source' | 'document' | 'speaker';
  readonly entity: string | null;
  readonly span: Span | null;
}

/** A statement whose truth the report hands to someone else or qualifies. The span is its content. */
export interface Claim extends Annotation {
  readonly source: string | null;
  readonly speaker: string | null;
  readonly modality: Modality;
  readonly cue: Span | null;
  /** The source phrase as written when it names no entity ("Trump's associates"). */
  readonly sourceSpan: Span | null;
  readonly citations: readonly string[];
  readonly chain: readonly ChainLink[];
}
