/**
 * The day the story gave an event it comes back to. A report dates a strike ("the depot was hit
 * on November 27"), moves on to other days, then tells the hour ("the depot was hit at 10 p.m."):
 * the hour belongs to the day of the strike, not to the day the story last stood on. The event
 * is recognised by its verb: a clock time whose clause repeats the past-tense verb of an earlier
 * clause that named a day takes that day.
 *
 * Only verbs in the past tense count (a regular "-ed" form or a common irregular one), never a
 * verb of saying ("said", "told", "announced": every sentence has one) nor a form of "be" or
 * "have". A clause is the stretch of its sentence between semicolons; the clock time's verb is
 * the last one before it in its clause, else the first after it.
 */
import type { Document } from '../../../model/document.js';
import type { Point } from '../calendar.js';
import { IRREGULAR_PAST } from './tense.js';

const VERB = new RegExp(String.raw`\b(?:${IRREGULAR_PAST}|hit|cut|shut|[a-z]{2,}[^\We]ed)\b`, 'g');
/** Verbs of saying and other past forms that name no event of their own. */
const NOT_AN_EVENT = /^(?:said|told|added|noted|stated|announced|reported|claimed|asked|answered|explained|insisted|confirmed|denied|warned|recalled|wrote|thought|felt|knew|meant|seemed|appeared|remained|continued|used|needed|wanted|called|named|based|related|united|hundred|armed|concerned|involved|expected|planned|scheduled|got|made|became)$/;
/** How far a clock time looks for its verb, before and after it. */
const BEFORE = 40;
const AFTER = 60;

export class EventDays {
  private readonly days = new Map<string, Point>();
  constructor(private readonly doc: Document) {}

  /** A day the text names at [start, end): remember it as the day of the events its clause tells. */
  record(start: number, end: number, day: Point): void {
    const [from, to] = this.clause(start, end);
    for (const verb of verbsIn(this.doc.text.slice(from, to))) this.days.set(verb, day);
  }

  /** The day an earlier clause gave the event told by the verb around [start, end), if any. */
  dayOf(start: number, end: number): Point | null {
    if (this.days.size === 0) return null;
    const [from, to] = this.clause(start, end);
    const before = verbsIn(this.doc.text.slice(Math.max(from, start - BEFORE), start));
    const verb = before.length > 0 ? before[before.length - 1]! : verbsIn(this.doc.text.slice(end, Math.min(to, end + AFTER)))[0];
    return verb === undefined ? null : this.days.get(verb) ?? null;
  }

  private clause(start: number, end: number): [number, number] {
    const si = this.doc.sentenceAt(start);
    const s = si >= 0 ? this.doc.layers.sentences[si]! : { start: Math.max(0, start - 200), end: Math.min(this.doc.text.length, end + 200) };
    const semiBefore = this.doc.text.lastIndexOf(';', start);
    const semiAfter = this.doc.text.indexOf(';', end);
    return [Math.max(s.start, semiBefore + 1), semiAfter >= 0 && semiAfter < s.end ? semiAfter : s.end];
  }
}

function verbsIn(text: string): string[] {
  const out: string[] = [];
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m !== null; m = VERB.exec(text)) {
    // Lower case only: a capitalised "-ed" word is a name ("Ted", "Reed").
    if (!NOT_AN_EVENT.test(m[0])) out.push(m[0]);
  }
  return out;
}
