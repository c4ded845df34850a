/**
 * The attribution stage over sentences written by us (facts may be real, the sentences are
 * ours). Each case runs the spine (structure, sentences, citations) and the attribution stage
 * alone, so it does not depend on the entities stage: speakers and sources are then the
 * stage's own entities, named after the phrase. A case lists the quotes it must produce (all
 * of them, in order, with the speaker's name), claims that must be among its claims, and what
 * must not be there (scare quotes and titles are not speech; "likely voters" is not speculation).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Modality } from '../../../src/model/annotations.js';
import type { Document } from '../../../src/model/document.js';
import { runStages } from '../../../src/nlp/pipeline.js';
import { SPINE_STAGES } from '../../../src/nlp/stages.js';
import { attributionStage } from '../../../src/nlp/attribution/index.js';
import { timeStage } from '../../../src/nlp/time/index.js';
import { makeDoc } from '../../helpers/doc.js';

interface QuoteWant { text: string; speaker: string | null }
interface ClaimWant {
  contains: string;
  modality?: Modality;
  /** Name of the source entity, or null for none. */
  source?: string | null;
  speaker?: string | null;
  cue?: string;
  citations?: string[];
  /** The chain as role:entity-name ('-' for none), in order. */
  chain?: string[];
}
interface Case {
  name: string;
  text: string;
  /** The exact list of quotes (omit to not check). */
  quotes?: QuoteWant[];
  claims?: ClaimWant[];
  /** No claim's content may contain this text (with this modality, when given). */
  noClaim?: { contains: string; modality?: Modality }[];
  /** No claim may have this cue. */
  noCue?: string[];
  /** Run the time stage first (cases about dates after the cue). */
  withTime?: boolean;
}

