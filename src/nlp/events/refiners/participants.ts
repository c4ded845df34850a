/**
 * Participants: the actors named in the trigger's clause — people, organisations, and countries
 * acting as such — in order of appearance, once each.
 *
 * Not participants: a possessor ("Trump's envoy" names the envoy, not Trump), the event's
 * location, a place introduced by "in"/"at" or a motion ("travel to Moscow"), or right after one
 * ("in Hallandale Beach, Florida"), a name inside an inline bracketed reference, the source of a
 * reporting clause (", the White House said", ", regional governor Oleh Kiper said", "according
 * to Kyiv officials"), and a town in a visit or an attack (a city neither visits nor attacks).
 *
 * The window: the clause, narrowed so that it holds this event's words only —
 *   - a clause coordinated after a comma with a subject and a trigger of its own (", and Umarov …
 *     took his place") or opened by "before"/"after"/"when"… with a named subject ("… before
 *     Witkoff travels") tells another event;
 *   - the first of two coordinated verbs keeps its object ("met Rubio … and told journalists");
 *   - an event in someone else's quotation takes no one from outside it (a first-person speaker
 *     still takes part); who says that someone else acts is no party ("Trump told an interviewer
 *     that Ukraine …");
 *   - a statement's window stops at "that" (its content names what is said, not who says it);
 *     "X said in a statement" makes the statement X's;
 *   - when the clause ends with a colon after a list word ("held with the participation of:"),
 *     the list that follows, to the end of the paragraph or of the next one, belongs to the
 *     event; a clause opened by "who"/"which" includes the name it is about;
 *   - when "between" follows the trigger with no other trigger in between ("a call, recorded on
 *     October 14, between Witkoff and Ushakov"), the participants are the ones it names; the
 *     names before "the transcript of" a call are not the call's, and those after "in which" are.
 *
 * A group named by nationality ("the Ukrainian delegation", "American and Ukrainian
 * negotiators", "the Ukrainians", "Kyiv's team", "Russian forces", "a Russian drone attack")
 * stands for its country's entity when the report has one, else for a party named by the
 * country; these come first. A publication's participants are who published it ("published by
 * Bloomberg", "Bloomberg released …"), not the people the text is about.
 */
import type { Mention, Party, Span } from '../../../model/annotations.js';
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { EventCandidate } from '../candidate.js';
import { clauseOf, quotationAround, TIME_SUBORDINATORS } from '../clause.js';
import { ATTACKER_BEFORE_RE, DEMONYMS, GROUP_RE, NAME_TO_ADJ, PEOPLE_RE, PEOPLES, POSSESSIVE_GROUP_RE } from '../demonyms.js';
import { entityById, mentionsIn } from '../trigger.js';
import { COUNTRIES } from '../../lexicon/places.js';
import { cueClass } from '../../lexicon/reporting-verbs.js';
import { narrowestCover } from '../../text/cover.js';
import { NOUN_AFTER_RE } from './location.js';

