/**
 * Links speaker and source phrases to entities (the attribution stage's own small mention
 * helper, so it works before and after the entities stage):
 *
 * - a phrase overlapping a mention of a person or organisation found by the entities stage
 *   takes that entity ("investigators from NABU" → NABU);
 * - a phrase with a name the entities stage did not find gets an entity of type `other`
 *   named after it (unscored by the NER metrics, so they stay clean);
 * - a phrase that names nobody ("officials", "almost all experts") gets an `other` entity on
 *   the phrase itself and no source: the claim's source stays null, its speaker says who;
 * - a pronoun gets an `other` entity on the pronoun, linked by merge evidence to the person
 *   it refers to (the last compatible person mention); "It reads:" after "X issued a
 *   statement" refers to X.
 *
 * Pronouns and descriptions are never added to person/organisation/place entities.
 */
import type { Entity, Mention, Span } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import { pronounKind } from '../lexicon/pronouns.js';
import { subjectBefore } from './phrase.js';
import { pieceAt, quotePieces } from './quote-marks.js';

export interface Resolved {
  /** The entity of the phrase as written (a named entity, or an `other` entity on the phrase). */
  readonly written: string;
  /** The actor the phrase names or refers to, or null when it names nobody. */
  readonly referent: string | null;
  /** A document the source rests on ("a study by RAND", "a transcript"), if the phrase names one. */
  readonly document: Span | null;
}

/** After a person's name: "'s spokesman", "'s office", "'s chief of staff" — someone else speaks. */
const POSSESSED_ROLE_RE = /^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:spokesman|spokeswoman|spokesperson|spokespeople|adviser|advisers|advisor|aide|aides|office|lawyer|lawyers|deputy|envoy|press secretary|chief of staff|wife|husband|son|daughter|team|government|ministry|campaign|representative)\b/u;

const RULE = 'attribution/source-phrase';
const DOCUMENT_RE = /\b(?:study|report|poll|survey|analysis|transcript|statement|letter|memo|memorandum|documents?|investigation|audit|data|figures|research|paper|article|editorial|ad|advertisement|book|recording|tape|wiretaps?|leak|cable|filing|complaint|indictment|ruling|decision|review|assessment|estimates?|projections?)\b/iu;
const NAME_RUN_RE = /(?:\p{Lu}[\p{L}\p{M}'’.\-&]*|\p{N}+)(?:\s+(?:(?:of|the|for|and|de|du|von|van|der|al|on)\s+)*(?:\p{Lu}[\p{L}\p{M}'’.\-&]*|\p{N}+))*(?:\s*\((?:\p{Lu}[\p{L}\-]*)\))?/gu;
const TIME_NAME_RE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;
const ADJECTIVAL_RE = /^(?:\p{Lu}\p{Ll}+(?:an|ish|ese|ic|ch|i))$/u;
const ORG_WORD_RE = /\b(?:Journal|Institute|Bureau|Ministry|Committee|Council|Agency|Post|Times|News|Party|Union|University|Center|Centre|Foundation|Department|Office|Court|House|Commission|Bank|Fund|Network|Association|Organization|Organisation|Group|Campaign|Administration|Service|Press|Reuters|Bloomberg|Kremlin|Pentagon|Parliament|Congress|Senate|Government|Company|Corporation|Inc|Ltd|Board|Authority|Forces|Army|Police|Tribune|Herald|Guardian|Monde|Spiegel|Telegraph|Gazette|Review|Magazine|Institution|Commerce|Chamber|Society|League|Alliance|Coalition|Movement|Front|Council)\b/u;
const TITLE_RE = /^(?:Mr|Mrs|Ms|Dr|President|Senator|Sen|Rep|Gov|Governor|Minister|Prime\s+Minister|Secretary|Chancellor|General|Gen|Judge|Mayor|Ambassador|Envoy|Director|Speaker|Pope|King|Queen|Prince)\.?\s/u;
const QUANTIFIER_RE = /^(?:(?:The|A|An|This|That|These|Those|Some|Many|Most|All|Almost|Only|Both|Several|Other|Two|Three|Four|Five|His|Her|Their|Its|Our|One|Few|Senior|Former|Top|No|Not|Even|Nearly|Just|Also|But|And|However|When|While|If|Although|In|On|At|As|After|Before|Since|For)(?:\s+|$))+/u;
/** Plain nouns for groups of sources, capitalised only when they open a sentence ("Officials said"). */
const COMMON_SOURCES = new Set([
  'officials', 'experts', 'analysts', 'critics', 'sources', 'observers', 'investigators', 'prosecutors', 'authorities',
  'lawmakers', 'legislators', 'diplomats', 'police', 'witnesses', 'residents', 'protesters', 'supporters', 'opponents',
  'economists', 'scientists', 'researchers', 'polls', 'reports', 'documents', 'data', 'studies', 'people', 'voters',
  'aides', 'advisers', 'advisors', 'insiders', 'allies', 'leaders', 'members', 'negotiators', 'journalists', 'reporters',
  'others', 'both', 'neither', 'everyone', 'nobody', 'someone', 'many', 'some', 'most', 'few', 'all', 'each',
  'democrats', 'republicans', 'conservatives', 'liberals', 'activists', 'advocates', 'organizers', 'doctors', 'lawyers',
  'attorneys', 'spokesman', 'spokeswoman', 'spokesperson', 'officers', 'troops', 'soldiers', 'citizens', 'parents',
]);
/** Capitalised words that open a sentence or a place name rather than a person's name. */
const NOT_A_FIRST_NAME = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'after', 'before', 'during', 'when', 'while', 'but', 'and',
  'according', 'however', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'new', 'north', 'south', 'east', 'west',
  'united', 'european', 'saudi', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'notes', 'note', 'with', 'for']);