const CASES: Case[] = [
  // ---- quotes: every form
  { name: 'X said: "…" (straight marks)', text: 'Rubio said: "We made tremendous progress today."', quotes: [{ text: 'We made tremendous progress today.', speaker: 'Rubio' }] },
  { name: '“…,” X said (curly marks)', text: '“The draft is a basis for talks,” Merz said.', quotes: [{ text: 'The draft is a basis for talks,', speaker: 'Merz' }] },
  { name: '“…,” said X', text: '“Nothing is agreed until everything is agreed,” said Kaja Kallas.', quotes: [{ text: 'Nothing is agreed until everything is agreed,', speaker: 'Kaja Kallas' }] },
  { name: 'X wrote: “…”', text: 'Zelensky wrote: “Ukraine will never accept a peace imposed on it.”', quotes: [{ text: 'Ukraine will never accept a peace imposed on it.', speaker: 'Zelensky' }] },
  { name: 'X said, “…” (comma, no colon)', text: 'Peskov said, “The Kremlin has not seen the text.”', quotes: [{ text: 'The Kremlin has not seen the text.', speaker: 'Peskov' }] },
  { name: 'X told reporters “…”', text: 'Witkoff told reporters “We are closer than ever before.”', quotes: [{ text: 'We are closer than ever before.', speaker: 'Witkoff' }] },
  { name: '«guillemets» after a colon', text: 'Lavrov replied: «The plan does not address the root causes.»', quotes: [{ text: 'The plan does not address the root causes.', speaker: 'Lavrov' }] },
  { name: "doubled apostrophes ''…''", text: "''We are not there yet,'' Umerov said after the meeting.", quotes: [{ text: 'We are not there yet,', speaker: 'Umerov' }] },
  { name: "doubled apostrophes before an inverted verb", text: "''This is not reform,'' said Anna Berg, an economist at the institute.", quotes: [{ text: 'This is not reform,', speaker: 'Anna Berg' }] },
  { name: '“said as” is a reporting verb with an adjunct, not a naming', text: '“We will march until they listen,” Olena Petrenko, 25, said as she walked.', quotes: [{ text: 'We will march until they listen,', speaker: 'Olena Petrenko' }] },
  { name: 'a document as the speaker: “…,” the letter reads.', text: '“We ask you to reconsider the vote,” the letter reads.', quotes: [{ text: 'We ask you to reconsider the vote,', speaker: 'the letter' }] },
  { name: 'question mark, inverted verb and subject', text: '“Who wrote this plan?” asked Senator Anna Berg. Nobody answered.', quotes: [{ text: 'Who wrote this plan?', speaker: 'Anna Berg' }] },
  { name: 'split quote: both halves keep the speaker', text: '“We are ready,” Kallas said. “The ball is in Moscow’s court.”', quotes: [{ text: 'We are ready,', speaker: 'Kallas' }, { text: 'The ball is in Moscow’s court.', speaker: 'Kallas' }], claims: [{ contains: 'ball is in Moscow', modality: 'reported', source: 'Kallas' }] },
  { name: 'quote credited after a dash', text: '“Peace cannot be bought with territory.” ― Olena Petrenko', quotes: [{ text: 'Peace cannot be bought with territory.', speaker: 'Olena Petrenko' }] },
  { name: 'interview transcript lines', text: 'The interview went as follows.\n\n— Dasha Moore: Will you sign the plan?\n\n— Pavel Novak: Not in its present form.', quotes: [{ text: 'Will you sign the plan?', speaker: 'Dasha Moore' }, { text: 'Not in its present form.', speaker: 'Pavel Novak' }] },
  { name: 'a reaction opened with the wrong mark and credited after a dash', text: 'Readers wrote in.\n\n”We deserve better than this campaign.” ― Jane Roe', quotes: [{ text: 'We deserve better than this campaign.', speaker: 'Jane Roe' }] },
  { name: 'a transcript line inside an opening quotation mark', text: 'The transcript follows.\n\n"HOST: Will the talks resume in January?', quotes: [{ text: 'Will the talks resume in January?', speaker: 'HOST' }] },
  { name: 'single quotation marks in a headline', text: 'Kallas: ‘Europe Will Pay for Its Own Defence.’\n\nThe ministers met in Brussels.', quotes: [{ text: 'Europe Will Pay for Its Own Defence.', speaker: 'Kallas' }] },
  { name: 'an apostrophe is no quotation mark', text: 'The ‘90s are over, Novak said: “We don’t live in the past.”', quotes: [{ text: 'We don’t live in the past.', speaker: 'Novak' }] },
  { name: 'transcript speakers in capitals', text: 'The exchange was short.\n\nHOST: Is the war ending?\n\nNOVAK: It could end this winter.', quotes: [{ text: 'Is the war ending?', speaker: 'HOST' }, { text: 'It could end this winter.', speaker: 'NOVAK' }] },
  {
    name: 'statement over two paragraphs introduced once (It reads:)',
    text: 'The Nordic ministers signed a common declaration. It reads:\n\n“We support a just peace for Ukraine.\n\nWe will keep our sanctions in place until Russia withdraws.”\n\nThe meeting ended at noon.',
    quotes: [{ text: 'We support a just peace for Ukraine.', speaker: 'The Nordic ministers' }, { text: 'We will keep our sanctions in place until Russia withdraws.', speaker: 'The Nordic ministers' }],
  },
  {
    name: 'statement over two paragraphs, each reopened',
    text: 'Stubb wrote:\n\n“Finland stands with Ukraine.\n\n“We will not recognise any annexation.”',
    quotes: [{ text: 'Finland stands with Ukraine.', speaker: 'Stubb' }, { text: 'We will not recognise any annexation.', speaker: 'Stubb' }],
  },
  { name: 'pronoun speaker refers to the last named person', text: 'Andriy Yermak said he would resign. In a letter, he wrote: “I will serve in the army from now on.”', quotes: [{ text: 'I will serve in the army from now on.', speaker: 'Andriy Yermak' }] },
  { name: 'quote inside reported speech takes its speaker', text: 'Macron said that the allies must “stand together until a fair settlement is signed.”', quotes: [{ text: 'stand together until a fair settlement is signed.', speaker: 'Macron' }] },
  { name: 'a one-word answer with its cue is speech', text: 'The talks ended. “No,” Novak said.', quotes: [{ text: 'No,', speaker: 'Novak' }] },
  { name: 'called it “fake”: a one-word quote introduced by the verb', text: 'Dmitriev called it “fake” on Sunday.', quotes: [{ text: 'fake', speaker: 'Dmitriev' }] },

  // ---- not speech: scare quotes and titles
  { name: 'scare quotes are not speech', text: 'The Commission plans to recycle the immobilised reserves as “reparation credits” for Kyiv.', quotes: [] },
  { name: 'a book title in guillemets is not speech', text: 'He once published a pamphlet called «Make Money Not War» in Paris.', quotes: [] },
  { name: 'a name in quotes is not speech', text: 'The so-called “Coalition of the Willing” met in London.', quotes: [] },
  { name: 'known as “…” is a name', text: 'The operation, known as “Nordic Shield”, began in January.', quotes: [] },
  { name: 'a cited title inside an inline reference is not speech', text: 'The agency said it had obtained a second recording [«Advisers discuss plans for the talks», Bloomberg, November 25, 2025].', quotes: [] },
  { name: 'a film title after a title noun is not speech', text: 'The documentary “Winter on Fire” was shown in Kyiv.', quotes: [] },
  { name: 'a quote ending a sentence is not attributed to the next sentence', text: 'The leaflet read “Go home.” Rubio said nothing more about it.', noClaim: [{ contains: 'Go home' }] },
  { name: 'a label before a colon is not a speaker', text: 'The agenda was fixed.\n\nNote: all times are local.', quotes: [] },

  // ---- claims with sources
  { name: 'according to X, …', text: 'According to Der Spiegel, the envoys met twice in Miami.', claims: [{ contains: 'the envoys met twice in Miami', modality: 'reported', source: 'Der Spiegel', cue: 'According to' }] },
  { name: '…, according to X.', text: 'The draft had 28 points, according to the Financial Times.', claims: [{ contains: 'The draft had 28 points', modality: 'reported', source: 'Financial Times', cue: 'according to' }] },
  { name: 'the content excludes the cue', text: 'According to Reuters, the talks lasted six hours.', noClaim: [{ contains: 'According to Reuters' }], claims: [{ contains: 'the talks lasted six hours', source: 'Reuters' }] },
  { name: 'X reported that …', text: 'The Washington Post reported that the calls had been recorded in October.', claims: [{ contains: 'the calls had been recorded in October', modality: 'reported', source: 'Washington Post', cue: 'reported' }] },
  { name: 'a study by X found …', text: 'A study by the Kiel Institute found that aid had fallen by half.', claims: [{ contains: 'aid had fallen by half', modality: 'reported', source: 'Kiel Institute' }] },
  { name: 'according to a dated study by X (ACRONYM)', text: 'According to a 2024 study by the Norwegian Defence Research Establishment (FFI), the fleet is ageing fast.', claims: [{ contains: 'the fleet is ageing fast', source: 'Norwegian Defence Research Establishment' }] },
  { name: 'members of an organisation said …', text: 'Investigators from Europol said the network spanned nine countries.', claims: [{ contains: 'the network spanned nine countries', source: 'Europol' }] },
  { name: 'reported speech: X reiterated that …', text: 'Putin reiterated that the war would end on Russia’s terms.', claims: [{ contains: 'the war would end on Russia’s terms', modality: 'reported', source: 'Putin', speaker: 'Putin', cue: 'reiterated' }] },
  { name: 'reported speech with an addressee', text: 'Zelensky told reporters that he would not give up Donbas.', claims: [{ contains: 'he would not give up Donbas', source: 'Zelensky', cue: 'told' }] },
  { name: 'adjuncts after the verb are skipped', text: 'Merz said on Monday that Europe must pay for its own defence.', claims: [{ contains: 'Europe must pay for its own defence', source: 'Merz' }] },
  { name: 'in a statement, X said …', text: 'In a statement, the Kremlin said the proposal was premature.', claims: [{ contains: 'the proposal was premature', source: 'Kremlin' }] },
  { name: 'apposition between subject and verb', text: 'Dmitry Peskov, the Kremlin spokesman, said the talks were useful.', claims: [{ contains: 'the talks were useful', source: 'Dmitry Peskov' }] },
  { name: 'an adverbial phrase between subject and verb', text: 'The Kremlin no longer denies that the talks took place.', claims: [{ contains: 'the talks took place', source: 'Kremlin', cue: 'denies' }] },
  { name: 'bracketed party after a senator', text: 'Sen. Anna Berg (D-Ore.) said the vote would fail.', claims: [{ contains: 'the vote would fail', source: 'Anna Berg' }] },
  { name: 'content before the source (…, a diplomat said)', text: 'The talks will resume in January, a senior diplomat said.', claims: [{ contains: 'The talks will resume in January', modality: 'reported', source: null, speaker: 'a senior diplomat' }] },
  { name: 'content before the source (…, said X)', text: 'The ceasefire must come first, said Foreign Minister Elina Valtonen.', claims: [{ contains: 'The ceasefire must come first', source: 'Elina Valtonen' }] },
  { name: 'parenthetical source inside the content', text: 'The plan, Kallas said, rewards the aggressor.', claims: [{ contains: 'rewards the aggressor', source: 'Kallas', cue: 'said' }] },
  { name: 'belief verbs are attributions', text: 'Orbán believes that the sanctions have failed.', claims: [{ contains: 'the sanctions have failed', source: 'Orbán', cue: 'believes' }] },
  { name: 'intention verbs are attributions', text: 'Trump wants to end the war before Christmas.', claims: [{ contains: 'to end the war before Christmas', source: 'Trump', cue: 'wants' }] },
  { name: 'a participle takes the subject of its clause', text: 'Starmer spoke for ten minutes, adding that British troops could be deployed.', claims: [{ contains: 'British troops could be deployed', source: 'Starmer', cue: 'adding' }] },
  { name: 'a progressive reporting verb', text: 'Kallas is stressing that the sanctions will stay.', claims: [{ contains: 'the sanctions will stay', source: 'Kallas', cue: 'stressing' }] },
  { name: 'a second verb of the same subject', text: 'Novak is cautious and expects prices to rise.', claims: [{ contains: 'prices to rise', source: 'Novak', cue: 'expects' }] },
  { name: 'a headline in title case', text: 'Kallas Says Europe Will Not Recognise the Annexation\n\nThe ministers met on Monday.', claims: [{ contains: 'Europe Will Not Recognise the Annexation', source: 'Kallas', cue: 'Says' }] },
  { name: 'an organisation before a group of its people', text: 'EU officials said the sanctions would be renewed.', claims: [{ contains: 'the sanctions would be renewed', source: 'EU', speaker: 'EU' }] },
  { name: 'a relative pronoun source is resolved to its noun phrase', text: 'The talks were led by Anna Berg, who said that the deal was close.', claims: [{ contains: 'the deal was close', source: 'Anna Berg', speaker: 'who' }] },
  { name: 'a pronoun source is resolved to the person named before', text: 'Marco Rubio met the delegation in Geneva. He said that the talks were productive.', claims: [{ contains: 'the talks were productive', source: 'Marco Rubio', speaker: 'He' }] },

  // ---- unnamed sources: null entity, the cue and the phrase say so
  { name: 'unnamed group of experts', text: 'Almost all jurists believe that seizing the assets would be illegal.', claims: [{ contains: 'seizing the assets would be illegal', source: null, speaker: 'Almost all jurists', cue: 'believe' }] },
  { name: 'a name inside an unnamed source (X’s associates)', text: 'Trump’s associates maintain that the plan is fair.', claims: [{ contains: 'the plan is fair', source: null, cue: 'maintain' }] },
  { name: 'officials at the start of a sentence are unnamed', text: 'Officials said the border would stay closed.', claims: [{ contains: 'the border would stay closed', source: null, speaker: 'Officials' }] },
  { name: 'according to some', text: 'According to some, the ceasefire will not hold.', claims: [{ contains: 'the ceasefire will not hold', modality: 'hedged', source: null }] },

  // ---- hedges (hearsay) and the author's speculation
  { name: 'reportedly', text: 'The envoy reportedly left Moscow empty-handed.', claims: [{ contains: 'left Moscow empty-handed', modality: 'hedged', source: null, cue: 'reportedly' }] },
  { name: 'allegedly', text: 'The minister allegedly took bribes from a defence contractor.', claims: [{ contains: 'took bribes', modality: 'hedged', cue: 'allegedly' }] },
  { name: 'is believed to', text: 'The treasurer is believed to have moved the money to Dubai.', claims: [{ contains: 'moved the money to Dubai', modality: 'hedged', cue: 'is believed to' }] },
  { name: 'it is said that', text: 'It is said that the general opposed the offensive.', claims: [{ contains: 'the general opposed the offensive', modality: 'hedged' }] },
  { name: 'likely (the author speculates)', text: 'The envoy is likely an informant of a foreign service.', claims: [{ contains: 'an informant of a foreign service', modality: 'speculative', source: null, cue: 'likely' }] },
  { name: 'probably (the author speculates)', text: 'The deal was probably agreed in advance.', claims: [{ contains: 'agreed in advance', modality: 'speculative', cue: 'probably' }] },
  { name: 'it is not impossible that', text: 'It is not impossible that the talks collapse next week.', claims: [{ contains: 'the talks collapse next week', modality: 'speculative' }] },
  { name: 'it is inconceivable that', text: 'It is inconceivable that Brussels did not know.', claims: [{ contains: 'Brussels did not know', modality: 'speculative' }] },
  { name: '"likely voters" is not speculation', text: 'Among likely voters the two candidates are tied.', noClaim: [{ contains: 'candidates are tied' }] },
  {
    name: 'a speaker’s own “probably” is the speaker’s hedge, not the author’s',
    text: '“The war will probably end next year,” Stubb said.',
    quotes: [{ text: 'The war will probably end next year,', speaker: 'Stubb' }],
    claims: [{ contains: 'end next year', modality: 'hedged', speaker: 'Stubb' }],
    noClaim: [{ contains: 'end next year', modality: 'speculative' }],
  },
  {
    name: 'a “reportedly” inside a quotation is the speaker’s',
    text: 'Kallas said: “The convoy reportedly turned back at the border.”',
    claims: [{ contains: 'turned back at the border', modality: 'hedged', speaker: 'Kallas' }],
  },
  {
    name: 'a “probably” inside reported speech is the speaker’s',
    text: 'Stubb said the war would probably end next year.',
    claims: [{ contains: 'end next year', modality: 'hedged', speaker: 'Stubb', source: 'Stubb', cue: 'probably' }],
    noClaim: [{ contains: 'end next year', modality: 'speculative' }],
  },
  { name: 'a speculation word inside a title is nobody’s claim', text: 'She read the essay «Perhaps Tomorrow» on the radio.', noClaim: [{ contains: 'Tomorrow' }] },

  // ---- footnotes and chains
  {
    name: 'a claim carries the markers of its sentence',
    text: 'According to the Washington Post, the calls were recorded in October. [5]\n\nNotes\n\n[5] Drew Hinshaw, “Calls recorded”, The Washington Post, November 26, 2025.',
    claims: [{ contains: 'the calls were recorded in October', source: 'Washington Post', citations: ['5'] }],
  },
  {
    name: 'an attribution chain: a source reporting what a speaker said',
    text: 'According to the Financial Times, Witkoff told Ushakov that the plan was ready.',
    claims: [{ contains: 'the plan was ready', source: 'Financial Times', speaker: 'Witkoff' }],
  },

  {
    name: 'a chain across sentences: a source about a document published before',
    text: 'On Monday, Reuters published the transcript of a call between two envoys. According to the Financial Times, the transcript shows a rift in the coalition.',
    claims: [{ contains: 'shows a rift in the coalition', source: 'Financial Times', chain: ['source:Financial Times', 'document:Reuters'] }],
  },
  {
    name: 'a study as the document a source rests on',
    text: 'A study by the Kiel Institute found that aid had fallen by half.',
    claims: [{ contains: 'aid had fallen by half', chain: ['source:Kiel Institute', 'document:-'] }],
  },

  // ---- negatives: nothing attributed
  { name: 'a plain report of an event', text: 'The delegation arrived in Geneva on Sunday.', quotes: [], noClaim: [{ contains: 'Geneva' }] },
  { name: '"plan" as a noun is no cue', text: 'The peace plan was drafted in Florida.', noClaim: [{ contains: 'drafted in Florida' }] },
  { name: '"States" in a name is no cue', text: 'The United States sent two envoys to Berlin.', noClaim: [{ contains: 'two envoys' }] },
  { name: '"states" as a noun is no cue', text: 'Candidates campaign hardest in swing states that decide the race.', noClaim: [{ contains: 'decide the race' }] },
  { name: '"continue to" attributes nothing', text: 'The envoys continue to meet every week in Geneva.', noClaim: [{ contains: 'meet every week' }] },
  { name: 'a passive "was told" attributes nothing by itself', text: 'The delegation was told to wait outside.', noClaim: [{ contains: 'wait outside' }] },
  { name: '"the report of" is a noun', text: 'The report of the commission was published on Friday.', noClaim: [{ contains: 'published on Friday' }] },
  // ---- sources and cues that are not what they seem
  { name: 'a headline: the noun before the verb is the source, not a cue', text: 'Intercepted Call Shows Envoy Courting the Kremlin\n\nThe recording was published on Monday.', claims: [{ contains: 'Envoy Courting', cue: 'Shows', source: 'Intercepted Call' }], noCue: ['Call'] },
  { name: '"state" after a nationality is a noun', text: 'According to Russian state television, the envoys walked through the city centre.', claims: [{ contains: 'the envoys walked', cue: 'According to' }], noCue: ['state'] },
  { name: 'a verb inside an "according to" source reports nothing', text: 'According to two people who saw the new text, the cap on the army was raised.', claims: [{ contains: 'the cap on the army', cue: 'According to' }], noCue: ['saw'] },
  { name: 'a participle aside after the subject: the day names no source', text: 'A European counter-draft, circulated on Sunday, had reportedly proposed freezing the front line.', claims: [{ contains: 'freezing the front line', cue: 'proposed', speaker: 'A European counter-draft, circulated on Sunday' }] },
  { name: 'a relative clause with no subject of its own belongs to the noun before "that"', text: 'The American draft that leaked in November called for elections within a hundred days.', claims: [{ contains: 'elections within', speaker: 'The American draft that leaked in November' }] },
  { name: 'what follows the cue of a quotation is an adjunct, not content', text: '"This is how negotiators work," he said aboard the presidential plane.', noClaim: [{ contains: 'presidential plane' }] },
  {
    name: 'a quoted phrase after a new verb of saying is no continuation of the quotation before', text: '"That is normal," Trump said on Monday. He said the envoy had to "sell the plan to both sides."',
    noClaim: [{ contains: 'That is normal' }], claims: [{ contains: 'the envoy had to', cue: 'said' }],
  },
  { name: 'a cue noun after "neither" is no verb; "neither said" is', text: 'Neither claim could be verified. Neither said that the talks had failed.', noCue: ['claim'], claims: [{ contains: 'the talks had failed', cue: 'said' }] },
  { name: '"push ahead" is a motion, "push for" an intention', text: 'The Commission pushed ahead with the loan on Wednesday. Belgium pushed for a cap on its own risk.', noCue: ['pushed'], claims: [{ contains: 'a cap on its own risk', cue: 'pushed for' }] },
  { name: 'a pronoun object and its adjuncts are no content', text: 'The opposition wanted this for months. The Commission has answered his concerns.', noClaim: [{ contains: 'this for months' }, { contains: 'his concerns' }] },
  {
    name: 'a participle takes the subject of the clause it closes', text: 'Ushakov called the meeting useful, but Dmitriev struck a warmer tone, writing that “a deal is closer than ever”.',
    quotes: [{ text: 'a deal is closer than ever', speaker: 'Dmitriev' }], claims: [{ contains: 'a deal is closer than ever', speaker: 'Dmitriev', cue: 'writing' }],
  },
  { name: '"declined to comment" says nothing; a quote clause after "while" has its own speaker', text: 'The spokesman declined to comment. Bacon wrote that the envoy "should be fired at once", while Senator Ruth Calder said he had done nothing wrong.', noClaim: [{ contains: 'to comment' }], quotes: [{ text: 'should be fired at once', speaker: 'Bacon' }] },
  { name: '"he" after "X\'s spokesman" is not X', text: 'Friedrich Merz\'s spokesman declined to comment. “We do not discuss it,” he told reporters.', quotes: [{ text: 'We do not discuss it,', speaker: 'he' }] },
  { name: '"It seems that …" is the author\'s speculation', text: 'It seems that the window for a deal is closing.', claims: [{ contains: 'the window for a deal is closing', modality: 'speculative' }] },
  { name: 'a quoted adjective before a noun is no quotation with a cue; "Let us recall" is the author', text: 'He offered to drop the bid for "legally binding" security guarantees. Let us recall that the deadline passed.', quotes: [], noClaim: [{ contains: 'the deadline passed' }] },
  { name: '"would continue" before a quoted phrase reports nothing', text: 'Umerov said talks would continue “at every level of government” next year.', quotes: [{ text: 'at every level of government', speaker: 'Umerov' }] },
  { name: 'a person named inside the quotation is not its speaker', text: 'Zelensky Berg spoke last night. “I thank Anna Lind for her work,” he said.', quotes: [{ text: 'I thank Anna Lind for her work,', speaker: 'Zelensky Berg' }] },
  { name: 'a question asserts nothing', text: 'Do you trust the American mediators? Does Kyiv believe the plan is fair?', noClaim: [{ contains: 'mediators' }, { contains: 'the plan is fair' }] },
  { name: 'a colon opens a clause with its own subject', text: 'Moscow dismissed it within hours: Maria Lind, the ministry spokeswoman, said any foreign troops would be targets.', noClaim: [{ contains: 'it within hours' }], claims: [{ contains: 'any foreign troops would be targets', source: 'Maria Lind' }] },
  { name: '"responded with" an action says nothing', text: 'Russia responded with a missile barrage overnight, killing six people.', noCue: ['responded'] },
  { name: '"pressed their offensive" urges nothing; a long addressee before "that" is skipped', text: 'Russian forces pressed their offensive near the river. Dmitriev told reporters after his long meeting with the two envoys in the city that the talks were constructive.', noCue: ['pressed'], claims: [{ contains: 'the talks were constructive', cue: 'told' }], noClaim: [{ contains: 'reporters after' }] },
  { name: 'a time adjunct after the cue is no content', withTime: true, text: 'The talks had gone well, a spokesman for the prime minister said the following day.', noClaim: [{ contains: 'the following day' }] },
  { name: 'a pro-form after the cue is no content', text: 'The ministry would neither confirm nor deny it. Nobody in Kyiv would say so publicly.', noClaim: [{ contains: 'nor deny' }, { contains: 'so publicly' }] },
  { name: 'a second verb of a subject opened by a nationality word', text: 'Russian officials have gone further and questioned whether the president can sign anything.', claims: [{ contains: 'whether the president', cue: 'questioned', speaker: 'Russian officials' }] },
];

