/**
 * The knowledge base across reports: actors (resolved from each report's entities) and events
 * (joined across reports), with the timeline and actor-page views derived from them.
 * It is built incrementally, one extraction at a time, in the order reports are added.
 */
import type { KnowledgeReport } from '../model/extraction.js';
import type { DayRange } from '../model/timex-range.js';
import { ActorIndex, type Actor, type Resolution } from './actors.js';
import { EventIndex, viewEvent, type ActorFacts, type EventView } from './events.js';
import { countryNames } from '../nlp/events/demonyms.js';
import { containmentsIn, PlaceIndex } from './places.js';

export interface ReportResolution {
  report: string;
  actors: Resolution[];
  events: { local: string; event: string; created: boolean }[];
}

export interface TimelineQuery {
  from?: string;
  to?: string;
  actor?: string;
  type?: string;
  asOf?: string;
}

export interface ActorPage {
  actor: Actor;
  events: EventView[];
  coParticipants: { actor: string; name: string; count: number }[];
  statements: Statement[];
}

/** A quote or claim an actor is the speaker or the source of. */
export interface Statement {
  report: string;
  kind: 'quote' | 'claim';
  /** The actor said it, is the source it is attributed to, or is named inside it. */
  role: 'speaker' | 'source' | 'about';
  start: number;
  end: number;
  text: string;
  modality: string | null;
}

