/**
 * entities/coordinated-names: "X and Y" read as one name is two when the report names each
 * alone. Sentences and company names are made up for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/model/annotations.js';
import { coordinatedNamesRefiner } from '../../../src/nlp/entities/refiners/coordinated-names.js';
import { refineSpans } from './helpers.js';

function run(text: string, spans: [string, EntityType][]): string[] {
  return refineSpans(coordinatedNamesRefiner, text, spans);
}

test('coordinated-names: a span over "and" whose sides stand alone elsewhere is two names, each typed as alone', () => {
  assert.deepEqual(
    run('Harwick Aero and Velmont won the bid. Harwick Aero said so; Velmont in Lyon agreed.', [
      ['Harwick Aero and Velmont', 'organization'], ['Harwick Aero', 'organization'], ['Velmont', 'organization'],
    ]),
    ['Harwick Aero/organization', 'Velmont/organization', 'Harwick Aero/organization', 'Velmont/organization'],
  );
  assert.deepEqual(
    run('Talks in Ostrava and Brno ended. Ostrava hosted the first round and Brno the second.', [
      ['Ostrava and Brno', 'organization'], ['Ostrava', 'place'], ['Brno', 'place'],
    ]),
    ['Ostrava/place', 'Brno/place', 'Ostrava/place', 'Brno/place'],
  );
});

test('coordinated-names: must not fire when a side never stands alone, on a known name, on a person or on MISC-only sides', () => {
  // "Pellham" never stands alone
  assert.deepEqual(run('Pellham and Gorse rose. Gorse fell later.', [['Pellham and Gorse', 'organization'], ['Gorse', 'organization']]),
    ['Pellham and Gorse/organization', 'Gorse/organization']);
  // a gazetteer name with "and" in it
  assert.deepEqual(run('Bosnia and Herzegovina voted. Bosnia is a region and Herzegovina too.', [
    ['Bosnia and Herzegovina', 'place'], ['Bosnia', 'place'], ['Herzegovina', 'place'],
  ]), ['Bosnia and Herzegovina/place', 'Bosnia/place', 'Herzegovina/place']);
  // a person span
  assert.deepEqual(run('Tom and Jerry waved. Tom left, Jerry stayed.', [['Tom and Jerry', 'person'], ['Tom', 'person'], ['Jerry', 'person']]),
    ['Tom and Jerry/person', 'Tom/person', 'Jerry/person']);
  // sides seen only as the tagger's MISC
  assert.deepEqual(run('Nordic and Baltic Group met. Nordic firms and Baltic ones joined.', [
    ['Nordic and Baltic Group', 'organization'], ['Nordic', 'other'], ['Baltic', 'other'],
  ]), ['Nordic and Baltic Group/organization', 'Nordic/other', 'Baltic/other']);
});