function run(text: string, withTime = false): Document {
  const doc = makeDoc(text);
  runStages(doc, [...SPINE_STAGES, ...(withTime ? [timeStage] : []), attributionStage]);
  return doc;
}

function entityName(doc: Document, id: string | null): string | null {
  if (id === null) return null;
  return doc.layers.entities.find((e) => e.id === id)?.name ?? `<missing ${id}>`;
}

for (const c of CASES) {
  test(`attribution: ${c.name}`, () => {
    const doc = run(c.text, c.withTime);
    if (c.quotes) {
      const got = doc.layers.quotes.map((q) => ({ text: doc.slice(q), speaker: entityName(doc, q.speaker) }));
      assert.deepEqual(got, c.quotes);
    }
    for (const want of c.claims ?? []) {
      const cands = doc.layers.claims.filter((cl) => doc.slice(cl).includes(want.contains));
      const ok = cands.some((cl) =>
        (want.modality === undefined || cl.modality === want.modality) &&
        (want.source === undefined || entityName(doc, cl.source) === want.source) &&
        (want.speaker === undefined || entityName(doc, cl.speaker) === want.speaker) &&
        (want.cue === undefined || (cl.cue !== null && doc.slice(cl.cue) === want.cue)) &&
        (want.citations === undefined || JSON.stringify(cl.citations) === JSON.stringify(want.citations)) &&
        (want.chain === undefined || JSON.stringify(cl.chain.map((l) => `${l.role}:${entityName(doc, l.entity) ?? '-'}`)) === JSON.stringify(want.chain)));
      const seen = doc.layers.claims.map((cl) => `${cl.modality} "${doc.slice(cl)}" src=${entityName(doc, cl.source)} spk=${entityName(doc, cl.speaker)} cue=${cl.cue ? doc.slice(cl.cue) : '-'} [${cl.citations.join(',')}] chain=${cl.chain.map((l) => `${l.role}:${entityName(doc, l.entity) ?? '-'}`).join('>')}`);
      assert.ok(ok, `no claim ${JSON.stringify(want)}; claims: ${seen.join(' | ') || 'none'}`);
    }
    for (const cue of c.noCue ?? []) {
      const bad = doc.layers.claims.find((cl) => cl.cue !== null && doc.slice(cl.cue) === cue);
      assert.equal(bad && `${bad.modality} "${doc.slice(bad)}" (${bad.rule})`, undefined, `no claim may have the cue "${cue}"`);
    }
    for (const not of c.noClaim ?? []) {
      const bad = doc.layers.claims.find((cl) => doc.slice(cl).includes(not.contains) && (not.modality === undefined || cl.modality === not.modality));
      assert.equal(bad && `${bad.modality} "${doc.slice(bad)}" (${bad.rule})`, undefined);
    }
  });
}