const POSSESSIVE_RE = /^['’]s?\b/;
/** A record of the event ("the transcript of an October 29 conversation", "a recording of their call"). */
const RECORD_OF_RE = /\b(?:transcripts?|recordings?|records?|tapes?|audio|video|footage|minutes|readouts?|notes|summary|summaries|leaks?)\s+of\s+(?:(?:a|an|the|their|his|her|its|this|that)\s+)?(?:[\p{L}\d’'-]+\s+){0,3}$/iu;
const BETWEEN_RE = /\bbetween\b/i;
const QUOTE_IN_CLAIM = 'attribution/quote-in-claim';
/** A verb of saying or thinking and the "that" opening what is said. */
const SAID_THAT_RE = /\b(?:said|says|say|told|tells|tell|added|announced|claimed|argued|warned|insisted|stated|wrote|reported|believes?|believed|thinks?|thought)\b[^.;:]{0,60}?\bthat\s/g;
/** "Kiper said in a statement on Telegram": the name right before the verb of saying that
 *  introduces the statement noun. */
const SAID_IN_RE = /\s+(?:said|says|wrote|writes|announced|added|declared)\s+in\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?$/u;
function statementMaker(doc: Document, c: EventCandidate, from: number): string | undefined {
  const m = SAID_IN_RE.exec(doc.text.slice(Math.max(from, c.start - 60), c.start));
  if (!m) return undefined;
  const verbAt = c.start - m[0].length;
  const who = mentionsIn(doc, Math.max(from, verbAt - 80), verbAt).at(-1);
  return who && who.end === verbAt && (who.type === 'person' || who.type === 'organization') ? who.entity : undefined;
}

/** Types whose parties are never towns or regions: a city neither visits nor attacks (a state can). */
const NO_TOWN_TYPES: ReadonlySet<string> = new Set(['visit', 'attack']);

/** The participants without the places that are not states: always, or, given an event type, for
 *  the types whose parties never are. */
export function withoutTowns(doc: Document, ids: readonly string[], type?: string): string[] {
  if (type !== undefined && !NO_TOWN_TYPES.has(type)) return [...ids];
  return ids.filter((id) => {
    const e = entityById(doc, id);
    return !e || e.type !== 'place' || [e.name, ...e.aliases].some((n) => COUNTRY_NAMES.has(n.toLowerCase().replace(/^the\s+/, '')));
  });
}

/** Before a post or the person replaced: "head of the …", "as …", "replacing …". */
const POST_OR_PREDECESSOR_RE = /\b(?:replacing|succeeding|in\s+place\s+of|to\s+replace|to\s+succeed|(?:head|chief|director|chair|chairman|secretary|minister)\s+of(?:\s+the)?|as(?:\s+the)?)\s+$/i;
function withoutPostAndPredecessor(doc: Document, ids: readonly string[], start: number, end: number): string[] {
  const out = new Set(ids);
  for (const m of mentionsIn(doc, start, end)) {
    if (POST_OR_PREDECESSOR_RE.test(doc.text.slice(Math.max(start, m.start - 30), m.start))) out.delete(m.entity);
  }
  return ids.filter((id) => out.has(id));
}

/** What lies between two coordinated verbs of one subject: the first one's object and adjuncts, then "and". */
const COORDINATED_GAP_RE = /^[^.;:,]*\sand\s+(?:then\s+|later\s+|also\s+)?$/;
/** A quotation in the first person: its speaker is one of its actors. */
const FIRST_PERSON_RE = /\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me)\b/;
const SETTING_RE = /(?:\b(?:in|at|from|near|outside)|\b(?:travel\p{L}*|fl[eyi]\p{L}*|went|go(?:es|ing)?|came|com(?:e|es|ing)|trips?|visits?|journey|return\p{L}*|head\p{L}*|move[sd]?)\s+(?:back\s+)?(?:to|into))\s+(?:the\s+)?$/iu;
/** ", the White House said", ", regional governor Oleh Kiper said", "according to Kyiv officials": who
 *  reports the event, not who takes part. */
const SOURCE_BEFORE_RE = /(?:,\s*(?:[Tt]he\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}|\b[Aa]ccording to\s+(?:the\s+)?)$/u;
const ACCORDING_TO_RE = /\baccording to\s+(?:the\s+|some\s+|several\s+|two\s+|three\s+)?$/i;
const SOURCE_AFTER_RE = /^\s+(?:said|says|told|added|announced|reported|confirmed|stated)\b/i;

/** Whether the words at [start, end) report the event rather than take part: after "according to"
 *  ("according to two American officials"), or between a comma and a reporting verb. */
function reportsAt(doc: Document, start: number, end: number): boolean {
  if (ACCORDING_TO_RE.test(doc.text.slice(Math.max(0, start - 30), start))) return true;
  return SOURCE_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 48), start)) && SOURCE_AFTER_RE.test(doc.text.slice(end, end + 14));
}

