/**
 * Hand-built reports for the UI tests, in the extraction format, written by us (no corpus
 * text). Offsets are found with `at()` so the fixtures stay right if a sentence is edited.
 */
import type { Extraction } from '../../src/model/extraction.js';

export function at(text: string, needle: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(needle)} not in text`);
  return { start, end: start + needle.length };
}

const base = (id: string, text: string, meta: Partial<Extraction>): Extraction => ({
  id, source: `${id}.md`, title: null, published: null, publisher: null, url: null, authors: [], text,
  sentences: [], paragraphs: [], entities: [], timexes: [], events: [], quotes: [], claims: [], citations: [], markers: [], warnings: [],
  ...meta,
});

const m = (s: { start: number; end: number }) => ({ ...s, rule: 'test/fixture', confidence: 0.9 });

/** A report with one of every annotation kind. */
export function harbourReport(): Extraction {
  const text = [
    'Harbour Talks End Without a Deal',
    '',
    'Foreign Minister Petra Lindqvist met envoy Tomas Varga in Valmora on November 30. "We are closer than we were a week ago," Lindqvist said after the meeting.',
    '',
    'According to two officials, the draft would freeze the border for ninety days [1]. Varga will visit Oslo in December, his office said [2].',
    '',
    'Notes',
    '',
    '[1] "Valmora draft circulates", The Quiet Ledger, 1 December 2025.',
    '',
  ].join('\n');
  const petra = at(text, 'Petra Lindqvist');
  const lind = at(text, 'Lindqvist', petra.end);
  const varga = at(text, 'Tomas Varga');
  const varga2 = at(text, 'Varga', varga.end);
  const valmora = at(text, 'Valmora');
  const oslo = at(text, 'Oslo');
  const quote = at(text, 'We are closer than we were a week ago,');
  const claim = at(text, 'the draft would freeze the border for ninety days');
  const note = at(text, '[1] "Valmora draft circulates", The Quiet Ledger, 1 December 2025.');
  return base('harbour', text, {
    title: 'Harbour Talks End Without a Deal', published: '2025-12-02', publisher: 'The Lantern Courier',
    url: 'https://example.org/lantern/harbour-talks', authors: ['Ada Test'],
    paragraphs: [{ ...at(text, 'Harbour Talks End Without a Deal'), heading: true }],
    entities: [
      { id: 'e1', name: 'Petra Lindqvist', type: 'person', aliases: ['Lindqvist'], roles: ['Foreign Minister'], mentions: [m(petra), m(lind)], merges: [{ rule: 'test/short-form', from: 'Lindqvist', into: 'Petra Lindqvist', evidence: 'surname of an earlier full name', score: 0.95 }] },
      { id: 'e2', name: 'Tomas Varga', type: 'person', aliases: ['Varga'], roles: ['envoy'], mentions: [m(varga), m(varga2)], merges: [] },
      { id: 'e3', name: 'Valmora', type: 'place', aliases: [], roles: [], mentions: [m(valmora)], merges: [] },
      { id: 'e4', name: 'Oslo', type: 'place', aliases: [], roles: [], mentions: [m(oslo)], merges: [] },
    ],
    timexes: [
      { ...at(text, 'November 30'), text: 'November 30', type: 'date', value: '2025-11-30', rule: 'test/fixture', confidence: 1, fields: { year: 'inferred', month: 'stated', day: 'stated' }, anchor: 'published' },
      { ...at(text, 'in December'), text: 'in December', type: 'date', value: '2025-12', rule: 'test/fixture', confidence: 1, fields: { year: 'inferred', month: 'stated', day: 'none' }, anchor: 'published' },
    ],
    events: [
      { id: 'v1', type: 'meeting', date: '2025-11-30', participants: ['e1', 'e2'], location: 'e3', trigger: at(text, 'met'), status: 'happened', claim: null, summary: 'Lindqvist met Varga in Valmora.', rule: 'test/fixture', confidence: 0.8 },
      { id: 'v2', type: 'visit', date: '2025-12', participants: ['e2'], location: 'e4', trigger: at(text, 'visit'), status: 'planned', claim: null, summary: 'Varga to visit Oslo.', rule: 'test/fixture', confidence: 0.7 },
    ],
    quotes: [{ ...quote, speaker: 'e1', cue: at(text, 'said', quote.end), rule: 'test/fixture', confidence: 0.9 }],
    claims: [{ ...claim, source: null, speaker: null, modality: 'reported', cue: at(text, 'According to'), source_span: at(text, 'two officials'), citations: ['1'], chain: [], rule: 'test/fixture', confidence: 0.8 }],
    citations: [{ ...note, marker: '1', title: 'Valmora draft circulates', authors: [], translators: [], publisher: 'The Quiet Ledger', date: '2025-12-01', url: null, inline: false }],
    markers: [
      { ...at(text, '[1]'), marker: '1', sentence: 2 },
      { ...at(text, '[2]'), marker: '2', sentence: 3 },
    ],
    warnings: [{ code: 'dangling-citation', message: 'Marker [2] has no reference entry.', rule: 'citations/dangling', ...at(text, '[2]'), marker: '2' }],
  });
}

/**
 * A hostile report: markup, event handlers, script URLs and a textarea breakout, in the text, in
 * entity names, in the title, the URL and a citation. Rendered, it must stay inert text.
 */
export const HOSTILE_TEXT = [
  'Payload <script>window.__pwned = 1</script> in the body.',
  '',
  'An image <img src=x onerror="window.__pwned = 2"> and a link <a href="javascript:window.__pwned=3">click</a>.',
  '',
  '</textarea><script>window.__pwned = 4</script> and <iframe src="https://evil.example/"></iframe> end.',
  '',
].join('\n');

export function hostileReport(): Extraction {
  const text = HOSTILE_TEXT;
  const s1 = at(text, '<script>window.__pwned = 1</script>');
  const img = at(text, '<img src=x onerror="window.__pwned = 2">');
  const link = at(text, '<a href="javascript:window.__pwned=3">click</a>');
  const ta = at(text, '</textarea><script>window.__pwned = 4</script>');
  return base('hostile', text, {
    title: '<img src=x onerror="window.__pwned=5">Title', published: '2025-12-03', publisher: '<b onmouseover="window.__pwned=6">Outlet</b>',
    url: 'javascript:window.__pwned=7',
    entities: [{ id: 'e1', name: '<svg onload="window.__pwned=8">', type: 'person', aliases: ['"><script>window.__pwned=9</script>'], roles: ['<i>role</i>'], mentions: [m(img)], merges: [] }],
    events: [{ id: 'v1', type: 'meeting', date: '2025-12-01', participants: ['e1'], location: null, trigger: link, status: 'happened', claim: null, summary: '<script>window.__pwned=10</script>', rule: 'test/fixture', confidence: 0.5 }],
    quotes: [{ ...s1, speaker: 'e1', cue: null, rule: 'test/fixture', confidence: 0.5 }],
    claims: [{ ...ta, source: 'e1', speaker: null, modality: 'hedged', cue: null, source_span: null, citations: [], chain: [], rule: 'test/fixture', confidence: 0.5 }],
    citations: [{ ...at(text, 'end.'), marker: '9', title: '<script>window.__pwned=11</script>', authors: [], translators: [], publisher: null, date: null, url: 'javascript:window.__pwned=12', inline: false }],
  });
}

/** Another hostile text (not a near-duplicate of HOSTILE_TEXT), pasted through the real pipeline. */
export const HOSTILE_PASTE = [
  'Officials met in Brightwater on Monday. <img src=y onerror="window.__pwned = 21"> was found in the memo.',
  '',
  '"<script>window.__pwned = 22</script> is not a plan," spokesman Oren Vale said on Tuesday.',
  '',
  'A <a href="javascript:window.__pwned=23">link</a> and a </textarea><svg onload="window.__pwned=24"> closed the file.',
  '',
].join('\n');
