/** Reference entries as real pages garble them; every entry here is written by us. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEntry } from '../../../src/nlp/citations/parse-entry.js';
import { findEntryDate } from '../../../src/nlp/citations/entry-date.js';

interface Case { entry: string; title?: string | null; authors?: string[]; translators?: string[]; publisher?: string | null; date?: string | null; url?: string | null }

const CASES: Case[] = [
  { entry: '“Geneva After the Storm”, by Ada Lind, Harbour Gazette, 24 November 2025.', title: 'Geneva After the Storm', authors: ['Ada Lind'], publisher: 'Harbour Gazette', date: '2025-11-24' },
  { entry: 'Geneva After the Storm”, by Ada Lind, Translation Piet Vos, Harbour Gazette, 24 November 2025.', title: 'Geneva After the Storm', authors: ['Ada Lind'], translators: ['Piet Vos'], publisher: 'Harbour Gazette', date: '2025-11-24' },
  { entry: '«Frozen Money, Hot Words», Lena Ortiz, Marc Dupuis and Sam Reyes, Northern Ledger, December 3, 2025.', title: 'Frozen Money, Hot Words', authors: ['Lena Ortiz', 'Marc Dupuis', 'Sam Reyes'], publisher: 'Northern Ledger', date: '2025-12-03' },
  { entry: '« La paix à tout prix », par Jeanne Morel, Traduction Alex Brun, Le Courrier du Soir, 26 novembre 2025.', title: 'La paix à tout prix', authors: ['Jeanne Morel'], translators: ['Alex Brun'], publisher: 'Le Courrier du Soir', date: '2025-11-26' },
  { entry: '"The Envoy and the Oligarch", Meridian Daily, 12 août 2015.', title: 'The Envoy and the Oligarch', authors: [], publisher: 'Meridian Daily', date: '2015-08-12' },
  { entry: 'Kyiv Wire staff, "Search at dawn", Kyiv Wire, 28 November 2025, https://example.org/kyiv/search-at-dawn.', title: null, publisher: 'Kyiv Wire', date: '2025-11-28', url: 'https://example.org/kyiv/search-at-dawn' },
  { entry: 'Scenarios for the war, Ola Berg & Kari Holm, Polar Institute & Institute of Northern Affairs, November 28, 2025.', title: 'Scenarios for the war', authors: ['Ola Berg', 'Kari Holm'], publisher: 'Institute of Northern Affairs', date: '2025-11-28' },
  { entry: '„Die Verhandlungen“, von Karl Weber, Die Abendpost, 3. Dezember 2025.', title: 'Die Verhandlungen', authors: ['Karl Weber'], publisher: 'Die Abendpost', date: '2025-12-03' },
  { entry: '“La trattativa”, di Marco Neri, Il Corriere del Porto, 1 dicembre 2025.', title: 'La trattativa', authors: ['Marco Neri'], publisher: 'Il Corriere del Porto', date: '2025-12-01' },
  { entry: '“Sin acuerdo”, por Ana Gil, El Diario del Sur, 2 de diciembre de 2025.', title: 'Sin acuerdo', authors: ['Ana Gil'], publisher: 'El Diario del Sur', date: '2025-12-02' },
];

for (const c of CASES) {
  test(`parse-entry: ${c.entry.slice(0, 50)}`, () => {
    const got = parseEntry(c.entry);
    if (c.title !== undefined && c.title !== null) assert.equal(got.title, c.title);
    if (c.authors !== undefined) assert.deepEqual(got.authors, c.authors);
    if (c.translators !== undefined) assert.deepEqual(got.translators, c.translators);
    if (c.publisher !== undefined) assert.equal(got.publisher, c.publisher);
    if (c.date !== undefined) assert.equal(got.date, c.date);
    if (c.url !== undefined) assert.equal(got.url, c.url);
  });
}

test('entry-date: takes the last full date and refuses impossible days', () => {
  assert.equal(findEntryDate('first seen 1 May 2024, updated 2 June 2024')?.value, '2024-06-02');
  assert.equal(findEntryDate('31 November 2025'), null);
  assert.equal(findEntryDate('November 2025'), null);
  assert.equal(findEntryDate('1er décembre 2025')?.value, '2025-12-01');
});
