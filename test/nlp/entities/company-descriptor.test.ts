/**
 * entities/company-descriptor: a name right after a kind of business ("airline", "carmaker") is
 * an organisation. Sentences and most company names are made up for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/model/annotations.js';
import { companyDescriptorRefiner } from '../../../src/nlp/entities/refiners/company-descriptor.js';
import { analyseText, refineSpans } from './helpers.js';

function run(text: string, spans: [string, EntityType][]): string[] {
  return refineSpans(companyDescriptorRefiner, text, spans);
}

test('company-descriptor: a name after a kind of business is an organisation, and so are its other uses read as a person', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['The low-cost airline Skyvane cut fares. Skyvane said demand rose.', [['Skyvane', 'person'], ['Skyvane', 'person']],
      ['Skyvane/organization', 'Skyvane/organization']],
    ['Norwegian carmaker Valdrum Motors opened a plant.', [['Valdrum Motors', 'place']], ['Valdrum Motors/organization']],
    ['The regional airline, Tarnair, said it would grow.', [['Tarnair', 'person']], ['Tarnair/organization']],
    // the first use already right: the later person reading still follows it
    ['The chipmaker Orvanta hired staff. Orvanta Holt declined.', [['Orvanta', 'organization'], ['Orvanta', 'person']],
      ['Orvanta/organization', 'Orvanta/organization']],
    ['The national flag carrier Brevia flew on.', [['Brevia', 'place']], ['Brevia/organization']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});

test('company-descriptor: must not fire on people, places, ships, MISC or names after other words', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    // a known given name opens the name
    ['The firm Maria Lund founded grew fast.', [['Maria Lund', 'person']], ['Maria Lund/person']],
    // the surname of a full name in the report
    ['Peter Harrow spoke. The company Harrow built is large.', [['Peter Harrow', 'person'], ['Harrow', 'person']],
      ['Peter Harrow/person', 'Harrow/person']],
    // a known place
    ['The airline Canada approved is new.', [['Canada', 'place']], ['Canada/place']],
    // a warship
    ['The aircraft carrier Resolute sailed.', [['Resolute', 'person']], ['Resolute/person']],
    // the tagger's MISC
    ['The consulting firm North Atlantic Advisers grew.', [['North Atlantic', 'other']], ['North Atlantic/other']],
    // the comma variant without a closing comma
    ['We asked the company, Dunmore said.', [['Dunmore', 'person']], ['Dunmore/person']],
    // a capitalised word, a role or another noun before the name
    ['The Airline Brevik flew. The company founder Brevik spoke.', [['Brevik', 'person'], ['Brevik', 'person']],
      ['Brevik/person', 'Brevik/person']],
    // a line break between the noun and the name
    ['He joined the company\nMarten Vos spoke.', [['Marten Vos', 'person']], ['Marten Vos/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});

test('company-descriptor: in the whole stage an airline named after the noun is one organisation', () => {
  const doc = analyseText('Irish low-cost airline Skyvane ordered ten jets on Monday. Skyvane said the jets would arrive in 2030.\n');
  const e = doc.layers.entities.find((x) => x.name === 'Skyvane');
  assert.equal(e?.type, 'organization', JSON.stringify(doc.layers.entities.map((x) => [x.name, x.type])));
});