/** Words of a title before a name ("Foreign Minister", "Sen.", "Special Envoy"). */
const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'economy', 'trade', 'health', 'justice', 'secretary', 'state', 'senator', 'sen', 'rep', 'representative',
  'gov', 'governor', 'chancellor', 'general', 'gen', 'mayor', 'ambassador', 'envoy', 'special', 'director', 'speaker', 'judge',
  'king', 'queen', 'prince', 'princess', 'pope', 'deputy', 'chief', 'head', 'commissioner', 'chairman', 'chairwoman', 'spokesman',
  'spokeswoman', 'admiral', 'colonel', 'col', 'lt', 'captain', 'capt', 'sgt', 'professor', 'prof', 'attorney', 'mp', 'senior',
  'former', 'acting', 'first', 'lady', 'premier', 'commander', 'marshal', 'field', 'patriarch', 'archbishop', 'bishop', 'cardinal',
  'sheikh', 'emir', 'crown', 'leader', 'majority', 'minority', 'house', 'senate', 'opposition', 'party', 'national', 'security', 'adviser', 'advisor',
]);
/** "the (unelected) president", "this minister": a description by title. */
const TITLED_RE = /^(?:the|this|that)\s+(?:[\p{Ll}-]+\s+){0,3}(president|minister|chancellor|secretary|envoy|senator|governor|mayor|ambassador|spokesman|spokeswoman|general|king|queen|pope|premier|leader|chief|director|adviser|advisor|candidate|nominee|chairman|chairwoman|chair|speaker|prosecutor|judge|commander)$/iu;
const DETERMINER_START_RE = /^(?:the|a|an|this|that|these|those)\s+/iu;

/** A person-like actor seen in the text; `id` is filled when a name found by our own scan is first used. */
interface Person { at: number; id: string | null; name?: string; span?: Span }

export class SourceResolver {
  readonly #doc: Document;
  readonly #mentions: Mention[];
  readonly #entities: Map<string, Entity>;
  #names: Map<string, string> | null = null;
  /** Person-like actors seen so far (offset, entity id), for pronoun antecedents. */
  readonly #persons: Person[] = [];
  #next = 1;
  #scanned = false;

