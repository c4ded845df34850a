/**
 * Rules added for mixed-case news prose: names the tagger cuts or joins wrongly. Sentences are
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eastAsianNamesExtractor } from '../../../src/nlp/entities/extractors/east-asian-names.js';
import { candidate, type Candidate } from '../../../src/nlp/entities/candidate.js';
import type { Document } from '../../../src/model/document.js';
import { analyseText, mentionTexts } from './helpers.js';

/** A test candidate over the first occurrence of `t` in the report. */
function candidateAt(doc: Document, t: string, type: Candidate['type']): Candidate {
  const start = doc.text.indexOf(t);
  assert.ok(start >= 0, t);
  return candidate({ start, end: start + t.length, type, rule: 'test', confidence: 0.9, zone: 'body' });
}

test('east-asian-names: a known family name and a hyphenated given name are one person', () => {
  const doc = analyseText('The councillor Chan Siu-ming met Lee Min-ho and Park Ji-Sung in Kowloon on Monday.\n');
  const found = eastAsianNamesExtractor.extract(doc).map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
  assert.deepEqual(found, ['Chan Siu-ming/person', 'Lee Min-ho/person', 'Park Ji-Sung/person']);
  assert.ok(mentionTexts(doc).includes('Chan Siu-ming/person'));
});

test('east-asian-names: an unknown first word or an unhyphenated name is left to the tagger', () => {
  const doc = analyseText('The Coca-Cola deal and the Anglo Saxon-era finds were on show in Paris. New Year-end sales and Big Bang-era stars, Sino-Soviet ties, a Cross-border raid.\n');
  assert.deepEqual(eastAsianNamesExtractor.extract(doc), []);
});

test('east-asian-names: a family name the lists do not know, when every part reads as a romanised syllable', () => {
  const doc = analyseText('Roh Jae-in spoke after Sze Kwai-lun and Tsai Ing-wen.\n');
  const found = eastAsianNamesExtractor.extract(doc).map((c) => doc.text.slice(c.start, c.end));
  assert.deepEqual(found, ['Roh Jae-in', 'Sze Kwai-lun', 'Tsai Ing-wen']);
});

test('org-link: "... Foundation for the ..." and "... Council on ..." join into one organisation', async () => {
  const { orgLinkRefiner } = await import('../../../src/nlp/entities/refiners/org-link.js');
  const doc = analyseText('Money came from the Harlow Foundation for the Performing Arts and from Mary Brown for the Trust.\n');
  const at = (t: string, type: 'organization' | 'person') => candidateAt(doc, t, type);
  const out = orgLinkRefiner.refine(doc, [at('Harlow Foundation', 'organization'), at('Performing Arts', 'organization'), at('Mary Brown', 'person'), at('Trust', 'organization')]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), ['Harlow Foundation for the Performing Arts/organization', 'Mary Brown/person', 'Trust/organization']);
});

test('org-link: a lone institution word before "for the" joins the name the tagger found after it', async () => {
  const { orgLinkRefiner } = await import('../../../src/nlp/entities/refiners/org-link.js');
  const doc = analyseText('Figures from the Institute for the Study of Conflict were cited by Anna Berg for the Herald.\n');
  const at = (t: string, type: 'organization' | 'person') => candidateAt(doc, t, type);
  const out = orgLinkRefiner.refine(doc, [at('Study of Conflict', 'organization'), at('Anna Berg', 'person'), at('Herald', 'organization')]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), ['Institute for the Study of Conflict/organization', 'Anna Berg/person', 'Herald/organization']);
});

test('given-name-person: a two-word name ending in a Chinese or Korean family name is a person; English words are not', async () => {
  const { givenNamePersonRefiner } = await import('../../../src/nlp/entities/refiners/given-name-person.js');
  const doc = analyseText('Bonita Cheung met Marvel Tsang after the Million Man rally at Harvard Law and the Shanghai Tower.\n');
  const at = (t: string, type: 'organization' | 'place') => candidateAt(doc, t, type);
  const out = givenNamePersonRefiner.refine(doc, [at('Bonita Cheung', 'organization'), at('Marvel Tsang', 'place'), at('Million Man', 'organization'), at('Harvard Law', 'organization'), at('Shanghai Tower', 'place')]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), ['Bonita Cheung/person', 'Marvel Tsang/person', 'Million Man/organization', 'Harvard Law/organization', 'Shanghai Tower/place']);
});

test('given-name-person: a given name + surname read as an organisation is a person, institutions are not', async () => {
  const { givenNamePersonRefiner } = await import('../../../src/nlp/entities/refiners/given-name-person.js');
  const doc = analyseText('Gladys Marsh spoke for Trevor Bell College and Georgia Smith at Victoria Falls.\n');
  const at = (t: string, type: 'organization' | 'place') => candidateAt(doc, t, type);
  const out = givenNamePersonRefiner.refine(doc, [at('Gladys Marsh', 'organization'), at('Trevor Bell College', 'organization'), at('Georgia Smith', 'place'), at('Victoria Falls', 'place')]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), ['Gladys Marsh/person', 'Trevor Bell College/organization', 'Georgia Smith/place', 'Victoria Falls/place']);
});

