/**
 * What the time stage's extractors propose: a span with a TIMEX3 type and a `resolve` function
 * that turns it into a value once the reference times are known. Extractors only read the
 * words; the resolve refiner walks the candidates in document order and supplies the
 * publication date, the narrative time (the last explicit date the story moved to) and the
 * tense of the sentence.
 */
import type { TimexFields, TimexType } from '../../model/annotations.js';
import type { Point } from './calendar.js';

export interface ResolveContext {
  /** The publication date (document creation time), or null when the report has none. */
  readonly published: Point | null;
  /** The last explicit point the story moved to (any granularity), else the publication date. */
  readonly narrative: Point | null;
  /** The last explicit day the story moved to, else the publication date. */
  readonly narrativeDay: Point | null;
  /** The day an earlier clause gave the event this timex's clause tells again (its verb), if any. */
  readonly eventDay: Point | null;
  /** The last quarter mentioned ("the third quarter"), for "the quarter" and "a year earlier". */
  readonly quarter: Point | null;
  /** The tense of the sentence around the timex: forward (will, is to, plans), back (said, was), or unknown. */
  readonly tense: 'future' | 'past' | 'none';
}

export interface Resolution {
  readonly value: string;
  readonly anchor: 'published' | 'narrative' | 'none';
  readonly mod?: string;
  /** Overrides the candidate's fields (e.g. a year inferred from the publication date). */
  readonly fields?: TimexFields;
  /** The point the value denotes, when the story may move to it (explicit dates only). */
  readonly point?: Point;
}

export interface TimexCandidate {
  readonly start: number;
  readonly end: number;
  readonly rule: string;
  readonly confidence: number;
  readonly type: TimexType;
  readonly fields: TimexFields;
  readonly mod?: string;
  resolve(ctx: ResolveContext): Resolution | null;
  /** Filled by the resolve refiner. */
  readonly resolved?: Resolution;
}

export const NO_FIELDS: TimexFields = { year: 'none', month: 'none', day: 'none' };
export const INFERRED: TimexFields = { year: 'inferred', month: 'inferred', day: 'inferred' };

/** A candidate whose value does not depend on any reference time. */
export function fixed(value: string, extra: Partial<Resolution> = {}): (ctx: ResolveContext) => Resolution {
  const r: Resolution = { value, anchor: 'none', ...extra };
  return () => r;
}
