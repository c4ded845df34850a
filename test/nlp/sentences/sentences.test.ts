/**
 * Hard cases for sentence splitting in newspaper text, written by us. Each case lists the
 * sentences expected, in order, as they must appear in the text (trimmed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { makeDoc } from '../../helpers/doc.js';

interface Case { name: string; text: string; sentences: string[]; title?: string }

const CASES: Case[] = [
  { name: 'a wire dateline with a date and an agency', text: 'ODESA, Dec 1 (Harbour Wire) - Drones set fire to a grain terminal overnight.', sentences: ['ODESA, Dec 1 (Harbour Wire) -', 'Drones set fire to a grain terminal overnight.'] },
  { name: 'a wire dateline with an agency only', text: 'KYIV (Harbour Wire) -- The cabinet met on Monday.', sentences: ['KYIV (Harbour Wire) --', 'The cabinet met on Monday.'] },
  { name: 'a dateline with a state abbreviation', text: 'PALM BEACH, Fla. (Harbour Wire) — The two leaders met on Sunday.', sentences: ['PALM BEACH, Fla. (Harbour Wire) —', 'The two leaders met on Sunday.'] },
  { name: 'NEG a dash aside is no dateline', text: 'The talks in Geneva - the first in months - went well.', sentences: ['The talks in Geneva - the first in months - went well.'] },
  { name: 'a.m. before a capitalised name', text: 'The council president spoke at about 3 a.m. Belgian Prime Minister Anna Berg spoke next.', sentences: ['The council president spoke at about 3 a.m.', 'Belgian Prime Minister Anna Berg spoke next.'] },
  { name: 'NEG a.m. before a day or a zone', text: 'The talks resumed at 9 a.m. Monday and ended at 6 p.m. Moscow time.', sentences: ['The talks resumed at 9 a.m. Monday and ended at 6 p.m. Moscow time.'] },
  { name: 'plain two sentences', text: 'The envoys met in Geneva. They talked for six hours.', sentences: ['The envoys met in Geneva.', 'They talked for six hours.'] },
  { name: 'U.S. mid-sentence before a capitalised noun', text: 'The U.S. Treasury froze the accounts on Sunday.', sentences: ['The U.S. Treasury froze the accounts on Sunday.'] },
  { name: 'U.S. at the end of a sentence', text: 'The draft was written in the U.S. It reached Europe later.', sentences: ['The draft was written in the U.S.', 'It reached Europe later.'] },
  { name: 'Gen. title', text: 'Gen. Petr Pavel spoke first. Others followed.', sentences: ['Gen. Petr Pavel spoke first.', 'Others followed.'] },
  { name: 'Lt. Col. double title', text: 'Lt. Col. Anna Berg led the unit. It withdrew at dawn.', sentences: ['Lt. Col. Anna Berg led the unit.', 'It withdrew at dawn.'] },
  { name: 'a.m. inside a sentence', text: 'The search began at 6 a.m. on Friday and ended at noon.', sentences: ['The search began at 6 a.m. on Friday and ended at noon.'] },
  { name: 'p.m. ending a sentence', text: 'The call ended at 9 p.m. The statement came an hour later.', sentences: ['The call ended at 9 p.m.', 'The statement came an hour later.'] },
  { name: 'No. 10', text: 'Reporters waited outside No. 10 for the prime minister. He did not appear.', sentences: ['Reporters waited outside No. 10 for the prime minister.', 'He did not appear.'] },
  { name: 'party-state abbreviation in brackets', text: 'Senator Ruth Calder (R-S.C.) backed the bill. Two colleagues opposed it.', sentences: ['Senator Ruth Calder (R-S.C.) backed the bill.', 'Two colleagues opposed it.'] },
  { name: 'footnote marker after the period', text: 'The plan was drafted in Florida. [1] It leaked a week later.', sentences: ['The plan was drafted in Florida. [1]', 'It leaked a week later.'] },
  { name: 'two footnote markers after the period', text: 'The assets stay frozen. [2] [3] Brussels insists on it.', sentences: ['The assets stay frozen. [2] [3]', 'Brussels insists on it.'] },
  { name: 'footnote marker before the period stays inside', text: 'The plan was drafted in Florida [1]. It leaked a week later.', sentences: ['The plan was drafted in Florida [1].', 'It leaked a week later.'] },
  { name: 'heading line is its own sentence', text: 'The Geneva Round\n\nThe delegations met on Sunday. They met again on Monday.', sentences: ['The Geneva Round', 'The delegations met on Sunday.', 'They met again on Monday.'] },
  { name: 'quote with he said after', text: '“We will not give up an inch,” he said. The room fell silent.', sentences: ['“We will not give up an inch,” he said.', 'The room fell silent.'] },
  { name: 'question inside a quote followed by lower case', text: '“Who wrote this plan?” asked a senator. Nobody answered.', sentences: ['“Who wrote this plan?” asked a senator.', 'Nobody answered.'] },
  { name: 'exclamation inside a quote then said', text: '"Enough!" she shouted at the press. The doors closed.', sentences: ['"Enough!" she shouted at the press.', 'The doors closed.'] },
  { name: 'period inside closing quote', text: 'He called the leak “fake.” Then he left.', sentences: ['He called the leak “fake.”', 'Then he left.'] },
  { name: 'quote spanning two sentences', text: 'She wrote: “We are ready. We are not naive.” The letter was short.', sentences: ['She wrote: “We are ready.', 'We are not naive.”', 'The letter was short.'] },
  { name: 'guillemets', text: 'Il a dit : « Nous sommes prêts. » Puis il est parti.', sentences: ['Il a dit : « Nous sommes prêts. »', 'Puis il est parti.'] },
  { name: 'initials in a name', text: 'J. D. Vance was not in Geneva. He stayed in Washington.', sentences: ['J. D. Vance was not in Geneva.', 'He stayed in Washington.'] },
  { name: 'middle initial', text: 'John F. Kennedy is often quoted by diplomats. Few read him.', sentences: ['John F. Kennedy is often quoted by diplomats.', 'Few read him.'] },
  { name: 'Mr. and Mrs.', text: 'Mr. Yermak and Mrs. Svyrydenko were both in Kyiv. Neither spoke.', sentences: ['Mr. Yermak and Mrs. Svyrydenko were both in Kyiv.', 'Neither spoke.'] },
  { name: 'Dr. title', text: 'Dr. Friis wrote the scenarios. They were published in Oslo.', sentences: ['Dr. Friis wrote the scenarios.', 'They were published in Oslo.'] },
  { name: 'month abbreviation before a day', text: 'The deadline is Nov. 27 according to the draft. Kyiv asked for more time.', sentences: ['The deadline is Nov. 27 according to the draft.', 'Kyiv asked for more time.'] },
  { name: 'decimal number', text: 'The fund holds 3.5 billion euros. It is managed in Belgium.', sentences: ['The fund holds 3.5 billion euros.', 'It is managed in Belgium.'] },
  { name: 'ellipsis then capital', text: 'The talks went on… The result was thin.', sentences: ['The talks went on…', 'The result was thin.'] },
  { name: 'ellipsis then lower case', text: 'The talks went on... and on into the night.', sentences: ['The talks went on... and on into the night.'] },
  { name: 'colon-introduced list on the next line', text: 'The call was held with the participation of:\nthe French and Finnish presidents, and the Polish prime minister.', sentences: ['The call was held with the participation of:\nthe French and Finnish presidents, and the Polish prime minister.'] },
  { name: 'colon-introduced list with dashes', text: 'Three points stayed open:\n- the army size,\n- the frozen assets.', sentences: ['Three points stayed open:\n- the army size,\n- the frozen assets.'] },
  { name: 'wrapped lines are not boundaries', text: 'The delegation that travelled to Florida on Sunday was led by\nthe secretary of the security council, who had returned from Qatar.', sentences: ['The delegation that travelled to Florida on Sunday was led by\nthe secretary of the security council, who had returned from Qatar.'] },
  { name: 'one sentence per line layout', text: 'KYIV 2025-11-28\nInvestigators searched the apartment of a senior aide .\nThe aide resigned the same day .', sentences: ['KYIV 2025-11-28', 'Investigators searched the apartment of a senior aide .', 'The aide resigned the same day .'] },
  { name: 'headline line above the first sentence', text: 'Talks Resume In Geneva\nNegotiators from both sides met again on Monday.', sentences: ['Talks Resume In Geneva', 'Negotiators from both sides met again on Monday.'] },
  { name: 'question mark', text: 'Who benefits from the plan? The answer is not obvious.', sentences: ['Who benefits from the plan?', 'The answer is not obvious.'] },
  { name: 'sentence ending in a closing bracket', text: 'The summit ended early (as expected.) Delegates flew home.', sentences: ['The summit ended early (as expected.)', 'Delegates flew home.'] },
  { name: 'etc. followed by a sentence opener', text: 'They discussed assets, borders, elections, etc. The list was long.', sentences: ['They discussed assets, borders, elections, etc.', 'The list was long.'] },
  { name: 'etc. mid-sentence', text: 'Weapons, radars, missiles etc. were on the list of the contract.', sentences: ['Weapons, radars, missiles etc. were on the list of the contract.'] },
  { name: 'Inc. in a company name', text: 'Affinity Partners Inc. was mentioned twice. Its founder declined to comment.', sentences: ['Affinity Partners Inc. was mentioned twice.', 'Its founder declined to comment.'] },
  { name: 'sentence starting with a number', text: 'The plan had 28 points. 19 of them survived in Geneva.', sentences: ['The plan had 28 points.', '19 of them survived in Geneva.'] },
  { name: 'sentence starting with a quote', text: 'The draft was ready. “It is a good start,” an official said.', sentences: ['The draft was ready.', '“It is a good start,” an official said.'] },
  { name: 'non-breaking space before a marker', text: 'He explained it last week\u00a0[1]: nothing has changed. The rest followed.', sentences: ['He explained it last week\u00a0[1]: nothing has changed.', 'The rest followed.'] },
  { name: 'title of the report as the first line', title: 'Why Did The Talks Stall?', text: 'Why Did The Talks Stall?\n\nThe envoys went home. Nobody signed.', sentences: ['Why Did The Talks Stall?', 'The envoys went home.', 'Nobody signed.'] },
  { name: 'E.U. abbreviation mid-sentence', text: 'The E.U. Commission chief called Kyiv on Sunday.', sentences: ['The E.U. Commission chief called Kyiv on Sunday.'] },
  { name: 'St. in a place name', text: 'They met in St. Petersburg in June. The meeting was brief.', sentences: ['They met in St. Petersburg in June.', 'The meeting was brief.'] },
  { name: 'Sen. title', text: 'Sen. Marco Rubio led the delegation. He later became secretary of state.', sentences: ['Sen. Marco Rubio led the delegation.', 'He later became secretary of state.'] },
  { name: 'notes entries are one sentence each', text: 'The plan leaked. [1]\n\n[1] “The plan”, by A. Writer, Some Outlet, 20 November 2025.', sentences: ['The plan leaked. [1]', '[1] “The plan”, by A. Writer, Some Outlet, 20 November 2025.'] },
];

for (const c of CASES) {
  test(`sentences: ${c.name}`, () => {
    const doc = runStages(makeDoc(c.text, c.title ? { title: c.title } : {}), SPINE_STAGES);
    const got = doc.layers.sentences.map((s) => doc.slice(s));
    assert.deepEqual(got, c.sentences);
  });
}

test('sentences: spans are sorted, non-overlapping and inside the text', () => {
  const text = CASES.map((c) => c.text).join('\n\n');
  const doc = runStages(makeDoc(text), SPINE_STAGES);
  let last = 0;
  for (const s of doc.layers.sentences) {
    assert.ok(s.start >= last && s.end > s.start && s.end <= text.length);
    last = s.end;
  }
});

test('sentences: at least 40 hard cases are covered', () => {
  assert.ok(CASES.length >= 40);
});