test('attribution: the table has at least 60 sentences written by us', () => {
  assert.ok(CASES.length >= 60, `${CASES.length} cases`);
});

test('attribution: odd inputs give well-formed spans and never throw', async () => {
  const { ExtractionSchema, presentExtraction } = await import('../../../src/model/extraction.js');
  const texts = [
    '',
    '“',
    '"Unclosed quote that never ends, he said',
    '«»  “” ""',
    'said said said: “…” — : according to',
    '— : nothing\n\n— A:\n\nB: “x”',
    'He said. She said. They said that.',
    '“One.”\n\n“Two.”\n\n“Three,” Novak said.',
  ];
  for (const text of texts) {
    const doc = run(text);
    for (const a of [...doc.layers.quotes, ...doc.layers.claims]) {
      assert.ok(a.start >= 0 && a.end <= text.length && a.start < a.end, `${JSON.stringify(text)}: span ${a.start}-${a.end} (${a.rule})`);
      if (a.cue) assert.ok(a.cue.start >= 0 && a.cue.end <= text.length && a.cue.start < a.cue.end, `${JSON.stringify(text)}: cue`);
    }
    ExtractionSchema.parse(presentExtraction(doc));
  }
});

/** Runs the stage after an entities layer written by hand (what the entities stage would find). */
function runWithEntities(text: string, names: { name: string; type: 'person' | 'organization'; at: string[] }[]): Document {
  const doc = makeDoc(text);
  runStages(doc, SPINE_STAGES);
  names.forEach((n, i) => {
    const id = `e${i + 1}`;
    doc.layers.entities.push({ id, name: n.name, type: n.type, aliases: [], roles: [], merges: [] });
    let from = 0;
    for (const surface of n.at) {
      const start = text.indexOf(surface, from);
      assert.ok(start >= 0, surface);
      doc.layers.mentions.push({ start, end: start + surface.length, type: n.type, entity: id, rule: 'test', confidence: 1 });
      from = start + surface.length;
    }
  });
  doc.layers.mentions.sort((a, b) => a.start - b.start);
  attributionStage.run(doc);
  return doc;
}

