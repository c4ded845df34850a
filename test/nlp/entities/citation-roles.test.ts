/**
 * entities/citation-roles: the parsed reference entry types the names in it — the outlet an
 * organisation (one name however the tagger cut it), a byline's people persons, a translator's
 * label nobody — and the same names elsewhere in the report. Reports written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, entityNamed, mentionTexts } from './helpers.js';

const REPORT = [
  'The Harbour Wire reported on Monday that the envoys would meet again [1]. A French weekly gave the same account [2].',
  '',
  'Notes',
  '',
  '[1] «Envoys to meet again», Harbour Wire, 25 November 2025.',
  '',
  '[2] « Les émissaires se retrouvent », by Claire Fontaine, Translation James Whitford, Le Courrier du Lac, 26 novembre 2025.',
  '',
].join('\n');

test('citation-roles: outlets are organisations, bylines people, in the notes and in the body', () => {
  const doc = analyseText(REPORT);
  assert.equal(entityNamed(doc, 'Harbour Wire')?.type, 'organization');
  assert.equal(entityNamed(doc, 'Le Courrier du Lac')?.type, 'organization', 'one outlet, not "Le Courrier" + "Lac"');
  assert.equal(entityNamed(doc, 'Claire Fontaine')?.type, 'person');
  assert.equal(entityNamed(doc, 'James Whitford')?.type, 'person');
  // The body's mention of the outlet is the same organisation.
  const wire = entityNamed(doc, 'Harbour Wire')!;
  assert.ok(doc.layers.mentions.some((m) => m.entity === wire.id && m.start < doc.text.indexOf('Notes')));
});

test('citation-roles: a translator\'s label names nobody; a byline that does not read as a person types nothing', () => {
  const doc = analyseText(REPORT);
  assert.ok(!mentionTexts(doc).some((m) => m.startsWith('Translation/')));
  // "Bloomberg" in a garbled byline stays what the rest of the stage says (an outlet).
  const garbled = analyseText('Bloomberg published the transcript [1].\n\nNotes\n\n[1] «Transcript», Bloomberg, November 27, 2025, Le Monde.\n');
  assert.notEqual(entityNamed(garbled, 'Bloomberg')?.type, 'person');
});