export class KnowledgeBase {
  readonly actors = new ActorIndex();
  /** Which places lie within which, as reports write them ("Hallandale Beach, Florida"). */
  readonly places = new PlaceIndex((id) => this.actors.get(id)?.id ?? id);
  readonly events = new EventIndex(this.places);
  /** Places, people and merges, as the event views read them. */
  readonly #facts: ActorFacts = {
    compatible: (a, b) => this.places.compatible(a, b),
    within: (a, b) => this.places.within(a, b),
    isPerson: (id) => this.actors.get(id)?.type === 'person',
    canonical: (id) => this.actors.get(id)?.id ?? id,
    name: (id) => this.actors.get(id)?.name ?? id,
  };
  readonly reports = new Map<string, { publisher: string | null; published: string | null; title: string | null }>();
  readonly #statements = new Map<string, Statement[]>();
  /** Recorded decisions that could not be replayed (their actors are gone), with why. */
  readonly skippedDecisions: string[] = [];

  /**
   * `origin`: when the report re-publishes another (a near-duplicate), the report it repeats:
   * its mentions then count as that report's publisher's, not as a second source.
   */
  addReport(x: KnowledgeReport, origin?: string): ReportResolution {
    const originPublisher = origin !== undefined ? (this.reports.get(origin)?.publisher ?? x.publisher) : x.publisher;
    this.reports.set(x.id, { publisher: originPublisher, published: x.published, title: x.title });
    const resolutions = x.entities.map((e) => this.actors.resolve(
      { id: e.id, name: e.name, type: e.type, aliases: e.aliases, roles: e.roles }, x.id, x.published,
    ));
    const actorOf = new Map(resolutions.map((r) => [r.entity, r.actor]));
    for (const [inner, outer] of containmentsIn(x)) {
      const a = actorOf.get(inner);
      const b = actorOf.get(outer);
      if (a !== undefined && b !== undefined) this.places.add(a, b);
    }
    const sentenceOf = (offset: number): string => {
      const s = x.sentences.find(([a, b]) => offset >= a && offset < b);
      return s ? x.text.slice(s[0], s[1]) : '';
    };
    const events = x.events.map((v) => {
      const res = this.events.add({
        report: x.id, publisher: originPublisher, published: x.published, event: v.id, type: v.type, status: v.status === 'planned' || v.status === 'hypothetical' ? v.status : 'happened', date: v.date,
        participants: [...new Set([
          ...v.participants.map((p) => actorOf.get(p)),
          // "the Ukrainian delegation" in a report that never names Ukraine: the country's actor, if known.
          ...(v.parties ?? []).map((p) => this.#countryActor(p.country)),
        ].filter((a): a is string => a !== undefined))],
        location: v.location !== null ? (actorOf.get(v.location) ?? null) : null,
        sentence: sentenceOf(v.trigger.start), trigger: v.trigger, summary: v.summary,
      });
      return { local: v.id, ...res };
    });
    const say = (entity: string | null, st: Omit<Statement, 'report' | 'text'>): void => {
      const actor = entity !== null ? actorOf.get(entity) : undefined;
      if (actor === undefined) return;
      const list = this.#statements.get(actor) ?? [];
      list.push({ report: x.id, text: x.text.slice(st.start, st.end), ...st });
      this.#statements.set(actor, list);
    };
    // Who is named inside each passage: the actors a quote or claim is about.
    const named = (start: number, end: number, skip: readonly (string | null)[]): string[] =>
      x.entities.filter((e) => !skip.includes(e.id) && e.mentions.some((m) => m.start >= start && m.end <= end)).map((e) => e.id);
    for (const q of x.quotes) {
      say(q.speaker, { kind: 'quote', role: 'speaker', start: q.start, end: q.end, modality: null });
      for (const e of named(q.start, q.end, [q.speaker])) say(e, { kind: 'quote', role: 'about', start: q.start, end: q.end, modality: null });
    }
    for (const c of x.claims) {
      say(c.speaker, { kind: 'claim', role: 'speaker', start: c.start, end: c.end, modality: c.modality });
      if (c.source !== c.speaker) say(c.source, { kind: 'claim', role: 'source', start: c.start, end: c.end, modality: c.modality });
      for (const e of named(c.start, c.end, [c.speaker, c.source])) say(e, { kind: 'claim', role: 'about', start: c.start, end: c.end, modality: c.modality });
    }
    return { report: x.id, actors: resolutions, events };
  }

  /** The actor of a country named by any of its names, if some report named it. */
  #countryActor(country: string): string | undefined {
    for (const name of countryNames(country)) {
      const id = this.actors.findByName(name, ['place', 'organization']);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  /** Quotes and claims an actor (or an actor merged into it) said, is the source of, or is named in, in report order. */
  statementsOf(actor: string): Statement[] {
    const ids = [actor, ...this.actors.absorbedInto(actor)];
    return ids.flatMap((id) => this.#statements.get(id) ?? []);
  }

  /** The event an id returned by `addReport` now stands for (events can be joined later). */
  eventId(id: string): string {
    return this.events.canonical(id);
  }

  /** Events in date order (precision-aware: a span sorts by its middle), filtered. Undated events are left out. */
  timeline(q: TimelineQuery = {}): EventView[] {
    const actor = q.actor ? this.actors.get(q.actor)?.id : undefined;
    if (q.actor && !actor) return [];
    const ids: Iterable<string> = actor ? this.#eventsOfActor(actor) : this.events.events.keys();
    const out: EventView[] = [];
    for (const id of ids) {
      const ev = this.events.events.get(id);
      if (!ev) continue;
      if (q.type && ev.type !== q.type) continue;
      // Cheap filters on the union of the mentions' days first; the view decides exactly.
      if (!ev.range || (q.from && ev.range.end < q.from) || (q.to && ev.range.start > q.to)) continue;
      const view = viewEvent(ev, q.asOf, this.#facts);
      if (!view || !view.range) continue;
      if (q.from && view.range.end < q.from) continue;
      if (q.to && view.range.start > q.to) continue;
      out.push(view);
    }
    return out.sort(byMiddle);
  }

  /** Events of an actor, including those recorded under ids it absorbed in a merge. */
  #eventsOfActor(actor: string): Set<string> {
    const out = new Set(this.events.eventsOf(actor));
    for (const a of this.actors.absorbedInto(actor)) for (const id of this.events.eventsOf(a)) out.add(id);
    return out;
  }

  actorPage(id: string, asOf?: string): ActorPage | null {
    const actor = this.actors.get(id);
    if (!actor) return null;
    const events = this.timeline({ actor: actor.id, ...(asOf ? { asOf } : {}) });
    const counts = new Map<string, number>();
    for (const ev of events) {
      for (const p of new Set(ev.participants.map((x) => this.actors.get(x)?.id ?? x))) {
        if (p !== actor.id) counts.set(p, (counts.get(p) ?? 0) + 1);
      }
    }
    const coParticipants = [...counts].map(([a, count]) => ({ actor: a, name: this.actors.get(a)?.name ?? a, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    return { actor, events, coParticipants, statements: this.statementsOf(actor.id) };
  }
}

function middle(r: DayRange): number {
  return (Date.parse(r.start) + Date.parse(r.end)) / 2;
}

function byMiddle(a: EventView, b: EventView): number {
  const d = middle(a.range!) - middle(b.range!);
  if (d !== 0) return d;
  const la = Date.parse(a.range!.end) - Date.parse(a.range!.start);
  const lb = Date.parse(b.range!.end) - Date.parse(b.range!.start);
  return la - lb || a.id.localeCompare(b.id);
}
