/** One entity per actor: each grouping rule, and the pairs that must stay apart. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText, entityNamed } from './helpers.js';
import { editDistance, translitKey } from '../../../src/nlp/entities/grouping/transliteration.js';
import { initials } from '../../../src/nlp/entities/grouping/acronym.js';

test('surname: a short form joins the full name and says why', () => {
  const doc = analyseText('Steve Witkoff arrived in Moscow on Thursday. Witkoff later met officials at the Kremlin.\n');
  const e = entityNamed(doc, 'Steve Witkoff');
  assert.ok(e);
  assert.deepEqual(e.aliases, ['Witkoff']);
  assert.equal(e.merges[0]?.rule, 'grouping/surname');
  assert.equal(doc.layers.mentions.filter((m) => m.entity === e.id).length, 2);
});

test('given name: "Andriy" alone joins the one person of that name; two Georges stay apart; a surname is read first', () => {
  const one = analyseText('Andriy Yermak resigned on Friday. "I am grateful to Andriy for his work," the president said.\n');
  const e = entityNamed(one, 'Andriy Yermak')!;
  assert.ok(e.aliases.includes('Andriy'), JSON.stringify(e));
  assert.ok(e.merges.some((m) => m.rule === 'grouping/given-name'));
  const two = analyseText('George Bush met George Soros in New York. George said nothing afterwards.\n');
  assert.ok(!entityNamed(two, 'George Bush')!.aliases.includes('George'));
  assert.ok(!entityNamed(two, 'George Soros')!.aliases.includes('George'));
  const surname = analyseText('Martin Short met Paul Martin in Ottawa. Later Martin spoke to reporters.\n');
  assert.ok(!entityNamed(surname, 'Martin Short')?.aliases.includes('Martin'), 'a word that ends a full name is that surname');
});

test('particles: "von der Leyen" and "De Wever" join their full names', () => {
  const doc = analyseText(
    'Ursula von der Leyen met Bart De Wever in Brussels. Afterwards von der Leyen said that De Wever had not changed his mind.\n',
  );
  assert.deepEqual(entityNamed(doc, 'Ursula von der Leyen')?.aliases, ['von der Leyen']);
  assert.deepEqual(entityNamed(doc, 'Bart De Wever')?.aliases, ['De Wever']);
});

test('acronym defined in brackets joins its long form', () => {
  const doc = analyseText(
    'Observers from the Organization for Security and Co-operation in Europe (OSCE) arrived on Monday. The OSCE said the ceasefire held.\n',
  );
  const e = entityNamed(doc, 'Organization for Security and Co-operation in Europe');
  assert.ok(e, 'long form found');
  assert.ok(e.aliases.includes('OSCE'), e.aliases.join(', '));
  assert.ok(e.merges.some((m) => m.rule === 'grouping/acronym'));
});

test('acronym by initials joins the one organisation it abbreviates', () => {
  assert.equal(initials('National Anti-Corruption Bureau of Ukraine'), 'NABU');
  const doc = analyseText('The European Central Bank kept its rates. Analysts expect the ECB to act in June.\n');
  assert.ok(entityNamed(doc, 'European Central Bank')?.aliases.includes('ECB'));
});

test('explicit alias: "X (alias Y)" is one actor', () => {
  const doc = analyseText('The exile Lev Bronstein (alias Leon Trotsky) wrote from Mexico.\n');
  const e = entityNamed(doc, 'Lev Bronstein');
  assert.ok(e && e.aliases.includes('Leon Trotsky'), JSON.stringify(doc.layers.entities.map((x) => [x.name, x.aliases])));
  assert.equal(e.merges[0]?.rule, 'grouping/alias');
});

test('diacritics: "Schröder" and "Schroder" are one name', () => {
  const doc = analyseText('Gerhard Schröder spoke first. Later Gerhard Schroder repeated his view.\n');
  const e = entityNamed(doc, 'Gerhard Schröder');
  assert.ok(e && e.aliases.includes('Gerhard Schroder'));
});

test('transliteration: the same family name with given-name variants joins', () => {
  const doc = analyseText('Dmitry Peskov said nothing. On Friday Dmitri Peskov denied the report.\n');
  const e = entityNamed(doc, 'Dmitry Peskov');
  assert.ok(e && e.aliases.includes('Dmitri Peskov'));
  assert.equal(e.merges[0]?.rule, 'grouping/transliteration');
});

test('misprint of a family name joins only with evidence (same section)', () => {
  const same = analyseText('Olena Kovalenko flew to Ankara. Olena Kovalanko then met her Turkish counterpart.\n');
  assert.ok(entityNamed(same, 'Olena Kovalenko')?.aliases.includes('Olena Kovalanko'));
  const apart = analyseText(
    'Olena Kovalenko flew to Ankara on Monday.\n\nA Different Matter\n\nOlena Kovalanko was not mentioned in the statement.\n',
  );
  const a = entityNamed(apart, 'Olena Kovalenko');
  const b = entityNamed(apart, 'Olena Kovalanko');
  assert.ok(a && b && a.id !== b.id, 'kept apart across sections without a shared role');
});

test('distinct people stay apart', () => {
  const doc = analyseText(
    'George Bush invaded Iraq, while George Soros funded charities. Donald Trump called Donald Tusk on Monday. ' +
      'Bush and Soros never met; Trump and Tusk spoke for an hour.\n',
  );
  const ids = ['George Bush', 'George Soros', 'Donald Trump', 'Donald Tusk'].map((n) => entityNamed(doc, n)?.id);
  assert.ok(ids.every((id) => id !== undefined), JSON.stringify(doc.layers.entities.map((x) => x.name)));
  assert.equal(new Set(ids).size, 4);
  assert.equal(entityNamed(doc, 'Bush')?.id, entityNamed(doc, 'George Bush')?.id);
  assert.equal(entityNamed(doc, 'Tusk')?.id, entityNamed(doc, 'Donald Tusk')?.id);
});

test('edit distance', () => {
  assert.equal(editDistance('umerov', 'umarov'), 1);
  assert.equal(editDistance('trump', 'tusk'), 3);
  assert.ok(editDistance('bush', 'soros', 2) > 2);
});

test('acronym: initials shared by two organisations join neither', () => {
  const doc = analyseText('The European Central Bank and the Electoral Commission of Belize disagreed. The ECB would not comment.\n');
  const ecb = entityNamed(doc, 'ECB');
  assert.ok(ecb, 'ECB found');
  assert.equal(ecb.name, 'ECB');
});

test('transliteration key: French and English spellings of one Russian name join; different names do not', () => {
  const doc = analyseText('Vladimir Putin spoke on Monday.\n\nLater Section\n\nIn Paris the daily wrote that Vladimir Poutine had refused.\n');
  const e = entityNamed(doc, 'Vladimir Putin');
  assert.ok(e && e.aliases.includes('Vladimir Poutine'), JSON.stringify(doc.layers.entities.map((x) => [x.name, x.aliases])));
  assert.ok(e.merges.some((m) => m.rule === 'grouping/transliteration'));
  assert.equal(translitKey('ouchakov'), translitKey('ushakov'));
  assert.notEqual(translitKey('trump'), translitKey('tusk'));
});

test('surname: a known place word joins a person only after that person\'s full name', () => {
  const after = analyseText('Valeska Paris told the court she was held for years. Paris said she was made to work.\n');
  assert.ok(entityNamed(after, 'Valeska Paris')?.aliases.includes('Paris'), JSON.stringify(after.layers.entities.map((e) => [e.name, e.type])));
  const before = analyseText('Talks opened in Paris on Monday. Later Valeska Paris told the court her story.\n');
  assert.equal(entityNamed(before, 'Paris')?.type, 'place');
  assert.ok(!entityNamed(before, 'Valeska Paris')?.aliases.includes('Paris'));
});

test('acronym defined in brackets with spaces inside them (tokenised text) joins its long form; a person\'s bracket does not', () => {
  const doc = analyseText('Shares fell on the Lakeside Commodity Exchange ( LCE ) on Friday . Anna Berg ( USA ) won the race .\n');
  const e = entityNamed(doc, 'Lakeside Commodity Exchange');
  assert.ok(e, 'long form found');
  assert.ok(e.aliases.includes('LCE'), e.aliases.join(', '));
  assert.ok(!doc.layers.entities.some((x) => x.aliases.includes('USA') && x.type === 'person'));
  assert.ok(!doc.layers.entities.some((x) => x.name === 'Anna Berg' && x.aliases.includes('USA')));
});

test('short name: "the Rada" joins the one organisation whose name ends in it; a common institution word does not', () => {
  const doc = analyseText('Rada Votes Again\n\nThe Verkhovna Rada extended martial law on Tuesday. The Rada also approved the budget, and the European Commission and the Council of Europe welcomed it. The Commission said more.\n');
  const rada = entityNamed(doc, 'Verkhovna Rada')!;
  assert.ok(rada.aliases.includes('Rada'), JSON.stringify(rada));
  assert.ok(rada.merges.some((m) => m.rule === 'grouping/short-name'));
  assert.ok(!entityNamed(doc, 'European Commission')?.aliases.includes('Commission'));
});

test('transliteration: given names whose transliteration keys differ by a letter join under one family name', () => {
  const doc = analyseText('Kyrylo Budanov was appointed on Friday. Russian media spell his name Kirill Budanov.\n');
  const e = entityNamed(doc, 'Kyrylo Budanov')!;
  assert.ok(e.aliases.includes('Kirill Budanov'), JSON.stringify(e.aliases));
  const two = analyseText('Kyrylo Budanov met Karina Budanov in Riga.\n');
  assert.ok(!entityNamed(two, 'Kyrylo Budanov')?.aliases.includes('Karina Budanov'));
});

test('roles: a predicate after an apposition is no role', () => {
  const doc = analyseText("Ukraine's chief negotiator, Rustem Umerov, remains secretary of the security council.\n");
  const e = entityNamed(doc, 'Rustem Umerov')!;
  assert.ok(!e.roles.some((r) => /remains/.test(r.title)), JSON.stringify(e.roles));
});

test('canonical name: a dateline\'s capitals give way to the form written in prose', () => {
  const doc = analyseText('MIAMI, Dec 21 (Harbour Wire) - Negotiators met in Miami on Saturday.\n');
  assert.ok(doc.layers.entities.some((e) => e.name === 'Miami'), doc.layers.entities.map((e) => e.name).join(', '));
});