test('attribution: entities found by the entities stage are preferred, and never given pronoun mentions', () => {
  const text = 'Putin’s special envoy Kirill Dmitriev said the talks went well. Unelected President Volodymyr Zelensky spoke next. The unelected president immediately replied: «We will never give up our land.» He said that Kyiv would not sign.';
  const doc = runWithEntities(text, [
    { name: 'Vladimir Putin', type: 'person', at: ['Putin'] },
    { name: 'Kirill Dmitriev', type: 'person', at: ['Kirill Dmitriev'] },
    { name: 'Volodymyr Zelensky', type: 'person', at: ['Volodymyr Zelensky'] },
  ]);
  const claim = doc.layers.claims.find((c) => doc.slice(c).includes('the talks went well'));
  assert.equal(entityName(doc, claim?.source ?? null), 'Kirill Dmitriev');
  const quote = doc.layers.quotes.find((q) => doc.slice(q).includes('never give up'));
  assert.equal(entityName(doc, quote?.speaker ?? null), 'Volodymyr Zelensky');
  const sign = doc.layers.claims.find((c) => doc.slice(c).includes('Kyiv would not sign'));
  assert.equal(entityName(doc, sign?.source ?? null), 'Volodymyr Zelensky');
  // the pronoun has its own `other` entity, merged into the person by evidence; typed entities keep their own mentions only
  const he = doc.layers.entities.find((e) => e.id === sign?.speaker);
  assert.equal(he?.type, 'other');
  assert.equal(he?.merges[0]?.into, 'e3');
  for (const m of doc.layers.mentions) if (m.entity.startsWith('e')) assert.equal(m.rule, 'test');
});

test('attribution: a transcript label that is exactly an entity\'s name is that entity, even where the tagger found only a part of it', () => {
  const text = 'Olena Marchuk, an analyst, spoke to us.\n\n— Olena Marchuk: I hope so, but not at any price.\n';
  const doc = runWithEntities(text, [
    { name: 'Olena Marchuk', type: 'person', at: ['Olena Marchuk'] },
    { name: 'Olena', type: 'organization', at: ['Olena', 'Olena'] },
  ]);
  const quote = doc.layers.quotes.find((q) => doc.slice(q).includes('not at any price'));
  assert.equal(entityName(doc, quote?.speaker ?? null), 'Olena Marchuk');
});
