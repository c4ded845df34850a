/**
 * entities/portfolio-person: "Minister of Education Anna Berg" names the person; the portfolio
 * belongs to the role. Sentences are written for this test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../../src/model/annotations.js';
import { portfolioPersonRefiner } from '../../../src/nlp/entities/refiners/portfolio-person.js';
import { refineSpans } from './helpers.js';

function run(text: string, spans: [string, EntityType][]): string[] {
  return refineSpans(portfolioPersonRefiner, text, spans);
}

test('portfolio-person: the portfolio after "<title> of" is cut from the holder\'s name', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['The Minister of Education Anna Berg spoke.', [['Education Anna Berg', 'organization']], ['Anna Berg/person']],
    ['Then Secretary of the Interior Carl Holm agreed.', [['Interior Carl Holm', 'place']], ['Carl Holm/person']],
    ['Minister of Trade and Industry Helen Marsh left.', [['Trade and Industry Helen Marsh', 'organization']], ['Helen Marsh/person']],
    // a surname the report gives a person elsewhere
    ['Pia Osterberg arrived. Later the Minister of Culture Osterberg spoke.', [['Pia Osterberg', 'person'], ['Culture Osterberg', 'organization']],
      ['Pia Osterberg/person', 'Osterberg/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});

test('portfolio-person: must not fire without "<title> of" before, without a person after the portfolio, or on a person', () => {
  const cases: [string, [string, EntityType][], string[]][] = [
    ['The Bank of Education Anna Berg opened.', [['Education Anna Berg', 'organization']], ['Education Anna Berg/organization']],
    ['The Minister of Education Reform Bureau met.', [['Education Reform Bureau', 'organization']], ['Education Reform Bureau/organization']],
    ['The Minister of Anna Berg spoke.', [['Anna Berg', 'organization']], ['Anna Berg/organization']],
    ['Reporters of Education Anna Berg wrote.', [['Education Anna Berg', 'organization']], ['Education Anna Berg/organization']],
    ['The Minister of Education Anna Berg spoke.', [['Education Anna Berg', 'person']], ['Education Anna Berg/person']],
  ];
  for (const [text, spans, want] of cases) assert.deepEqual(run(text, spans), want, text);
});