  constructor(doc: Document) {
    this.#doc = doc;
    this.#mentions = [...doc.layers.mentions].sort((a, b) => a.start - b.start);
    this.#entities = new Map(doc.layers.entities.map((e) => [e.id, e]));
    for (const m of this.#mentions) if (m.type === 'person') this.#persons.push({ at: m.start, id: m.entity, span: { start: m.start, end: m.end } });
  }

  /** Entity ids by lower-cased name and alias, built on first use. */
  get #byName(): Map<string, string> {
    if (this.#names) return this.#names;
    const names = new Map<string, string>();
    for (const e of this.#doc.layers.entities) {
      for (const n of [e.name, ...e.aliases]) if (!names.has(n.toLowerCase())) names.set(n.toLowerCase(), e.id);
    }
    return (this.#names = names);
  }

  /** Typed mentions overlapping a span (binary search over mentions sorted by start). */
  #overlapping(span: Span): Mention[] {
    const ms = this.#mentions;
    let lo = 0;
    let hi = ms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[mid]!.start < span.start - 200) lo = mid + 1; else hi = mid;
    }
    const out: Mention[] = [];
    for (let i = lo; i < ms.length && ms[i]!.start < span.end; i++) {
      const m = ms[i]!;
      if (m.end > span.start && m.type !== 'other') out.push(m);
    }
    return out;
  }

  resolve(phrase: Span, verb: string | null): Resolved {
    const text = this.#doc.text;
    const surface = text.slice(phrase.start, phrase.end).trim();
    const kind = pronounKind(surface);
    if (kind !== undefined) return this.#pronoun(phrase, surface, kind, verb);
    const document = DOCUMENT_RE.test(surface) ? phrase : null;
    // 0. the phrase is exactly the name of an entity of the report ("— Oleksandra Matviichuk: …"
    // where the tagger found only part of the label): that entity, whatever mentions lie inside
    const exact = this.#byName.get(surface.toLowerCase());
    const exactEntity = exact !== undefined ? this.#entities.get(exact) : undefined;
    if (exactEntity && exactEntity.type !== 'other' && /\s/.test(surface)) {
      if (exactEntity.type === 'person') this.#persons.push({ at: phrase.start, id: exact!, span: phrase });
      return { written: exact!, referent: exact!, document };
    }
    // "— Danube Review: …" in the report's own interview: the publisher asking, not a place in its name
    const publisher = this.#doc.meta.publisher;
    if (publisher && surface.toLowerCase() === publisher.toLowerCase()) {
      const { id, own } = this.#named(surface, null, phrase);
      return { written: own, referent: id, document };
    }
    // 1. a mention the entities stage found inside the phrase
    // a possessor is not the source ("Putin's envoy Kirill Dmitriev"); in an apposition the head
    // comes first ("Dmitriev, Putin's envoy"), otherwise last
    const inside = this.#overlapping(phrase).filter((m) => !/^['’]s?\b/u.test(text.slice(m.end, m.end + 2)));
    if (!surface.includes(',')) inside.reverse();
    const pick = inside.find((m) => m.type === 'person') ?? inside.find((m) => m.type === 'organization') ?? inside[0];
    if (pick) {
      if (pick.type === 'person') this.#persons.push({ at: phrase.start, id: pick.entity });
      return { written: pick.entity, referent: pick.entity, document };
    }
    // 2. a name the entities stage did not find
    const name = nameIn(surface);
    if (name !== null) {
      const { id, own } = this.#named(name.name, name.alias, phrase);
      if (!ORG_WORD_RE.test(name.name) && (/\s/.test(name.name) || TITLE_RE.test(surface) || this.#isKnownPerson(id))) {
        this.#persons.push({ at: phrase.start, id });
      }
      return { written: own, referent: id, document };
    }
    // 3. a definite description of someone named before ("the unelected president")
    const title = TITLED_RE.exec(surface);
    if (title && title[1]) {
      const own = this.#placeholder(surface, phrase);
      const referent = this.#titled(title[1].toLowerCase(), phrase.start);
      if (referent !== null) {
        this.#entities.get(own)?.merges.push({
          rule: 'attribution/description', from: surface, into: referent, score: 0.5,
          evidence: `last person given the title "${title[1]}" before the phrase`,
        });
      }
      return { written: own, referent, document };
    }
    // 4. a phrase that names nobody
    return { written: this.#placeholder(surface, phrase), referent: null, document };
  }

  /**
   * The person a he/she refers to, preferring subjects (centering): the first person of the
   * pronoun's own sentence before it, else the first person of the sentence before, else the
   * last person mentioned earlier; never one named only as the possessor of someone who speaks
   * for them ("Merz's spokesman"), nor one named inside a quotation.
   */
  #antecedent(at: number): Person | null {
    const sentences = this.#doc.layers.sentences;
    const si = this.#doc.sentenceAt(at);
    // "Merz's spokesman declined to comment. '…,' he told reporters": the one whose spokesman it is
    // is no antecedent.
    const text = this.#doc.text;
    const possessor = (p: Person): boolean => p.span !== undefined && POSSESSED_ROLE_RE.test(text.slice(p.span.end, p.span.end + 40));
    // '"I am grateful to Andriy …," he said': a person named inside a quotation is not who says it
    const pieces = quotePieces(this.#doc);
    const quoted = (p: Person): boolean => pieceAt(pieces, p.at) >= 0;
    const firstIn = (start: number, end: number): Person | null => {
      let best: Person | null = null;
      for (const p of this.#persons) if (p.at >= start && p.at < end && !possessor(p) && !quoted(p) && (!best || p.at < best.at)) best = p;
      return best;
    };
    if (si >= 0) {
      const own = firstIn(sentences[si]!.start, at);
      if (own) return own;
      const prev = sentences[si - 1];
      if (prev) {
        const p = firstIn(prev.start, prev.end);
        if (p) return p;
      }
    }
    let best: Person | null = null;
    for (const p of this.#persons) if (p.at < at && !possessor(p) && !quoted(p) && (!best || p.at > best.at)) best = p;
    return best;
  }

  /**
   * Without person mentions from the entities stage, pronouns need antecedents all the same:
   * take "Firstname Lastname" pairs of capitalised words (not organisations) as persons.
   */
  #scanNames(): void {
    this.#scanned = true;
    if (this.#mentions.some((m) => m.type === 'person')) return;
    const text = this.#doc.text;
    const re = /(?<![\p{L}.])(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.)?(?:[ \t]+(?:\p{Lu}\p{Ll}+|van|von|de|der)){1,2})(?![\p{L}])/gu;
    const end = this.#doc.bodyEnd;
    for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
      const name = m[1]!;
      const first = name.split(/\s+/)[0]!.toLowerCase();
      if (ORG_WORD_RE.test(name) || TITLE_WORDS.has(first) || NOT_A_FIRST_NAME.has(first)) continue;
      if (/\bthe\s+$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) continue; // "the Verkhovna Rada": not a person
      this.#persons.push({ at: m.index, id: null, name, span: { start: m.index, end: m.index + name.length } });
    }
  }

  /** The last person before `at` whose name the text precedes with `title`, or whose roles hold it. */
  #titled(title: string, at: number): string | null {
    const text = this.#doc.text;
    let best: Person | null = null;
    const titled = new RegExp(`\\b${title}\\b[^.;]*$`, 'u');
    for (const p of this.#persons) {
      if (p.at >= at || (best && p.at <= best.at)) continue;
      const before = text.slice(Math.max(0, p.at - 40), p.at).toLowerCase();
      const roles = p.id !== null ? this.#entities.get(p.id)?.roles ?? [] : [];
      if (titled.test(before) || roles.some((r) => r.title.toLowerCase().includes(title))) best = p;
    }
    return best ? this.#personId(best) : null;
  }

  #personId(p: Person): string {
    if (p.id === null) p.id = this.#entityFor(p.name ?? '', null, p.span ?? { start: p.at, end: p.at });
    return p.id;
  }

  #isKnownPerson(id: string): boolean {
    return this.#persons.some((p) => p.id === id);
  }

  #pronoun(phrase: Span, surface: string, kind: string, verb: string | null): Resolved {
    const own = this.#placeholder(surface, phrase);
    let referent: string | null = null;
    if ((kind === 'male' || kind === 'female') && !this.#scanned) this.#scanNames();
    if (kind === 'male' || kind === 'female') {
      const best = this.#antecedent(phrase.start);
      referent = best ? this.#personId(best) : null;
    } else if (kind === 'thing' && verb !== null) {
      referent = this.#issuer(phrase.start);
    } else if (kind === 'relative') {
      // "Kallas, who said …": the noun phrase the relative clause hangs on
      const text = this.#doc.text;
      const comma = /,\s*$/.exec(text.slice(Math.max(0, phrase.start - 4), phrase.start));
      const si = this.#doc.sentenceAt(phrase.start);
      const floor = this.#doc.layers.sentences[si]?.start ?? Math.max(0, phrase.start - 200);
      const np = comma ? subjectBefore(text, phrase.start - comma[0].length, floor) : null;
      if (np) {
        const r = this.resolve(np, null);
        referent = r.referent;
      }
    }
    if (referent !== null) {
      const target = this.#entities.get(referent);
      this.#entities.get(own)?.merges.push({
        rule: 'attribution/pronoun', from: surface, into: referent, score: 0.6,
        evidence: kind === 'thing' ? `the statement issued by ${target?.name ?? referent}`
          : kind === 'relative' ? `the noun phrase "${surface}" hangs on: ${target?.name ?? referent}`
            : `the person "${surface}" refers to: ${target?.name ?? referent}`,
      });
    }
    return { written: own, referent, document: null };
  }

  /** "It reads:" — who issued the statement, letter or declaration mentioned just before. */
  #issuer(at: number): string | null {
    const text = this.#doc.text;
    const si = this.#doc.sentenceAt(at);
    const from = this.#doc.layers.sentences[Math.max(0, si - 2)]?.start ?? Math.max(0, at - 600);
    const re = /\b(?:issued|published|released|sent|signed|adopted|wrote|put\s+out)\s+(?:a|an|the|their|its|his|her)\s+(?:\p{L}+\s+){0,2}?(?:statement|letter|declaration|communiqu[ée]|note|memo|resolution|appeal|message)\b/giu;
    let last: RegExpExecArray | null = null;
    const slice = text.slice(from, at);
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) last = m;
    if (!last) return null;
    const verbAt = from + last.index;
    const s = this.#doc.sentenceAt(verbAt);
    const sStart = this.#doc.layers.sentences[s]?.start ?? from;
    // the subject is the first clause chunk that does not open with an adjunct
    const chunks = text.slice(sStart, verbAt).split(',');
    let off = sStart;
    for (const chunk of chunks) {
      const t = chunk.trim();
      if (t && !/^(?:however|but|and|then|meanwhile|on|in|at|during|after|before|last|this|yesterday|today|earlier|later)\b/iu.test(t)) {
        const lead = chunk.length - chunk.trimStart().length;
        const r = this.resolve({ start: off + lead, end: off + lead + t.length }, null);
        return r.referent ?? r.written;
      }
      off += chunk.length + 1;
    }
    const subj = subjectBefore(text, verbAt, sStart);
    if (!subj) return null;
    const r = this.resolve(subj, null);
    return r.referent ?? r.written;
  }

  #entityFor(name: string, alias: string | null, phrase: Span): string {
    return this.#named(name, alias, phrase).id;
  }

  /**
   * The entity a name in a phrase refers to (`id`) and the entity whose mention is the phrase
   * (`own`): the same one, except for a typed entity of the entities stage that has no mention
   * there — then `own` is an `other` entity on the phrase, merged into it by evidence.
   */
  #named(name: string, alias: string | null, phrase: Span): { id: string; own: string } {
    const key = name.toLowerCase().replace(DETERMINER_START_RE, '');
    const known = this.#byName.get(key) ?? this.#byName.get(name.toLowerCase()) ?? (alias ? this.#byName.get(alias.toLowerCase()) : undefined);
    const mention = { start: phrase.start, end: phrase.end };
    if (known !== undefined) {
      const e = this.#entities.get(known);
      // only our own `other` entities take a mention on the phrase: typed ones stay as the entities stage left them
      if (e && e.type === 'other') this.#addMention(known, mention);
      else if (e) return { id: known, own: this.#linked(known, name, phrase) };
      return { id: known, own: known };
    }
    const id = this.#newEntity(name.replace(DETERMINER_START_RE, ''), alias ? [alias] : [], mention);
    this.#byName.set(key, id);
    if (alias) this.#byName.set(alias.toLowerCase(), id);
    return { id, own: id };
  }

  /** A typed entity named again in a phrase it has no mention in: an `other` entity on the phrase, merged into it by evidence; returns its id. */
  #linked(into: string, name: string, phrase: Span): string {
    const own = this.#placeholder(this.#doc.text.slice(phrase.start, phrase.end).trim(), phrase);
    this.#entities.get(own)?.merges.push({ rule: 'attribution/name', from: name, into, evidence: 'same name', score: 0.9 });
    return own;
  }

  #placeholder(surface: string, phrase: Span): string {
    return this.#newEntity(surface, [], { start: phrase.start, end: phrase.end });
  }

  #newEntity(name: string, aliases: string[], mention: Span): string {
    let id = `a${this.#next++}`;
    while (this.#entities.has(id)) id = `a${this.#next++}`;
    const e: Entity = { id, name, type: 'other', aliases, roles: [], merges: [] };
    this.#entities.set(id, e);
    this.#doc.layers.entities.push(e);
    this.#addMention(id, mention);
    return id;
  }

  #addMention(id: string, span: Span): void {
    const m: Mention = { start: span.start, end: span.end, rule: RULE, confidence: 0.6, type: 'other', entity: id };
    this.#doc.layers.mentions.push(m);
  }
}

