/**
 * Hand-built extractions for the storage suite (texts written by us). Offsets are found with
 * `span()` so every annotation points at the words it names.
 */
import type { Extraction } from '../../src/model/extraction.js';
import { reportId } from '../../src/ingest/report-id.js';

export function span(text: string, phrase: string, nth = 0): { start: number; end: number } {
  let from = 0;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, from);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(phrase)} (#${nth}) not in text`);
    from = at + 1;
  }
  return { start: at, end: at + phrase.length };
}

function empty(text: string, meta: { title: string | null; published: string | null; publisher: string | null; source: string }): Extraction {
  return {
    id: reportId(text), source: meta.source, title: meta.title, published: meta.published, publisher: meta.publisher,
    url: null, authors: [], text, sentences: [[0, text.length]], paragraphs: [{ start: 0, end: text.length, heading: false }],
    entities: [], timexes: [], events: [], quotes: [], claims: [], citations: [], markers: [], warnings: [],
  };
}

export const GENEVA_TEXT = [
  'Negotiators from Kyiv and Washington met in Geneva on Sunday to rework the draft peace framework line by line.',
  'Secretary of State Marco Rubio said the session was "the most useful we have had", while Ukrainian officials stayed cautious in public.',
  'According to officials familiar with the meeting, the delegations agreed to keep talking in November and to swap written comments first.',
  'Rubio later told reporters that a follow-up call between the two presidents was likely within days, though no date was fixed.',
  'The Swiss hosts provided the venue but took no part in the drafting, a diplomat in the city noted over coffee on Monday morning.',
  'Several points on security guarantees remained open when the delegations left the lakeside hotel late in the evening.[1]',
  '',
  '[1] "Geneva round ends", Parley Test Wire, 24 November 2025.',
].join('\n');

/** The Geneva report: every annotation kind, with a dangling-free footnote. */
export function genevaReport(): Extraction {
  const t = GENEVA_TEXT;
  const x = empty(t, { title: 'Geneva talks end with a plan to keep talking', published: '2025-11-24', publisher: 'Parley Test Wire', source: 'fixtures/geneva.md' });
  const notes = span(t, '[1] "Geneva');
  return {
    ...x,
    url: 'https://example.org/geneva',
    authors: ['A. Writer', 'B. Editor'],
    sentences: [[0, 110], [111, t.indexOf('\n\n')]],
    entities: [
      {
        id: 'e1', name: 'Marco Rubio', type: 'person', aliases: ['Rubio'], roles: ['Secretary of State'],
        mentions: [{ ...span(t, 'Marco Rubio'), rule: 'entities/person', confidence: 0.9 }, { ...span(t, 'Rubio', 1), rule: 'entities/alias', confidence: 0.8 }],
        merges: [{ rule: 'entities/surname', from: 'Rubio', into: 'Marco Rubio', evidence: 'surname', score: 0.8 }],
      },
      { id: 'e2', name: 'Geneva', type: 'place', aliases: [], roles: [], mentions: [{ ...span(t, 'Geneva'), rule: 'entities/gazetteer', confidence: 1 }], merges: [] },
      { id: 'e3', name: 'Kyiv', type: 'place', aliases: [], roles: [], mentions: [{ ...span(t, 'Kyiv'), rule: 'entities/gazetteer', confidence: 1 }], merges: [] },
    ],
    timexes: [
      { ...span(t, 'Sunday'), text: 'Sunday', type: 'date', value: '2025-11-23', rule: 'time/weekday', confidence: 0.9, fields: { year: 'inferred', month: 'inferred', day: 'inferred' }, anchor: 'published' },
      { ...span(t, 'November'), text: 'November', type: 'date', value: '2025-11', mod: 'END', rule: 'time/month', confidence: 0.7, fields: { year: 'inferred', month: 'stated', day: 'none' } },
      { ...span(t, 'within days'), text: 'within days', type: 'duration', value: 'P1D', rule: 'time/duration', confidence: 0.5, fields: { year: 'none', month: 'none', day: 'none' } },
    ],
    events: [
      { id: 'v1', type: 'meeting', date: '2025-11-23', participants: ['e1'], parties: [{ country: 'United States', ...span(t, 'Washington') }], location: 'e2', trigger: span(t, 'met'), status: 'happened', claim: null, summary: 'Negotiators met in Geneva.', rule: 'events/meeting', confidence: 0.8 },
      { id: 'v2', type: 'call', date: null, participants: [], location: null, trigger: span(t, 'call'), status: 'planned', claim: 1, summary: 'A call was expected.', rule: 'events/call', confidence: 0.6 },
    ],
    quotes: [{ ...span(t, 'the most useful we have had'), speaker: 'e1', cue: span(t, 'said'), rule: 'attribution/quote', confidence: 0.95 }],
    claims: [
      { ...span(t, 'the delegations agreed to keep talking in November'), source: null, speaker: null, modality: 'reported', cue: span(t, 'According to'), source_span: span(t, 'officials familiar with the meeting'), citations: [], chain: [{ role: 'source', entity: null, span: span(t, 'officials familiar with the meeting') }], rule: 'attribution/according-to', confidence: 0.8 },
      { ...span(t, 'a follow-up call between the two presidents was likely within days'), source: 'e1', speaker: 'e1', modality: 'hedged', cue: span(t, 'likely'), source_span: null, citations: ['1'], chain: [], rule: 'attribution/hedge', confidence: 0.7 },
    ],
    citations: [{ ...notes, end: t.length, marker: '1', title: 'Geneva round ends', authors: [], translators: [], publisher: 'Parley Test Wire', date: '2025-11-24', url: null, inline: false }],
    markers: [{ ...span(t, '[1]'), marker: '1', sentence: 1 }],
    warnings: [
      { code: 'unused-citation', message: 'a test warning with a position', rule: 'notes/markers', start: notes.start, end: notes.start + 3, marker: '1' },
      { code: 'missing-published', message: 'a test warning without a position', rule: 'ingest/meta' },
    ],
  };
}

