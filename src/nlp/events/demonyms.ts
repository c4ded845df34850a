/**
 * Nationality adjectives and the country names they stand for, for actors named as groups:
 * "the Ukrainian delegation", "American and Ukrainian negotiators", "the Russian side".
 * The events stage links such a group to the country's entity when the report has one.
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  american: ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'America'],
  us: ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'America'],
  'u.s.': ['United States', 'US', 'U.S.', 'USA', 'United States of America', 'America'],
  ukrainian: ['Ukraine'],
  russian: ['Russia', 'Russian Federation'],
  british: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  french: ['France'],
  german: ['Germany'],
  italian: ['Italy'],
  polish: ['Poland'],
  finnish: ['Finland'],
  norwegian: ['Norway'],
  swedish: ['Sweden'],
  danish: ['Denmark'],
  dutch: ['Netherlands', 'the Netherlands'],
  belgian: ['Belgium'],
  hungarian: ['Hungary'],
  turkish: ['Turkey', 'Türkiye'],
  chinese: ['China'],
  european: ['European Union', 'EU'],
  emirati: ['United Arab Emirates', 'UAE'],
  saudi: ['Saudi Arabia'],
  qatari: ['Qatar'],
  swiss: ['Switzerland'],
  japanese: ['Japan'],
  canadian: ['Canada'],
  czech: ['Czech Republic', 'Czechia'],
  estonian: ['Estonia'],
  latvian: ['Latvia'],
  lithuanian: ['Lithuania'],
};

/** "the Ukrainians", "the Americans": a people named with "the" in an event's clause is its negotiating side. */
export const PEOPLES: Readonly<Record<string, string>> = {
  ukrainians: 'ukrainian', americans: 'american', russians: 'russian', britons: 'british', germans: 'german',
  italians: 'italian', poles: 'polish', finns: 'finnish', norwegians: 'norwegian', swedes: 'swedish',
  danes: 'danish', belgians: 'belgian', hungarians: 'hungarian', turks: 'turkish', emiratis: 'emirati',
  saudis: 'saudi', qataris: 'qatari', canadians: 'canadian', estonians: 'estonian', latvians: 'latvian',
  lithuanians: 'lithuanian',
};

/**
 * Capitals standing for their governments before a group noun ("Kyiv's team", "Moscow's
 * negotiators"): public facts, by the nationality adjective of their country.
 */
export const CAPITALS: Readonly<Record<string, string>> = {
  kyiv: 'ukrainian', kiev: 'ukrainian', moscow: 'russian', washington: 'american', london: 'british',
  paris: 'french', berlin: 'german', rome: 'italian', warsaw: 'polish', helsinki: 'finnish', oslo: 'norwegian',
  stockholm: 'swedish', copenhagen: 'danish', 'the hague': 'dutch', budapest: 'hungarian', ankara: 'turkish',
  beijing: 'chinese', 'abu dhabi': 'emirati', riyadh: 'saudi', doha: 'qatari', bern: 'swiss', tokyo: 'japanese',
  ottawa: 'canadian', prague: 'czech', tallinn: 'estonian', riga: 'latvian', vilnius: 'lithuanian',
};

/** Every country name and capital, lower-cased, to the adjective whose country it is. */
export const NAME_TO_ADJ: ReadonlyMap<string, string> = new Map([
  ...Object.entries(DEMONYMS).flatMap(([adj, names]) => names.map((n): [string, string] => [n.toLowerCase(), adj])),
  ...Object.entries(CAPITALS),
]);

const GROUP_NOUNS = 'delegations?|negotiators|negotiating teams?|sides?|teams?|officials|diplomats|governments?|leaders|envoys|authorities|counterparts|forces|troops|armed forces|drones|missiles|rockets|artillery|warplanes';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ADJ = Object.keys(DEMONYMS).map((k) => k.replace(/\./g, '\\.')).join('|');
/** "the Ukrainian delegation", "American and Ukrainian negotiators", "the US side". */
export const GROUP_RE = new RegExp(`\\b(${ADJ})(?:\\s*(?:,|and)\\s*(${ADJ}))?\\s+(?:${GROUP_NOUNS})\\b`, 'gi');

/** "A Russian drone attack", "a Ukrainian strike": the nationality right before an attack's noun (one word between at most). */
export const ATTACKER_BEFORE_RE = new RegExp(`\\b(${ADJ})\\s+(?:[a-z-]+\\s+)?$`, 'i');

/** "the Ukrainians", "the Americans". */
export const PEOPLE_RE = new RegExp(`\\bthe\\s+(${Object.keys(PEOPLES).join('|')})\\b`, 'gi');

/** "Ukraine's delegation", "Kyiv's team": a country or its capital owning a group. */
export const POSSESSIVE_GROUP_RE = new RegExp(
  `\\b(${[...NAME_TO_ADJ.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})['’]s\\s+(?:own\\s+)?(?:${GROUP_NOUNS})\\b`, 'gi');

/** Every name of the country whose first name is `country` ("United States" → US, U.S., USA, …). */
export function countryNames(country: string): readonly string[] {
  for (const names of Object.values(DEMONYMS)) if (names[0] === country) return names;
  return [country];
}
