/**
 * A district run for a service is that body; any name after "University of" is the place it
 * serves unless it names a discipline. Sentences are written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { candidate, type Candidate } from '../../../src/nlp/entities/candidate.js';
import type { EntityType } from '../../../src/model/annotations.js';
import type { Refiner } from '../../../src/nlp/pipeline.js';
import { analyseText } from './helpers.js';

function run(refiner: Refiner<Candidate>, text: string, span: string, type: EntityType): string[] {
  const doc = analyseText(`${text}\n`);
  const start = doc.text.indexOf(span);
  assert.ok(start >= 0, span);
  const c = candidate({ start, end: start + span.length, type, rule: 'test', confidence: 0.9, zone: 'body' });
  return refiner.refine(doc, [c]).map((x) => `${doc.text.slice(x.start, x.end)}/${x.type}`);
}

test('head-type: a school or water district is the body that runs it; other districts are places', async () => {
  const { headTypeRefiner } = await import('../../../src/nlp/entities/refiners/head-type.js');
  assert.deepEqual(run(headTypeRefiner, 'The Dallas Independent School District closed schools.', 'Dallas Independent School District', 'place'), ['Dallas Independent School District/organization']);
  assert.deepEqual(run(headTypeRefiner, 'The Metropolitan Water District raised rates.', 'Metropolitan Water District', 'place'), ['Metropolitan Water District/organization']);
  // must not fire: an electoral or administrative district
  assert.deepEqual(run(headTypeRefiner, 'She won the Fifth Congressional District easily.', 'Fifth Congressional District', 'organization'), ['Fifth Congressional District/place']);
  assert.deepEqual(run(headTypeRefiner, 'Shelling hit the Nikopol District overnight.', 'Nikopol District', 'organization'), ['Nikopol District/place']);
});

test('nested-places: any name after "University of" is a place, a discipline is not', async () => {
  const { nestedPlacesRefiner } = await import('../../../src/nlp/entities/refiners/nested-places.js');
  assert.deepEqual(run(nestedPlacesRefiner, 'Researchers at the University of Leeds agreed.', 'University of Leeds', 'organization'), ['University of Leeds/organization', 'Leeds/place']);
  // must not fire: a university named for what it teaches
  assert.deepEqual(run(nestedPlacesRefiner, 'She studied at the University of Applied Sciences.', 'University of Applied Sciences', 'organization'), ['University of Applied Sciences/organization']);
  assert.deepEqual(run(nestedPlacesRefiner, 'He taught at the University of Fine Arts.', 'University of Fine Arts', 'organization'), ['University of Fine Arts/organization']);
});

test('nested-places: a known place after "Society of" or "Association of" is a place; a bank\'s is not', async () => {
  const { nestedPlacesRefiner } = await import('../../../src/nlp/entities/refiners/nested-places.js');
  assert.deepEqual(run(nestedPlacesRefiner, 'The Film Society of Canada met in Toronto.', 'Film Society of Canada', 'organization'), ['Film Society of Canada/organization', 'Canada/place']);
  assert.deepEqual(run(nestedPlacesRefiner, 'The Bank of Canada held rates.', 'Bank of Canada', 'organization'), ['Bank of Canada/organization']);
});