export const MOSCOW_TEXT = [
  'Steve Witkoff flew to Moscow on Tuesday to walk Kremlin officials through the revised plan.',
  'Kremlin spokesman Dmitry Peskov reportedly called the five-hour meeting constructive but declined to give details.',
  'The envoy is expected back in the Russian capital in early December 2025, according to people briefed on his schedule.',
].join('\n\n');

export function moscowReport(): Extraction {
  const t = MOSCOW_TEXT;
  const x = empty(t, { title: 'Envoy briefs the Kremlin', published: '2025-12-03', publisher: 'Other Test Daily', source: 'fixtures/moscow.txt' });
  return {
    ...x,
    entities: [
      { id: 'e1', name: 'Steve Witkoff', type: 'person', aliases: ['the envoy'], roles: ['envoy'], mentions: [{ ...span(t, 'Steve Witkoff'), rule: 'entities/person', confidence: 0.9 }], merges: [] },
      { id: 'e2', name: 'Dmitry Peskov', type: 'person', aliases: ['Peskov'], roles: ['Kremlin spokesman'], mentions: [{ ...span(t, 'Dmitry Peskov'), rule: 'entities/person', confidence: 0.9 }], merges: [] },
      { id: 'e3', name: 'Kremlin', type: 'organization', aliases: [], roles: [], mentions: [{ ...span(t, 'Kremlin'), rule: 'entities/org', confidence: 0.9 }, { ...span(t, 'Kremlin', 1), rule: 'entities/org', confidence: 0.9 }], merges: [] },
      // The same actor as in the Geneva report, spelled the same: the entity listing groups them.
      { id: 'e4', name: 'marco rubio', type: 'person', aliases: [], roles: [], mentions: [], merges: [] },
    ],
    timexes: [
      { ...span(t, 'Tuesday'), text: 'Tuesday', type: 'date', value: '2025-12-02', rule: 'time/weekday', confidence: 0.9, fields: { year: 'inferred', month: 'inferred', day: 'inferred' } },
      { ...span(t, 'early December 2025'), text: 'early December 2025', type: 'date', value: '2025-12', mod: 'START', rule: 'time/month', confidence: 0.8, fields: { year: 'stated', month: 'stated', day: 'none' } },
    ],
    claims: [
      { ...span(t, 'called the five-hour meeting constructive'), source: 'e2', speaker: 'e2', modality: 'reported', cue: span(t, 'reportedly'), source_span: null, citations: [], chain: [], rule: 'attribution/reportedly', confidence: 0.8 },
      { ...span(t, 'The envoy is expected back in the Russian capital'), source: null, speaker: 'e1', modality: 'speculative', cue: span(t, 'is expected'), source_span: span(t, 'people briefed on his schedule'), citations: [], chain: [], rule: 'attribution/expected', confidence: 0.6 },
    ],
  };
}