/** "in Hallandale Beach, Florida", "in Kyiv or Moscow": a place right after a setting place is a setting too. */
const CHAINED_RE = /^(?:,\s*|\s+(?:and|or)\s+)$/;
/** "carried the draft to Kyiv": a city after "to" is where someone goes or sends something. */
const DESTINATION_RE = /(?<!\b(?:according|next|close|closer|due|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|said|say|told|tell|answer(?:s|ed)?|reply|replied|repl(?:ies|ying)|turn(?:s|ed)?|sides?|up|prior|thanks|similar|opposed|relative)\s+)\bto\s+$/i;
const COUNTRY_NAMES: ReadonlySet<string> = new Set(COUNTRIES);

/** The roles the report gives people ("US Army Secretary", "head of the Office of the President"), as a cover lookup, per document. */
const roleCover = new WeakMap<Document, (start: number, end: number) => unknown>();
function inRole(doc: Document, m: Mention): boolean {
  let cover = roleCover.get(doc);
  if (!cover) {
    cover = narrowestCover(doc.layers.entities.filter((e) => e.type === 'person').flatMap((e) => e.roles.map((r) => r.span)));
    roleCover.set(doc, cover);
  }
  return cover(m.start, m.end) !== undefined;
}

/** Inside ", the/a …" right after a person's name, before the apposition's closing comma. */
function inApposition(doc: Document, m: Mention): boolean {
  const person = mentionsIn(doc, Math.max(0, m.start - 120), m.start).filter((p) => p.type === 'person').at(-1);
  return person !== undefined && /^,\s+(?:the|a|an)\s+\p{Ll}[^,;.()\[\]]*$/u.test(doc.text.slice(person.end, m.start));
}

export function isActor(doc: Document, m: Mention): boolean {
  if (m.type === 'work' || m.type === 'other') return false;
  // "US Army Secretary Dan Driscoll", "an analyst at the Dnipro Policy Forum": the body in a
  // person's role is whom they serve, not a party to the event.
  if (m.type !== 'person' && inRole(doc, m)) return false;
  // "Yermak, the head of the Office of the President of Ukraine, resigned": an apposition
  // describing a person names whom they serve, not who takes part
  if (m.type !== 'person' && inApposition(doc, m)) return false;
  if (reportsAt(doc, m.start, m.end)) return false;
  // A name inside an inline bracketed reference belongs to the reference, not the story.
  if (doc.layers.citations.some((c) => c.inline && c.start <= m.start && m.end <= c.end)) return false;
  if (POSSESSIVE_RE.test(doc.text.slice(m.end, m.end + 2))) return false;
  if (m.type === 'place' && (isSetting(doc, m) || isModifierOrDestination(doc, m))) return false;
  // "the Trump administration's proposal", "the Putin regime": a person's name as a modifier.
  if (m.type === 'person' && isModifier(doc, m)) return false;
  // "since the Energoatom scandal": an organisation that names a topic ("the NABU investigators" keep theirs).
  if (m.type === 'organization' && isModifier(doc, m) && TOPIC_NOUN_RE.test(doc.text.slice(m.end, m.end + 16))) return false;
  // An organisation standing for its seat: "at the Kremlin".
  if (m.type === 'organization' && /\bat\s+the\s+$/i.test(doc.text.slice(Math.max(0, m.start - 10), m.start)) && !NOUN_AFTER_RE.test(doc.text.slice(m.end, m.end + 16))) return false;
  return true;
}

/**
 * A city or region (not a state, which acts) used as a noun's modifier — "which of the Geneva
 * amendments", "since the Geneva round", "midnight Moscow time" — as a destination — "carried
 * the draft to Kyiv" — or as a landmark — "north of Miami" — names where, not who. "Moscow said", "talks between Washington and Moscow" keep their actors.
 */
