/**
 * The date of an event is the timex that governs its trigger (resolved values come from the
 * time stage), never the publication date by default. In order:
 *
 *   1. direct — the nearest of: the first timex after the trigger in its clause (within 90
 *      characters, no other trigger and no complement "that" in between: "met in Geneva on November 24", "a conversation,
 *      recorded on October 14"), and a timex just before it with no comma, bracket or "and" in between
 *      ("on November 28 NABU searched"), or a relative clause about the trigger ("the call,
 *      which took place on October 14", "travels to Moscow, which is expected next week"). A
 *      timex taken directly is owned by that trigger; when
 *      two triggers take the same timex, the one it follows keeps it ("the draft that leaked
 *      in November called for elections" dates the leak only), unless the other is its purpose
 *      ("will travel on Tuesday to meet Putin" dates both); a timex that modifies a trigger noun
 *      ("released the transcript of an October 29 conversation") is that noun's.
 *   2. relative — a clause that places the trigger by its distance from the sentence's day
 *      ("on October 14, four days before Putin spoke to Trump" → October 18).
 *   3. frame — only for events told as having happened, not after "before"/"after"/"until" and
 *      not across a complement "that": the nearest timex before the trigger
 *      in its clause that no other trigger owns, else the sentence's introductory timex
 *      ("On May 12, the alliance, founded on January 9, met …" → May 12).
 *   4. none — null.
 *
 * A timex followed by "and"/"to"/"–" and a second timex ("from November 23 to 24") gives an
 * interval. A happened event dated after the publication date becomes planned.
 */
import type { Timex } from '../../../model/annotations.js';
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf, isIntroductory } from '../clause.js';
import { format, parseValue, shift, type Unit } from '../../time/calendar.js';
import { timexRange } from '../../../model/timex-range.js';

const MAX_AFTER = 90;
/** "told reporters that he expected an answer by Thursday", "a diplomat present at the meeting said
 *  the Americans wanted a framework by mid-2027": the date is the reported content's. */
const COMPLEMENT_RE = /\bthat\b(?!\s+(?:took place|was held|were held|happened|occurred|began|started|ended))|\b(?:said|says|told|added|argued|insisted|warned)\b/i;
/** "flew to Abu Dhabi on Monday and met …": a date before a coordinated verb is the first verb's. */
const COORDINATION_RE = /\b(?:and|but|then|or)\b/i;
/** "walked through the centre before the talks": the frame time is not the event's. */
const RELATIVE_TIME_RE = /\b(?:before|after|until|since|ahead of|prior to|following)\s+(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** A verb trigger's infinitive complement before the timex: "agreed to raise … in 2026", "decided to meet on Friday". */
const INFINITIVE_RE = /^\s+to\s+\p{Ll}+\b/u;
/** "before", "after", "since" right before a timex: it bounds the event, it does not date it; nor
 *  does the period of a count ("for the third time this year"). */
const BOUND_BEFORE_RE = /\b(?:before|after|since|ahead\s+of|prior\s+to)\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+)*(?:on\s+)?$|\btimes?\s+$/u;
const RANGE_JOIN_RE = /^\s*(?:and|to|through|until|till|[-–—])\s*$/i;

interface Usable { readonly index: number; readonly t: Timex }

function usableTimexes(doc: Document): Usable[] {
  const out: Usable[] = [];
  doc.layers.timexes.forEach((t, index) => {
    if ((t.type === 'date' || t.type === 'time') && /^\d{4}/.test(t.value) && t.start < doc.bodyEnd) out.push({ index, t });
  });
  return out.sort((a, b) => a.t.start - b.t.start);
}

