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

const ADJ = Object.keys(DEMONYMS).map((k) => k.replace(/\./g, '\\.')).join('|');
/** "the Ukrainian delegation", "American and Ukrainian negotiators", "the US side". */
export const GROUP_RE = new RegExp(`\\b(${ADJ})(?:\\s*(?:,|and)\\s*(${ADJ}))?\\s+(?:delegations?|negotiators|negotiating teams?|sides?|teams?|officials|diplomats|governments?|leaders|envoys|authorities|counterparts)\\b`, 'gi');