/** The name a source phrase carries: its capitalised head, or the name after "by/of/from/at". */
export function nameIn(surface: string): { name: string; alias: string | null } | null {
  // an apposition ("Dmitry Peskov, the Kremlin spokesman"): the name is in the head before the comma
  const comma = surface.indexOf(',');
  if (comma > 0) {
    const head = nameInPhrase(surface.slice(0, comma));
    if (head) return head;
    const rest = surface.slice(comma + 1).replace(/,\s*$/, '').trim();
    const appos = nameInPhrase(rest);
    if (appos) return appos;
  }
  return nameInPhrase(surface);
}

function nameInPhrase(surface: string): { name: string; alias: string | null } | null {
  const runs: { text: string; index: number }[] = [];
  NAME_RUN_RE.lastIndex = 0;
  for (let m = NAME_RUN_RE.exec(surface); m !== null; m = NAME_RUN_RE.exec(surface)) runs.push({ text: m[0], index: m.index });
  const good = runs.map((r) => {
    const lead = QUANTIFIER_RE.exec(r.text);
    return lead ? { text: r.text.slice(lead[0].length), index: r.index + lead[0].length } : r;
  }).filter((r) => {
    const t = r.text.replace(/\s*\([^)]*\)$/, '');
    if (!t) return false;
    if (ADJECTIVAL_RE.test(t)) return false;
    // "A draft, circulated on Sunday," — a day or a month names no source
    if (TIME_NAME_RE.test(t)) return false;
    if (r.index === 0 && COMMON_SOURCES.has(t.toLowerCase())) return false;
    return true;
  });
  if (!good.length) return null;
  // the run that ends the phrase (its head) or one after a preposition; a name modifying a
  // common noun ("the Texas businessman", "Trump's associates") names no source
  const bare = surface.replace(/[\s,.]+$/, '').replace(/\s*\([^()]*\)$/, '');
  const head = good.find((r) => r.index + r.text.length >= bare.length)
    ?? good.find((r) => /\b(?:by|of|from|at|for|with)\s+(?:the\s+)?$/iu.test(surface.slice(0, r.index)))
    // an organisation modifying a group of its people: "EU leaders", "Kremlin officials"
    ?? good.find((r) => (/^\p{Lu}{2,}$/u.test(r.text) || ORG_WORD_RE.test(r.text)) &&
      COMMON_SOURCES.has((/^\s+(\p{L}+)/u.exec(surface.slice(r.index + r.text.length))?.[1] ?? '').toLowerCase()));
  if (!head) return null;
  let name = head.text.replace(/^(?:The|A|An)\s+/u, '');
  let alias: string | null = null;
  const paren = /\s*\(([^)]*)\)$/.exec(name);
  if (paren) { alias = paren[1] ?? null; name = name.slice(0, paren.index); }
  name = name.replace(/['’]s?$/u, '');
  // titles are roles, not names: "Foreign Minister Elina Valtonen" → "Elina Valtonen"
  const words = name.split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && TITLE_WORDS.has(words[k]!.replace(/\.$/, '').toLowerCase())) k++;
  name = words.slice(k).join(' ');
  if (!name || /^\p{N}+$/u.test(name)) return null;
  return { name, alias };
}