/** The Geneva story re-published elsewhere: another headline, one word fixed. */
export function genevaRepublished(): Extraction {
  const text = GENEVA_TEXT.replace('over coffee on Monday morning', 'over tea on Monday morning');
  return empty(text, { title: 'Talks in Geneva: both sides to continue', published: '2025-11-25', publisher: 'Syndicating Test Site', source: 'fixtures/geneva-copy.html' });
}

/** A different story that shares one sentence with the Geneva report: not a near-duplicate. */
export function genevaFollowUp(): Extraction {
  const shared = GENEVA_TEXT.split('\n')[0]!;
  const text = [
    shared,
    'A week later the same teams exchanged a second set of written comments through their embassies.',
    'Observers in Brussels said the pace had slowed and that European capitals wanted a seat at the next table.',
  ].join(' ');
  return empty(text, { title: 'A week after Geneva', published: '2025-12-01', publisher: 'Parley Test Wire', source: 'fixtures/follow-up.md' });
}

/** Half the Geneva report followed by new paragraphs: similar, but well under the threshold. */
export function genevaHalfRewritten(): Extraction {
  const text = [
    ...GENEVA_TEXT.split('\n').slice(0, 3),
    'In a separate briefing, a spokesperson in Kyiv listed three sticking points and declined to rank them.',
    'Analysts quoted by regional broadcasters doubted that the written comments would settle the territorial questions.',
    'A senior adviser said the next round could move to another neutral city if the hosts agreed to it.',
  ].join('\n');
  return empty(text, { title: 'Geneva, the morning after', published: '2025-11-25', publisher: 'Other Test Daily', source: 'fixtures/half.md' });
}

/** Small filler reports for paging. */
export function fillerReport(i: number): Extraction {
  const text = `Filler bulletin number ${i} on the negotiation calendar: item ${i * 7} of the agenda was moved to committee ${i % 3}, reporters were told in corridor ${i}.`;
  return empty(text, { title: `Bulletin ${i}`, published: `2025-10-${String(10 + i).padStart(2, '0')}`, publisher: i % 2 === 0 ? 'Even Press' : 'Odd Press', source: `fixtures/filler-${i}.txt` });
}

/**
 * A quote whose cue comes before it, an accented speaker and outlet, and an emoji first (two
 * UTF-16 units, one code point: offsets must stay JavaScript's).
 */
export function accentedQuoteReport(): Extraction {
  const t = '🕊 Envoy Zoë Ålund-Dmítriev told the Łódź forum: "We will come back with a map," and left before the vote.';
  const x = empty(t, { title: 'Forum hears the envoy', published: '2025-09-15', publisher: 'Łódź Évening Post', source: 'fixtures/forum.md' });
  return {
    ...x,
    entities: [{ id: 'e1', name: 'Zoë Ålund-Dmítriev', type: 'person', aliases: ['Ålund'], roles: ['envoy'], mentions: [{ ...span(t, 'Zoë Ålund-Dmítriev'), rule: 'entities/person', confidence: 0.9 }], merges: [] }],
    quotes: [{ ...span(t, 'We will come back with a map,'), speaker: 'e1', cue: span(t, 'told'), rule: 'attribution/quote', confidence: 0.9 }],
    // A cue that ends exactly where its statement starts.
    claims: [{ ...span(t, 'left before the vote'), source: null, speaker: 'e1', modality: 'asserted', cue: span(t, 'and '), source_span: null, citations: [], chain: [], rule: 'attribution/test', confidence: 0.5 }],
  };
}