function isModifierOrDestination(doc: Document, m: Mention): boolean {
  if (COUNTRY_NAMES.has(doc.text.slice(m.start, m.end).toLowerCase().replace(/^the\s+/, ''))) return false;
  if (/^\s+time\b/.test(doc.text.slice(m.end, m.end + 6))) return true; // "after midnight Moscow time"
  const before = doc.text.slice(Math.max(0, m.start - 24), m.start);
  if (/\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/i.test(before)) return true; // "north of Miami"
  return isModifier(doc, m) || DESTINATION_RE.test(before);
}

/** Nouns after which a name is the topic, not an actor. */
const TOPIC_NOUN_RE = /^\s+(?:scandal|case|affair|plan|draft|proposal|deal|leak|story|crisis|controversy|file|saga|dossier)s?\b/;

/** "the Geneva round", "the Trump administration", "the Geneva and Florida rounds": a name between "the" and a common noun. */
function isModifier(doc: Document, m: Mention): boolean {
  if (/\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 6), m.start)) && NOUN_AFTER_RE.test(doc.text.slice(m.end, m.end + 16)) && !verbAfter(doc, m.end)) return true;
  // Coordinated modifiers: "the Geneva and Florida rounds" (both names modify "rounds").
  const first = /^\s+(?:and|or)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?/u.exec(doc.text.slice(m.end, m.end + 40));
  if (first && /\bthe\s+$/i.test(doc.text.slice(Math.max(0, m.start - 6), m.start))) {
    const after = m.end + first[0].length;
    return NOUN_AFTER_RE.test(doc.text.slice(after, after + 16)) && !verbAfter(doc, after);
  }
  return COORDINATED_BEFORE_RE.test(doc.text.slice(Math.max(0, m.start - 40), m.start)) && NOUN_AFTER_RE.test(doc.text.slice(m.end, m.end + 16)) && !verbAfter(doc, m.end);
}
/** "the Geneva and " before the second of two coordinated modifiers. */
const COORDINATED_BEFORE_RE = /\bthe\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+(?:and|or)\s+$/u;

/** Not a noun after the name: "the Kremlin said", "the Kremlin has", "the Kremlin quickly denied". */
const VERBISH_RE = /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|shall|should|does|did|do|remains?|seems?|gets?|got|keeps?|kept|also|still|then|now|never|not)$|ed$|ly$/;
function verbAfter(doc: Document, end: number): boolean {
  const w = /^\s+(\p{Ll}+)/u.exec(doc.text.slice(end, end + 24))?.[1];
  return w !== undefined && (VERBISH_RE.test(w) || cueClass(w) !== undefined);
}

function isSetting(doc: Document, m: Mention): boolean {
  if (SETTING_RE.test(doc.text.slice(Math.max(0, m.start - 24), m.start))) return true;
  const prev = mentionsIn(doc, Math.max(0, m.start - 60), m.start).at(-1);
  return prev !== undefined && CHAINED_RE.test(doc.text.slice(prev.end, m.start)) && SETTING_RE.test(doc.text.slice(Math.max(0, prev.start - 24), prev.start));
}

/** "Yermak, who led the team in Geneva, resigned": a clause opened by "who"/"which" is about the
 *  name right before it, which takes part in its events. */
function relativeAntecedent(doc: Document, clauseStart: number): Mention | undefined {
  if (!/^(?:who|whose|which)\b/i.test(doc.text.slice(clauseStart, clauseStart + 6))) return undefined;
  const m = mentionsIn(doc, Math.max(0, clauseStart - 80), clauseStart).at(-1);
  return m && /^\s*,\s*$/.test(doc.text.slice(m.end, clauseStart)) ? m : undefined;
}

/** The actors named in [start, end), once each, in order; not `exclude` (the location), and not a
 *  place that modifies a trigger ("The Moscow visit followed …": Moscow is that visit's setting). */
export function actorsIn(doc: Document, start: number, end: number, exclude: string | null, triggerStarts: ReadonlySet<number>): string[] {
  const ids: string[] = [];
  for (const m of mentionsIn(doc, start, end)) {
    if (m.entity === exclude || !isActor(doc, m)) continue;
    if (m.type === 'place' && doc.text[m.end] === ' ' && triggerStarts.has(m.end + 1)) continue;
    if (!ids.includes(m.entity)) ids.push(m.entity);
  }
  return ids;
}

