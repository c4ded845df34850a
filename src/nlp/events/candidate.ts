/**
 * An event as the events stage carries it between its extractors and refiners: the trigger
 * span and type an extractor found, then the fields each refiner fills in turn.
 */
import type { EventStatus, EventType, Party } from '../../model/annotations.js';

export interface EventCandidate {
  /** The trigger word(s). */
  readonly start: number;
  readonly end: number;
  readonly type: EventType;
  /** The rule that found the trigger, e.g. `events/meeting`; refiners append nothing to it. */
  readonly rule: string;
  readonly confidence: number;
  /** Index of the sentence holding the trigger. */
  readonly sentence: number;
  readonly date: string | null;
  /** Index into `doc.layers.timexes` of the timex the date comes from. */
  readonly timex: number | null;
  /** How the date was found: a timex next to the trigger, or the sentence's framing timex. */
  readonly dateBy: 'direct' | 'relative' | 'frame' | null;
  readonly participants: readonly string[];
  /** Countries named only by a nationality group (no entity in the report). */
  readonly parties: readonly Party[];
  readonly location: string | null;
  readonly status: EventStatus;
  readonly claim: number | null;
  readonly summary: string;
}

export function newCandidate(init: Pick<EventCandidate, 'start' | 'end' | 'type' | 'rule' | 'confidence' | 'sentence'>): EventCandidate {
  return { ...init, date: null, timex: null, dateBy: null, participants: [], parties: [], location: null, status: 'happened', claim: null, summary: '' };
}
