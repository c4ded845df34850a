/**
 * Organisation names written from public facts: international bodies, alliances, governments'
 * agencies and institutions that news about diplomacy names often, news outlets and agencies,
 * and the words that end an organisation's name ("... Bureau", "... Party"). Lower-case.
 */
export const INTERNATIONAL_BODIES: readonly string[] = [
  'united nations', 'un', 'u.n.', 'un security council', 'security council', 'general assembly', 'nato',
  'north atlantic treaty organization', 'european union', 'eu', 'e.u.', 'european commission',
  'european council', 'european parliament', 'council of europe', 'european central bank', 'ecb', 'osce',
  'organization for security and co-operation in europe', 'g7', 'g8', 'g20', 'g-7', 'g-20', 'brics', 'opec',
  'imf', 'international monetary fund', 'world bank', 'wto', 'world trade organization', 'who',
  'world health organization', 'iaea', 'international atomic energy agency', 'icc', 'international criminal court',
  'international court of justice', 'icj', 'interpol', 'unesco', 'unicef', 'unhcr', 'red cross',
  'international committee of the red cross', 'icrc', 'african union', 'arab league', 'asean', 'csto',
  'shanghai cooperation organisation', 'sco', 'commonwealth of independent states', 'cis', 'eurasian economic union',
  'coalition of the willing', 'joint expeditionary force', 'warsaw pact', 'european free trade association',
  'oecd', 'amnesty international', 'human rights watch', 'greenpeace', 'hamas', 'hezbollah', 'taliban',
  'al qaeda', 'al-qaeda', 'islamic state', 'isis', 'congress', 'senate',
  'house of representatives', 'supreme court', 'state department', 'department of state',
  'united states department of state', 'department of defense', 'cia', 'central intelligence agency', 'fbi',
  'federal bureau of investigation', 'nsa', 'national security council', 'federal reserve', 'fed',
  'verkhovna rada', 'rada', 'duma', 'state duma', 'federation council', 'bundestag', 'bundesrat',
  'bundeswehr', 'knesset', 'foreign office', 'quai d\'orsay',
  'nabu', 'national anti-corruption bureau', 'national anti-corruption bureau of ukraine', 'sbu',
  'security service of ukraine', 'hur', 'gur', 'fsb', 'svr', 'gru', 'kgb', 'mossad', 'mi6', 'mi5',
  'national security and defense council', 'rdif', 'russian direct investment fund', 'gazprom', 'rosneft',
  'naftogaz', 'energoatom', 'rosatom', 'wagner', 'wagner group', 'azov', 'democratic party', 'republican party',
  'democrats', 'republicans', 'gop', 'labour', 'labour party', 'conservative party', 'tories', 'cdu', 'csu',
  'spd', 'afd', 'fidesz', 'united russia', 'servant of the people', 'maga', 'boeing', 'airbus', 'lockheed martin',
  'raytheon', 'dassault', 'dassault aviation', 'rheinmetall', 'clearstream', 'euroclear', 'blackrock',
  'apple', 'google', 'microsoft', 'amazon', 'facebook', 'meta', 'twitter', 'tesla', 'spacex', 'starlink',
  'chatham house', 'brookings institution',
  'rand corporation', 'atlantic council', 'council on foreign relations', 'heritage foundation',
  // spelling variants, space agencies, sport bodies, churches and large companies
  'world health organisation', 'nasa', 'esa', 'european space agency', 'roscosmos', 'jaxa', 'fifa', 'uefa', 'ioc',
  'international olympic committee', 'catholic church', 'roman catholic church', 'greek orthodox church',
  'russian orthodox church', 'church of england', 'anglican church', 
  'red crescent', 'doctors without borders', 'médecins sans frontières', 'msf', 
  "people's liberation army", 'pla', 'disney', 'walt disney company', 'sony', 'nintendo', 'ubisoft', 'netflix',
  'youtube', 'samsung', 'ibm', 'intel', 'nvidia', 'walmart', 'coca-cola', 'pepsico', 'toyota', 'volkswagen',
];

export const OUTLETS: readonly string[] = [
  'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'bloomberg', 'tass', 'ria novosti',
  'interfax', 'ukrinform', 'sputnik', 'rt', 'bbc', 'cnn', 'fox news', 'nbc', 'cbs', 'abc', 'msnbc', 'npr',
  'the new york times', 'new york times', 'the washington post', 'washington post', 'the wall street journal',
  'wall street journal', 'wsj', 'financial times', 'the financial times', 'the guardian', 'the times',
  'the economist', 'the telegraph', 'daily telegraph', 'the independent', 'politico', 'axios', 'the hill',
  'new york post', 'the new york post', 'usa today', 'los angeles times', 'time', 'newsweek', 'the atlantic',
  'le monde', 'le figaro', 'libération', 'liberation', 'der spiegel', 'spiegel', 'die zeit', 'bild',
  'frankfurter allgemeine zeitung', 'süddeutsche zeitung', 'el país', 'el pais', 'corriere della sera',
  'la repubblica', 'kyiv independent', 'the kyiv independent', 'kyiv post', 'ukrainska pravda', 'meduza',
  'kommersant', 'izvestia', 'rbc', 'al jazeera', 'xinhua',
  'axel springer', 'euronews', 'deutsche welle', 'dw', 'france 24',
  'radio free europe', 'rfe/rl', 'voice of america', 'sky news', 'the kyiv post', 'semafor', 'the spectator',
  'sydney morning herald', 'the sydney morning herald', 'toronto star', 'the toronto star',
  'canadian press', 'the canadian press', 'abc news', 'australian broadcasting corporation',
  'cbc', 'cbc news', 'ctv', 'globe and mail', 'the globe and mail', 'national post', 'herald sun', 'new zealand herald',
  'south china morning post', 'scmp', 'yonhap', 'kcna', 'korean central news agency', 'nhk', 'kyodo', 'asahi shimbun',
  'the hindu', 'times of india', 'chicago tribune', 'boston globe', 'the boston globe', 'houston chronicle',
  'dallas morning news', 'the dallas morning news', 'san francisco chronicle', 'miami herald', 'daily mail',
  'the daily mail', 'itv', 'pbs', 'wired', 'the verge', 'techcrunch', 'variety', 'rolling stone', 'wikipedia',
];

/** Last words that make a capitalised phrase an organisation ("... Bureau", "... Party"). */
export const ORG_HEADS: readonly string[] = [
  'agency', 'association', 'bank', 'board', 'bureau', 'cabinet', 'club', 'coalition', 'college', 'command',
  'commission', 'committee', 'company', 'corp', 'corp.', 'corporation', 'council', 'court', 'department',
  'directorate', 'federation', 'force', 'forces', 'foundation', 'front', 'fund', 'group', 'guard', 'inc',
  'inc.', 'institute', 'institution', 'league', 'ltd', 'ltd.', 'ministry', 'movement', 'network', 'office',
  'organisation', 'organization', 'parliament', 'party', 'police', 'service', 'society', 'staff', 'union',
  'university', 'assembly', 'army', 'navy', 'plc', 'co', 'co.', 'airlines', 'news', 'times', 'post',
  'journal', 'press', 'television', 'radio', 'tribunal', 'centre', 'center', 'secretariat', 'alliance',
];