/** The report's entities by every lower-cased name and alias (for nationality groups). */
function countries(doc: Document): Map<string, string> {
  const byName = new Map<string, string>();
  for (const e of doc.layers.entities) {
    if (e.type !== 'place' && e.type !== 'organization') continue;
    for (const n of [e.name, ...e.aliases]) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), e.id);
  }
  return byName;
}

/**
 * Countries that take part as groups: "the Ukrainian delegation", "American and Ukrainian
 * negotiators", "the Ukrainians" (as subject or companion: "a round with the Ukrainians"),
 * "Ukraine's delegation", "Kyiv's team". Each is the country's
 * entity when the report has one, else a party (the country by name, resolved across reports).
 */
/** A people ("the Americans") takes part as the subject (opening the clause, or right before the trigger) or as the trigger's companion. */
const COMPANION_BEFORE_RE = /\b(?:with|between|and|by|met|meet|meets|meeting)\s+$/i;

function groupActors(doc: Document, start: number, end: number, byName: Map<string, string>, trigger: number, attack = false): { ids: string[]; parties: Party[] } {
  const ids: string[] = [];
  const parties: Party[] = [];
  const text = doc.text.slice(start, end);
  const add = (adj: string, at: number, to: number): void => {
    const names = DEMONYMS[adj.toLowerCase()] ?? [];
    const id = names.map((n) => byName.get(n.toLowerCase())).find((x) => x !== undefined);
    if (id !== undefined) {
      if (!ids.includes(id)) ids.push(id);
    } else if (names[0] !== undefined && !parties.some((p) => p.country === names[0])) {
      parties.push({ country: names[0], start: start + at, end: start + to });
    }
  };
  // "A Russian drone attack": the attacker's nationality before the noun.
  if (attack && trigger > start) {
    const before = ATTACKER_BEFORE_RE.exec(doc.text.slice(Math.max(start, trigger - 40), trigger));
    if (before) add(before[1]!, trigger - start - before[0].length, trigger - start);
  }
  for (const re of [GROUP_RE, PEOPLE_RE, POSSESSIVE_GROUP_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const to = m.index + m[0].length;
      // "according to American officials", ", Russian officials said": who reports, not who takes part
      if (reportsAt(doc, start + m.index, start + to)) continue;
      if (re === GROUP_RE) for (const adj of [m[1], m[2]]) { if (adj) add(adj, m.index, to); }
      else if (re === PEOPLE_RE) {
        // "discuss sending the Americans a paper": a recipient, not a side.
        const subject = text.slice(0, m.index).trim() === '' || start + m.index < trigger && /^\s*$/.test(doc.text.slice(start + m.index + m[0].length, trigger));
        if (!subject && !COMPANION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
        add(PEOPLES[m[1]!.toLowerCase()]!, m.index, to);
      }
      else add(NAME_TO_ADJ.get(m[1]!.toLowerCase())!, m.index, to);
    }
  }
  return { ids, parties };
}

/** The quotation around a trigger when it is a whole utterance (not a phrase quoted inside the
 *  author's own sentence: 'Ukraine was "using the war not to hold an election"' keeps Ukraine)
 *  and its speaker does not speak in it in the first person. */
export function thirdPersonQuotation(doc: Document, c: EventCandidate): Span | undefined {
  const q = quotationAround(doc, c.start, c.end, QUOTE_IN_CLAIM);
  return q && !FIRST_PERSON_RE.test(doc.text.slice(q.start, q.end)) ? q : undefined;
}

const COORDINATE_RE = /,\s+(?:and|but)\s+(?=\p{Lu})/gu;
const SUBORDINATE_RE = new RegExp(String.raw`\b(?:${TIME_SUBORDINATORS.join('|')})\s+(?=\p{Lu})`, 'gu');
/** ", and Umarov, the council's secretary, took …": the last comma + "and"/"but" in [from, to)
 *  followed by a capitalised actor before `to` — where a coordinated clause with its own subject
 *  starts (`at`: the comma, `after`: past the conjunction). A list ("met Rubio, Witkoff, and
 *  Kushner") has no trigger after it, so it is never asked. */
function ownSubjectClause(doc: Document, from: number, to: number, triggerStarts: ReadonlySet<number>, opener = COORDINATE_RE): { at: number; after: number } | null {
  const text = doc.text.slice(from, to);
  let found: { at: number; after: number } | null = null;
  for (const m of text.matchAll(opener)) found = { at: from + m.index, after: from + m.index + m[0].length };
  if (found === null) return null;
  const subject = mentionsIn(doc, found.after, to)[0];
  return subject && subject.start === found.after && actorsIn(doc, subject.start, subject.end, null, triggerStarts).length > 0 ? found : null;
}

/** Words that open a list after a colon ("the participation of:", "the following:", "included:"). */
const LIST_INTRO_RE = /\b(?:of|following|including|includes?|included|namely|participants|members|by|with|between|comprises?|comprised|are|were)\s*$/i;

/** Where the participant window ends: the clause end, or the end of a colon-introduced list. */
function windowEnd(doc: Document, c: EventCandidate, clauseEnd: number): number {
  const rest = doc.text.slice(clauseEnd, clauseEnd + 1);
  const sentence = doc.layers.sentences[c.sentence]!;
  // (a list, not an explanation: "with the participation of:", not "the effect seems clear:")
  const colon = (rest === ':' && LIST_INTRO_RE.test(doc.text.slice(Math.max(sentence.start, clauseEnd - 40), clauseEnd))) ||
    (clauseEnd >= sentence.end && /:\s*$/.test(doc.text.slice(sentence.start, sentence.end)) && LIST_INTRO_RE.test(doc.text.slice(sentence.start, sentence.end).replace(/:\s*$/, '')));
  if (!colon) return clauseEnd;
  const paragraphs = doc.layers.paragraphs;
  const pi = sentence.paragraph;
  const p = paragraphs[pi];
  if (!p) return clauseEnd;
  // The list is the rest of this paragraph, or the next paragraph when the colon ends this one.
  const tail = doc.text.slice(clauseEnd + 1, p.end).trim();
  if (tail.length > 0) return p.end;
  const next = paragraphs[pi + 1];
  return next && !next.heading ? Math.min(next.end, doc.bodyEnd) : clauseEnd;
}

/**
 * Who published: the agent after "published by", else the actors before the trigger in its
 * clause ("Bloomberg released a transcript of a call between A and B"). The people the
 * published text is about are not the publication's. Null when neither names anyone.
 */
function publisherOf(doc: Document, c: EventCandidate, clauseStart: number, triggerStarts: ReadonlySet<number>): string[] | null {
  const by = /^\s+by\s+(?:the\s+)?/i.exec(doc.text.slice(c.end, c.end + 12));
  if (by) {
    const agent = mentionsIn(doc, c.end + by[0].length, c.end + by[0].length + 80)[0];
    if (agent && agent.start === c.end + by[0].length && agent.type !== 'place') return [agent.entity];
  }
  const before = actorsIn(doc, clauseStart, c.start, c.location, triggerStarts);
  return before.length > 0 ? before : null;
}

/**
 * Who resigns or is dismissed. The noun ("the resignation of his chief of staff, Andriy Yermak",
 * "Yermak's resignation") names them after "of" or as its possessor, else nobody: "Zelensky
 * announced the resignation" is not Zelensky's. The verb's subject otherwise, read after a
 * complement "that" ("Bacon wrote that Witkoff should be dismissed" is Witkoff's); null when no
 * name comes before the verb, so the clause's names stand.
 */
function resignerOf(doc: Document, c: EventCandidate, clauseStart: number, antecedent: Mention | undefined, triggerStarts: ReadonlySet<number>): string[] | null {
  const word = doc.text.slice(c.start, c.end).toLowerCase();
  if (word === 'resignation' || word === 'dismissal') {
    const owner = mentionsIn(doc, Math.max(0, c.start - 60), c.start).at(-1);
    if (owner && /^['’]s?\s+$/.test(doc.text.slice(owner.end, c.start)) && owner.type !== 'place') return [owner.entity];
    for (const m of mentionsIn(doc, c.end, c.end + 70)) {
      if (!/^\s+of\b[^.;:()]*$/.test(doc.text.slice(c.end, m.start))) break;
      if (m.type === 'person' || m.type === 'organization') return [m.entity];
    }
    return [];
  }
  const upTo = doc.text.slice(clauseStart, c.start);
  const that = /^.*\bthat\s/is.exec(upTo);
  const from = that ? clauseStart + that[0].length : clauseStart;
  const before = [...(!that && antecedent && isActor(doc, antecedent) ? [antecedent.entity] : []), ...actorsIn(doc, from, c.start, c.location, triggerStarts)];
  return before.length > 0 ? [...new Set(before)] : null;
}

export const participants: Refiner<EventCandidate> = {
  name: 'events/participants',
  refine(doc, cs) {
    const triggerStarts = new Set(cs.map((o) => o.start));
    const countryIndex = countries(doc);
    return cs.map((c, idx) => {
      const clause = clauseOf(doc, c.sentence, c.start);
      let end = windowEnd(doc, c, clause.end);
      // What a statement says is not who takes part in it: "Umarov told reporters that Ukraine …";
      // nor does a relative clause after the trigger name its parties: "going through the draft
      // that Washington had handed to Kyiv" (one that says who a side included does: "a
      // delegation that included Umerov"; nor one "in which" the parties act: "a conversation in
      // which Ushakov and Dmitriev discuss the paper").
      {
        const that = (c.type === 'statement' ? /\bthat\b/i : /(?<!\b(?:in|during)\s+)\b(?:that|which)\s+(?!(?:of|took place|was held|were held|happened|lasted|ended|began|started|included|includes|include|comprised|consisted)\b)/i).exec(doc.text.slice(c.end, end));
        if (that) end = c.end + that.index;
      }
      // "told reporters after his meeting with Witkoff that …": a statement's window stops at the
      // next trigger (its names are that event's)
      if (c.type === 'statement') {
        const after = cs[idx + 1];
        if (after && after.start > c.end && after.start < end) end = after.start;
      }
      // "flew to Abu Dhabi and met a Russian delegation": what follows a coordinated second
      // trigger is that event's, not this one's (the subject before both is shared)
      const next = cs[idx + 1];
      if (next && next.start > c.end && next.start < end && /[\s,]and\s+(?:then\s+|later\s+)?$/i.test(doc.text.slice(c.end, next.start)) &&
        !/[.;:]/.test(doc.text.slice(c.end, next.start))) end = Math.min(end, next.start);
      let start = clause.start;
      // "Yermak resigned after a search of his home, and Umarov … took his place": a clause
      // coordinated after a comma with a subject and a trigger of its own tells another event.
      // "… Russia could live with before Witkoff travels to Moscow": so does a clause of time
      // opened by "before"/"after"/"until"/"once"/"when"/"while" with a named subject.
      {
        const sub = ownSubjectClause(doc, clause.start, c.start, triggerStarts, SUBORDINATE_RE);
        if (sub !== null) start = Math.max(start, sub.after);
      }
      for (const other of cs) {
        if (other === c || other.start < clause.start || other.start >= clause.end) continue;
        if (other.start >= c.end) {
          const cut = ownSubjectClause(doc, c.end, other.start, triggerStarts);
          if (cut !== null) end = Math.min(end, cut.at);
        } else if (other.end <= c.start) {
          const cut = ownSubjectClause(doc, other.end, c.start, triggerStarts);
          if (cut !== null) start = Math.max(start, cut.after);
        }
      }
      const between = BETWEEN_RE.exec(doc.text.slice(c.end, clause.end));
      if (between) {
        const at = c.end + between.index;
        const next = cs[idx + 1];
        if (!next || next.start >= at || next.start < c.end) {
          start = at;
          // "a call between Witkoff and Ushakov, published by Bloomberg": the list ends at a comma
          // that goes on in lower case ("between Witkoff, Kushner and Umerov" goes on).
          const stop = /;|,\s+(?=\p{Ll})/u.exec(doc.text.slice(at, end));
          if (stop) end = at + stop.index;
        }
      }
      // "Bloomberg released the transcript of an October 29 conversation": whoever holds the
      // record is not a party to what it records.
      if (RECORD_OF_RE.test(doc.text.slice(Math.max(start, c.start - 80), c.start))) start = c.start;
      // '"You cannot organise a fair election in a few weeks," said an observer': an event told
      // inside a quotation takes its parties from the quotation, not from whoever is quoted —
      // unless the speaker speaks for themselves ('"We will meet them on Friday," Umerov said').
      const quote = thirdPersonQuotation(doc, c);
      if (quote) {
        start = Math.max(start, quote.start);
        end = Math.min(end, quote.end);
      }
      // "Trump told an interviewer that Ukraine was avoiding an election": when what is said names
      // its own actor before the trigger, whoever says it is no party ("Zelensky said that he
      // met Putin" keeps Zelensky: the complement names nobody).
      {
        let said = -1;
        SAID_THAT_RE.lastIndex = 0;
        const text = doc.text.slice(start, c.start);
        for (let m = SAID_THAT_RE.exec(text); m !== null; m = SAID_THAT_RE.exec(text)) said = m.index + m[0].length;
        if (said >= 0 && actorsIn(doc, start + said, c.start, c.location, triggerStarts).length > 0) start += said;
      }
      const antecedent = relativeAntecedent(doc, start);
      // A publication is its publisher's; a resignation its subject's ("Yermak resigned …, and
      // Umarov took his place"; the names after "the resignation of"): the clause's other names
      // are not theirs. Null: the general reading below.
      const own = c.type === 'publication' ? publisherOf(doc, c, start, triggerStarts)
        : c.type === 'resignation' ? resignerOf(doc, c, start, antecedent, triggerStarts) : null;
      if (own) return { ...c, participants: own, parties: [] };
      const ids: string[] = [];
      if (antecedent && isActor(doc, antecedent)) ids.push(antecedent.entity);
      const groups = groupActors(doc, start, end, countryIndex, c.start, c.type === 'attack');
      for (const id of groups.ids) if (!ids.includes(id)) ids.push(id);
      // "Umarov met Rubio the following day and told journalists …": the subject is shared, the
      // first verb's object is not the second's.
      const prev = cs[idx - 1];
      const skip = prev && prev.start >= start && prev.end <= c.start && COORDINATED_GAP_RE.test(doc.text.slice(prev.end, c.start)) ? prev : null;
      const window = skip
        ? [...actorsIn(doc, start, skip.start, c.location, triggerStarts), ...actorsIn(doc, c.start, end, c.location, triggerStarts)]
        : actorsIn(doc, start, end, c.location, triggerStarts);
      for (const id of window) if (!ids.includes(id)) ids.push(id);
      // "Kiper said in a statement on Telegram": the one who made it, first; no place takes part.
      const maker = c.type === 'statement' ? statementMaker(doc, c, start) : undefined;
      if (maker) {
        const others = ids.filter((id) => id !== maker && entityById(doc, id)?.type !== 'place');
        return { ...c, participants: [maker, ...others], parties: groups.parties };
      }
      // "Budanov was appointed head of the Presidential Office, replacing Andriy Yermak": the post and
      // the one replaced are not appointed.
      const kept = c.type === 'appointment' ? withoutPostAndPredecessor(doc, ids, start, end) : ids;
      return { ...c, participants: withoutTowns(doc, kept, c.type), parties: groups.parties };
    });
  },
};
