/**
 * Nationality and demonym words ("Russian", "the Europeans", "Ukrainians"): they describe, they do
 * not name an actor, so the entities stage never makes them entities on their own. Lower-case;
 * plurals are derived (`isNationalityWord`).
 */
const BASE: readonly string[] = [
  'afghan', 'albanian', 'algerian', 'american', 'arab', 'argentine', 'argentinian', 'armenian', 'asian',
  'atlanticist', 'australian', 'austrian', 'azerbaijani', 'azeri', 'balkan', 'baltic', 'belarusian', 'belgian',
  'bosnian', 'brazilian', 'british', 'briton', 'bulgarian', 'canadian', 'chechen', 'chilean', 'chinese',
  'colombian', 'croatian', 'cuban', 'cypriot', 'czech', 'danish', 'dane', 'dutch', 'egyptian', 'english',
  'estonian', 'ethiopian', 'european', 'filipino', 'finnish', 'finn', 'french', 'frenchman', 'georgian',
  'german', 'greek', 'hungarian', 'icelandic', 'icelander', 'indian', 'indonesian', 'iranian', 'iraqi', 'irish',
  'israeli', 'italian', 'japanese', 'jordanian', 'kazakh', 'kenyan', 'korean', 'kosovar', 'kurdish', 'kurd',
  'kyrgyz', 'latvian', 'lebanese', 'libyan', 'lithuanian', 'luxembourgish', 'macedonian', 'malaysian',
  'maltese', 'mexican', 'moldovan', 'mongolian', 'montenegrin', 'moroccan', 'nigerian', 'nordic', 'norwegian',
  'pakistani', 'palestinian', 'persian', 'peruvian', 'polish', 'pole', 'portuguese', 'romanian', 'russian',
  'saudi', 'scandinavian', 'scottish', 'scot', 'serbian', 'serb', 'slovak', 'slovenian', 'somali', 'soviet',
  'spanish', 'spaniard', 'swedish', 'swede', 'swiss', 'syrian', 'taiwanese', 'tajik', 'tatar', 'thai',
  'tunisian', 'turkish', 'turk', 'turkmen', 'ukrainian', 'uzbek', 'venezuelan', 'vietnamese', 'welsh',
  'western', 'yemeni', 'crimean', 'transatlantic', 'western', 'eastern', 'muslim', 'christian', 'jewish',
  'catholic', 'orthodox', 'sunni', 'shiite', 'shia', 'anglo-saxon', 'anglo', 'latin', 'gallic',
];

const WORDS = new Set<string>();
for (const b of BASE) {
  WORDS.add(b);
  WORDS.add(b.endsWith('s') || b.endsWith('sh') || b.endsWith('ch') || b.endsWith('ese') ? b : `${b}s`);
}
for (const p of ['englishmen', 'frenchmen', 'dutchmen', 'irishmen', 'scotsmen', 'pro-russian', 'pro-ukrainian', 'anti-russian']) WORDS.add(p);

/** True for "Russian", "Europeans", "the British" (given the word, any case, without "the"). */
export function isNationalityWord(word: string): boolean {
  return WORDS.has(word.toLowerCase().replace(/[’]/g, "'"));
}

export const NATIONALITY_WORDS: ReadonlySet<string> = WORDS;