/** Index of the first usable timex starting at or after `offset` (binary search). */
function firstTimexFrom(list: readonly Usable[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.t.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The value of `u`, or an interval when a second timex follows it after "and"/"to"/"–". */
export function valueWithRange(doc: Document, list: readonly Usable[], u: Usable): string {
  if (u.t.value.includes('/')) return u.t.value;
  const i = list.indexOf(u);
  const next = list[i + 1];
  if (next && RANGE_JOIN_RE.test(doc.text.slice(u.t.end, next.t.start)) && !next.t.value.includes('/')) {
    const a = u.t.value;
    const b = next.t.value;
    if (b > a) return `${a}/${b}`;
  }
  return u.t.value;
}

/** Is the start of `value` (a TIMEX3 value or interval) after the day `published`? Read by the
 *  project's one TIMEX3 parser: a week ("2025-W49") starts on its Monday, its weekend on Saturday. */
export function isAfter(value: string, published: string | null): boolean {
  if (!published) return false;
  const range = timexRange(value);
  return range !== null && range.start > published.slice(0, 10);
}

/** "In the call, which took place on October 14, …": when the trigger ends its clause and a
 *  relative clause about it follows, the relative clause may date it. */
const RELATIVE_RE = /^\s*,\s+(?:which|that)\s+(?:took place|was held|were held|happened|occurred|began|started|ended|came|was|were|is|are)\b/i;
/** What may stand between the trigger and the relative clause: a closing mark, or a short
 *  complement ("travels to Moscow, which is expected early next week"). */
const TO_RELATIVE_RE = /^(?:\s+(?:to|in|with|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)?[\s"'”’»)]*$/u;

function extendIntoRelative(doc: Document, c: EventCandidate, clause: { start: number; end: number }): { start: number; end: number } {
  if (!TO_RELATIVE_RE.test(doc.text.slice(c.end, clause.end))) return clause;
  if (!RELATIVE_RE.test(doc.text.slice(clause.end, clause.end + 40))) return clause;
  return { start: clause.start, end: clauseOf(doc, c.sentence, clause.end + 2).end };
}

/** The timex stands right before the trigger, as its modifier: "an October 29 conversation", "Tuesday's meeting". */
function modifiesNoun(doc: Document, u: Usable, c: EventCandidate): boolean {
  return u.t.end <= c.start && /^(?:['’]s)?\s{1,2}$/.test(doc.text.slice(u.t.end, c.start));
}

/** ", four days before Putin spoke to Trump", ", a day after the negotiators ended talks": a
 *  clause that opens with an amount and "before"/"after" and holds the trigger. */
const RELATION_RE = /^,\s+(?:(?:just|only|some|about)\s+)?$/;
const BEFORE_AFTER_RE = /^\s+(before|after)\s+(?:(?!(?:that|which|who)\b)[\p{L}\d.'’-]+\s+){0,6}$/u;
const UNIT_OF: Record<string, Unit> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/**
 * The date of an event placed by its distance from the sentence's day: "The call took place on
 * October 14, four days before Putin spoke to Trump" → October 18; "…, a day after the
 * negotiators ended talks in Florida" → the day before. The anchor is the last day-precise date
 * before the comma in the same sentence; the amount is a duration timex of whole days, weeks,
 * months or years.
 */
function relativeDate(doc: Document, list: readonly Usable[], durations: readonly Usable[], c: EventCandidate): { value: string; anchor: number } | null {
  const s = doc.layers.sentences[c.sentence];
  if (!s) return null;
  let amount: Usable | undefined;
  for (let i = firstTimexFrom(durations, s.start + 1); i < durations.length && durations[i]!.t.end < c.start; i++) {
    const t = durations[i]!.t;
    if (RELATION_RE.test(doc.text.slice(Math.max(s.start, t.start - 12), t.start).replace(/^.*(?=,)/s, '')) &&
      BEFORE_AFTER_RE.test(doc.text.slice(t.end, c.start))) { amount = durations[i]; break; }
  }
  if (!amount) return null;
  const t = amount.t;
  const m = /^P(\d+)([DWMY])$/.exec(t.value);
  if (!m) return null;
  // The anchor: the last day-precise date of the sentence before the amount.
  let anchor: Usable | undefined;
  for (let i = firstTimexFrom(list, t.start) - 1; i >= 0 && list[i]!.t.start >= s.start; i--) {
    const x = list[i]!;
    if (x.t.end <= t.start && /^\d{4}-\d{2}-\d{2}$/.test(x.t.value)) { anchor = x; break; }
  }
  const p = anchor ? parseValue(anchor.t.value) : null;
  if (!anchor || !p) return null;
  const before = BEFORE_AFTER_RE.exec(doc.text.slice(t.end, c.start))![1] === 'before';
  return { value: format(shift(p, UNIT_OF[m[2]!]!, (before ? 1 : -1) * Number(m[1]))), anchor: anchor.index };
}

export const date: Refiner<EventCandidate> = {
  name: 'events/date',
  refine(doc, cs) {
    const list = usableTimexes(doc);
    if (list.length === 0) return cs;
    // Amounts of time ("four days" before "before"/"after"), sorted like `list`, for relative dates.
    const durations: Usable[] = [];
    doc.layers.timexes.forEach((t, index) => { if (t.type === 'duration') durations.push({ index, t }); });
    durations.sort((a, b) => a.t.start - b.t.start);
    // Candidates are in document order (overlap refiner): a binary search finds triggers in a range.
    const triggerStarts = cs.map((c) => c.start);
    const between = (a: number, b: number, self: EventCandidate): boolean => {
      let lo = 0;
      let hi = triggerStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (triggerStarts[mid]! < a) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < triggerStarts.length && triggerStarts[i]! < b; i++) if (triggerStarts[i] !== self.start) return true;
      return false;
    };

    // Pass 1: direct attachments.
    const direct = new Map<EventCandidate, Usable>();
    /** How each direct attachment was made: the timex after its trigger ("leaked in November") or before it. */
    const how = new Map<EventCandidate, { after: boolean; dist: number }>();
    for (const c of cs) {
      const clause = extendIntoRelative(doc, c, clauseOf(doc, c.sentence, c.start));
      let best: Usable | null = null;
      let bestDist = Infinity;
      let bestAfter = false;
      for (let i = firstTimexFrom(list, clause.start); i < list.length && list[i]!.t.start < clause.end; i++) {
        const u = list[i]!;
        if (u.t.start < clause.start || u.t.end > clause.end) continue;
        if (u.t.start >= c.end) {
          const dist = u.t.start - c.end;
          const gap = doc.text.slice(c.end, u.t.start);
          // "a deal before Orthodox Christmas": a bound, not the event's date; "agreed to raise the
          // money to fund Ukraine in 2026": the date of what was agreed, not of the agreement
          if (dist <= MAX_AFTER && !between(c.end, u.t.start, c) && !COMPLEMENT_RE.test(gap) && !BOUND_BEFORE_RE.test(gap) && !INFINITIVE_RE.test(gap) && dist < bestDist) { best = u; bestDist = dist; bestAfter = true; }
        } else if (u.t.end <= c.start) {
          const gap = doc.text.slice(u.t.end, c.start);
          const dist = c.start - u.t.end;
          if (!/[,()\[\]]/.test(gap) && !COORDINATION_RE.test(gap) && !COMPLEMENT_RE.test(gap) && !between(u.t.end, c.start, c) && dist < bestDist) { best = u; bestDist = dist; bestAfter = false; }
        }
      }
      if (best) { direct.set(c, best); how.set(c, { after: bestAfter, dist: bestDist }); }
    }
    // One timex, one trigger: "The draft that leaked in November called for elections" dates
    // the leak, not the elections. A timex after its trigger (the adjunct's place) wins over one
    // before another trigger; then the nearer.
    const claimant = new Map<number, EventCandidate>();
    for (const [c, u] of direct) {
      const other = claimant.get(u.index);
      if (!other) { claimant.set(u.index, c); continue; }
      const a = how.get(c)!;
      const b = how.get(other)!;
      // A date that modifies the trigger noun itself ("an October 29 conversation", "Tuesday's
      // meeting") is that event's, whatever verb governs the phrase.
      const ta = modifiesNoun(doc, u, c);
      const tb = modifiesNoun(doc, u, other);
      if (ta !== tb ? ta : a.after !== b.after ? a.after : a.dist < b.dist) claimant.set(u.index, c);
    }
    // A purpose shares it: "will travel to Moscow on Tuesday to meet Putin" dates both.
    for (const [c, u] of [...direct]) {
      if (claimant.get(u.index) === c) continue;
      if (!how.get(c)!.after && /^\s+to\s+$/i.test(doc.text.slice(u.t.end, c.start))) continue;
      direct.delete(c);
    }
    const owned = new Set([...direct.values()].map((u) => u.index));

    // Pass 2: the frame, for what is told as having happened.
    return cs.map((c) => {
      let u = direct.get(c) ?? null;
      let by: EventCandidate['dateBy'] = u ? 'direct' : null;
      if (!u) {
        const rel = relativeDate(doc, list, durations, c);
        if (rel) {
          const status = c.status === 'happened' && isAfter(rel.value, doc.meta.published) ? 'planned' : c.status;
          return { ...c, date: rel.value, timex: rel.anchor, dateBy: 'relative' as const, status };
        }
      }
      if (!u && c.status === 'happened' && !RELATIVE_TIME_RE.test(doc.text.slice(Math.max(0, c.start - 30), c.start))) {
        const clause = clauseOf(doc, c.sentence, c.start);
        const s = doc.layers.sentences[c.sentence]!;
        // Not across a complement clause: "said on Tuesday that Yermak resigned" does not date the resignation.
        const before: Usable[] = [];
        for (let i = firstTimexFrom(list, s.start); i < list.length && list[i]!.t.end <= c.start; i++) {
          const x = list[i]!;
          if (!COMPLEMENT_RE.test(doc.text.slice(x.t.end, c.start))) before.push(x);
        }
        const inClause = before.filter((x) => x.t.start >= clause.start && (!owned.has(x.index) || isIntroductory(doc, c.sentence, x.t, c.start)));
        u = inClause.at(-1) ?? before.find((x) => isIntroductory(doc, c.sentence, x.t, c.start)) ?? null;
        if (u) by = 'frame';
      }
      if (!u) return c;
      const value = valueWithRange(doc, list, u);
      const status = c.status === 'happened' && isAfter(value, doc.meta.published) ? 'planned' : c.status;
      return { ...c, date: value, timex: u.index, dateBy: by, status };
    });
  },
};
