import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { makeDoc } from '../../helpers/doc.js';

const REPORT = [
  'Talks in Geneva',
  '',
  'The envoys met on Sunday. [1] A second draft circulated on Monday [2]. Nobody has seen the annex [4].',
  '',
  'An aide said the text was final. [1]',
  '',
  '[1“Geneva notes”, by Ada Lind, Harbour Gazette, 24 November 2025.',
  '',
  '[2] «Second draft», Northern Ledger, 25 novembre 2025.',
  '',
  '[3] “Never cited”, Kyiv Wire, 26 November 2025.',
  '',
  'Comments are closed.',
].join('\n');

test('citations: markers attach to the sentence they close, entries parse, warnings are positioned', () => {
  const doc = runStages(makeDoc(REPORT), SPINE_STAGES);
  assert.ok(doc.layers.notes, 'notes section found');
  assert.equal(doc.text.slice(doc.layers.notes.start, doc.layers.notes.start + 2), '[1');
  const markers = doc.layers.markers.map((m) => [m.marker, doc.slice(doc.layers.sentences[m.sentence!]!)]);
  assert.deepEqual(markers, [
    ['1', 'The envoys met on Sunday. [1]'],
    ['2', 'A second draft circulated on Monday [2].'],
    ['4', 'Nobody has seen the annex [4].'],
    ['1', 'An aide said the text was final. [1]'],
  ]);
  const byMarker = new Map(doc.layers.citations.map((c) => [c.marker, c]));
  assert.equal(byMarker.get('1')?.title, 'Geneva notes');
  assert.equal(byMarker.get('1')?.publisher, 'Harbour Gazette');
  assert.equal(byMarker.get('2')?.date, '2025-11-25');
  const warnings = doc.warnings.filter((w) => w.code === 'dangling-citation' || w.code === 'unused-citation')
    .map((w) => [w.code, w.marker, doc.text.slice(w.start, w.end)]);
  assert.deepEqual(warnings, [['dangling-citation', '4', '[4]'], ['unused-citation', '3', doc.text.slice(doc.text.indexOf('[3]'), doc.text.indexOf('\n', doc.text.indexOf('[3]')))]]);
});

test('citations: a report without notes has no citations and warns for each distinct marker once', () => {
  const doc = runStages(makeDoc('One claim. [7] Another claim. [7]'), SPINE_STAGES);
  assert.equal(doc.layers.citations.length, 0);
  assert.deepEqual(doc.warnings.filter((w) => w.code === 'dangling-citation').map((w) => w.marker), ['7']);
});

test('citations: an inline bracketed reference in the body is parsed as a citation', () => {
  const doc = runStages(makeDoc('The transcript was published [«Advisers discuss the plan», Northern Ledger, November 25, 2025.] and denied.'), SPINE_STAGES);
  const inline = doc.layers.citations.filter((c) => c.inline);
  assert.equal(inline.length, 1);
  assert.equal(inline[0]!.title, 'Advisers discuss the plan');
  assert.equal(inline[0]!.publisher, 'Northern Ledger');
  assert.equal(inline[0]!.date, '2025-11-25');
});

test('citations: a list with one entry per line and no blank lines gives one entry per line', () => {
  const text = [
    'The grid operator extended the blackouts [1]. A court in Madrid took up the case [2].',
    '',
    'Notes',
    '',
    '[1] „Kyjiw verlängert die Abschaltungen“, Donau-Kurier, 12. November 2025.',
    '[2] "La central en el limbo", El Observador, 3 de diciembre de 2025.',
  ].join('\n');
  const doc = runStages(makeDoc(text), SPINE_STAGES);
  const got = doc.layers.citations.map((c) => [c.marker, c.title, c.publisher, c.date]);
  assert.deepEqual(got, [
    ['1', 'Kyjiw verlängert die Abschaltungen', 'Donau-Kurier', '2025-11-12'],
    ['2', 'La central en el limbo', 'El Observador', '2025-12-03'],
  ]);
  assert.deepEqual(doc.warnings.filter((w) => w.code === 'unused-citation' || w.code === 'dangling-citation'), []);
});