test('coordination and person-of: a run over "and" or a person "of" a body is split', async () => {
  const { coordinationRefiner } = await import('../../../src/nlp/entities/refiners/coordination.js');
  const { personOfRefiner } = await import('../../../src/nlp/entities/refiners/person-of.js');
  const doc = analyseText('Votes went to the Green Party and Mary Tate of the Civic Alliance, not to Trinidad and Tobago or Bank of England.\n');
  const at = (t: string, type: 'organization' | 'place') => candidateAt(doc, t, type);
  const show = (cs: { start: number; end: number; type: string }[]) => cs.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`);
  const split = coordinationRefiner.refine(doc, [at('Green Party and Mary Tate of the Civic Alliance', 'organization'), at('Trinidad and Tobago', 'place'), at('Bank of England', 'organization')]);
  assert.deepEqual(show(split), ['Green Party/organization', 'Mary Tate of the Civic Alliance/person', 'Trinidad and Tobago/place', 'Bank of England/organization']);
  const bodies = personOfRefiner.refine(doc, split);
  assert.deepEqual(show(bodies), ['Green Party/organization', 'Mary Tate/person', 'Civic Alliance/organization', 'Trinidad and Tobago/place', 'Bank of England/organization']);
});

test('prefixed-person: a body run into a person is split, an unknown word before a given name is left alone', async () => {
  const { prefixedPersonRefiner } = await import('../../../src/nlp/entities/refiners/prefixed-person.js');
  const { candidate } = await import('../../../src/nlp/entities/candidate.js');
  const doc = analyseText('Refugee Board Mary Tate and the San Diego Padres visited the Mary Rose Hospital.\n');
  const at = (t: string) => {
    const start = doc.text.indexOf(t);
    return candidate({ start, end: start + t.length, type: 'organization', rule: 'test', confidence: 0.9, zone: 'body' });
  };
  const out = prefixedPersonRefiner.refine(doc, [at('Refugee Board Mary Tate'), at('San Diego Padres'), at('Mary Rose Hospital')]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), ['Refugee Board/organization', 'Mary Tate/person', 'San Diego Padres/organization', 'Mary Rose Hospital/organization']);
});

test('prefixed-person runs after role-split: a body, a title and a person keep the title as a role', () => {
  const doc = analyseText('US Army Secretary Dan Brown visited the Lincoln Memorial on Monday.\n');
  const ms = mentionTexts(doc);
  assert.ok(ms.includes('US Army/organization'), ms.join(', '));
  assert.ok(ms.includes('Dan Brown/person'), ms.join(', '));
  assert.ok(ms.includes('Lincoln Memorial/place'), ms.join(', '));
});

test('national-body: a nationality word joins the state body named after it, not a modifier phrase', async () => {
  const { nationalBodyRefiner } = await import('../../../src/nlp/entities/refiners/national-body.js');
  const { candidate } = await import('../../../src/nlp/entities/candidate.js');
  const doc = analyseText('The Danish Ministry of Fisheries and the Dutch Foreign Office met the Swedes Council.\n');
  const at = (t: string) => {
    const start = doc.text.indexOf(t);
    return candidate({ start, end: start + t.length, type: 'organization', rule: 'test', confidence: 0.9, zone: 'body' });
  };
  const out = nationalBodyRefiner.refine(doc, [at('Ministry of Fisheries'), at('Foreign Office'), at('Council')]);
  assert.deepEqual(out.map((c) => doc.text.slice(c.start, c.end)), ['Danish Ministry of Fisheries', 'Foreign Office', 'Council']);
});

test('gazetteer: an entry with a possessive is found where the tokenizer splits the "\'s" off', () => {
  const doc = analyseText("Officers of the People's Liberation Army arrived in the port on Sunday.\n");
  assert.ok(mentionTexts(doc).includes("People's Liberation Army/organization"), mentionTexts(doc).join(', '));
});

test('trim: a person read on into a capitalised preposition ends before it', async () => {
  const { trimRefiner } = await import('../../../src/nlp/entities/refiners/trim.js');
  const { candidate } = await import('../../../src/nlp/entities/candidate.js');
  const doc = analyseText('Ann Lee In the West district won, as did Tom Hale.\n');
  const t = 'Ann Lee In the West';
  const out = trimRefiner.refine(doc, [candidate({ start: 0, end: t.length, type: 'person', rule: 'test', confidence: 0.9, zone: 'body' })]);
  assert.deepEqual(out.map((c) => doc.text.slice(c.start, c.end)), ['Ann Lee']);
});

test('place-body: a place followed by institution words no other name holds is one organisation', async () => {
  const { placeBodyRefiner } = await import('../../../src/nlp/entities/refiners/place-body.js');
  const { candidate } = await import('../../../src/nlp/entities/candidate.js');
  const cases: [string, [string, 'place' | 'person' | 'organization'][], string[]][] = [
    ['The US Army Secretary spoke.', [['US', 'place']], ['US Army/organization']],
    ['Members of the Lviv City Council voted.', [['Lviv', 'place']], ['Lviv City Council/organization']],
    ['The Texas Senate passed it.', [['Texas', 'place']], ['Texas Senate/organization']],
    // must not fire: a role word, a lower-case word, a word another name holds, no institution word, not a place
    ['In Ohio Governor Mary Tate spoke.', [['Ohio', 'place']], ['Ohio/place']],
    ['In Ohio police said so.', [['Ohio', 'place']], ['Ohio/place']],
    ['In Paris Lyon Council members met.', [['Paris', 'place'], ['Lyon Council', 'organization']], ['Paris/place', 'Lyon Council/organization']],
    ['From Kyiv Tuesday Morning it came.', [['Kyiv', 'place']], ['Kyiv/place']],
    ['Mary Tate Foundation staff met.', [['Mary Tate', 'person']], ['Mary Tate/person']],
  ];
  for (const [text, spans, want] of cases) {
    const doc = analyseText(`${text}\n`);
    const cs = spans.map(([t, type]) => {
      const start = doc.text.indexOf(t);
      return candidate({ start, end: start + t.length, type, rule: 'test', confidence: 0.9, zone: 'body' });
    });
    const out = placeBodyRefiner.refine(doc, cs);
    assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), want, text);
  }
});

test('figure-surnames: a public figure\'s surname alone is proposed, other words are not', async () => {
  const { figureSurnamesExtractor, FIGURE_SURNAMES } = await import('../../../src/nlp/entities/extractors/figure-surnames.js');
  const cases: [string, string[]][] = [
    ['They want Macron to call Merz before Friday.', ['Macron', 'Merz']],
    ['Putin said nothing.', ['Putin']],
    // must not fire: lower-case, a surname that is also a given name, a short surname, an unknown name
    ['The merz and putin words are lower-case here.', []],
    ['Pavel and Xi spoke to Smith.', []],
  ];
  for (const [text, want] of cases) {
    const doc = analyseText(`${text}\n`);
    assert.deepEqual(figureSurnamesExtractor.extract(doc).map((c) => `${doc.text.slice(c.start, c.end)}`), want, text);
  }
  assert.ok(!FIGURE_SURNAMES.has('pavel') && !FIGURE_SURNAMES.has('xi') && FIGURE_SURNAMES.has('putin'));
});

test('person-of: a person "for" a body is split too, not a body whose own name has "for"', async () => {
  const { personOfRefiner } = await import('../../../src/nlp/entities/refiners/person-of.js');
  const doc = analyseText('Mary Tate for the Civic Alliance spoke; the Jane Hale Institute for Peace and the Bank for Northern Trade did not, nor did Carl Berg for Ostmark.\n');
  const at = (t: string, type: 'organization' | 'place' | 'person') => candidateAt(doc, t, type);
  const out = personOfRefiner.refine(doc, [
    at('Mary Tate for the Civic Alliance', 'organization'), at('Jane Hale Institute for Peace', 'organization'),
    at('Bank for Northern Trade', 'organization'), at('Carl Berg for Ostmark', 'person'),
  ]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), [
    'Mary Tate/person', 'Civic Alliance/organization', 'Jane Hale Institute for Peace/organization',
    'Bank for Northern Trade/organization', 'Carl Berg for Ostmark/person',
  ]);
});

test('prefixed-person: one "-ist" word before a person describes them and is cut; other unknown words are left alone', async () => {
  const { prefixedPersonRefiner } = await import('../../../src/nlp/entities/refiners/prefixed-person.js');
  const { candidate } = await import('../../../src/nlp/entities/candidate.js');
  const doc = analyseText('A video featuring Socialist Mary Tate, a talk by Harvest Mary Tate and the Bristol Twist Anna Berg show.\n');
  const at = (t: string) => {
    const start = doc.text.indexOf(t);
    return candidate({ start, end: start + t.length, type: 'organization', rule: 'test', confidence: 0.9, zone: 'body' });
  };
  const out = prefixedPersonRefiner.refine(doc, [at('Socialist Mary Tate'), at('Harvest Mary Tate'), at('Bristol Twist Anna Berg')]);
  assert.deepEqual(out.map((c) => `${doc.text.slice(c.start, c.end)}/${c.type}`), [
    'Mary Tate/person', 'Harvest Mary Tate/organization', 'Bristol Twist Anna Berg/organization',
  ]);
});
