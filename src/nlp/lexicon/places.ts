/**
 * Place names written from public facts: sovereign states (with common short and older
 * forms), capitals and large cities, regions that news about Europe, Ukraine, Russia and the
 * United States names often, continents, seas and rivers. Lower-case, one name per entry.
 * Shared by the entities stage (gazetteer features and look-ups) and anyone who needs to know
 * that a capitalised word is a place. Seats of government ("the Kremlin", "the White House")
 * are listed here: they are places that also stand for the institution.
 */
export const COUNTRIES: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin',
  'bhutan', 'bolivia', 'bosnia', 'bosnia and herzegovina', 'bosnia-herzegovina', 'botswana', 'brazil', 'brunei',
  'bulgaria', 'burkina faso', 'burma', 'burundi', 'cambodia', 'cameroon', 'canada', 'cape verde',
  'central african republic', 'chad', 'chile', 'china', 'colombia', 'comoros', 'congo', 'costa rica',
  'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'djibouti', 'dominica',
  'dominican republic', 'east timor', 'ecuador', 'egypt', 'el salvador', 'equatorial guinea', 'eritrea',
  'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland', 'france', 'gabon', 'gambia', 'georgia', 'germany',
  'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guinea-bissau', 'guyana', 'haiti', 'honduras',
  'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'ivory coast',
  'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kiribati', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos',
  'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg',
  'madagascar', 'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico',
  'micronesia', 'moldova', 'monaco', 'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar',
  'namibia', 'nauru', 'nepal', 'netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'north korea',
  'north macedonia', 'macedonia', 'norway', 'oman', 'pakistan', 'palau', 'palestine', 'panama',
  'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'russia',
  'russian federation', 'rwanda', 'samoa', 'san marino', 'saudi arabia', 'senegal', 'serbia', 'seychelles',
  'sierra leone', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea',
  'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan',
  'tajikistan', 'tanzania', 'thailand', 'togo', 'tonga', 'trinidad', 'tunisia', 'turkey', 'türkiye',
  'turkmenistan', 'tuvalu', 'uganda', 'ukraine', 'united arab emirates', 'uae', 'united kingdom', 'uk',
  'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'united states',
  'united states of america', 'usa', 'u.s.', 'u.s.a.', 'us', 'america', 'uruguay', 'uzbekistan', 'vanuatu',
  'vatican', 'venezuela', 'vietnam', 'yemen', 'yugoslavia', 'zambia', 'zimbabwe', 'soviet union', 'ussr',
  'zaire', 'czechoslovakia', 'hong kong', 'greenland', 'puerto rico', 'gaza', 'west bank', 'abkhazia',
  'south ossetia', 'transnistria', 'chechnya', 'tibet', 'kurdistan',
];

export const CITIES: readonly string[] = [
  'kabul', 'tirana', 'algiers', 'yerevan', 'canberra', 'vienna', 'baku', 'dhaka', 'minsk', 'brussels',
  'sarajevo', 'brasilia', 'sofia', 'ottawa', 'santiago', 'beijing', 'bogota', 'zagreb', 'havana', 'nicosia',
  'prague', 'copenhagen', 'cairo', 'tallinn', 'addis ababa', 'helsinki', 'paris', 'tbilisi', 'berlin',
  'accra', 'athens', 'budapest', 'reykjavik', 'new delhi', 'delhi', 'jakarta', 'tehran', 'baghdad',
  'dublin', 'jerusalem', 'tel aviv', 'rome', 'tokyo', 'amman', 'astana', 'nairobi', 'pristina', 'bishkek',
  'riga', 'beirut', 'tripoli', 'vilnius', 'luxembourg', 'skopje', 'kuala lumpur', 'valletta', 'mexico city',
  'chisinau', 'chişinău', 'ulaanbaatar', 'podgorica', 'rabat', 'amsterdam', 'the hague', 'wellington', 'abuja',
  'pyongyang', 'oslo', 'islamabad', 'lima', 'manila', 'warsaw', 'lisbon', 'doha', 'bucharest', 'moscow',
  'riyadh', 'belgrade', 'bratislava', 'ljubljana', 'seoul', 'madrid', 'khartoum', 'stockholm', 'bern',
  'geneva', 'zurich', 'damascus', 'taipei', 'bangkok', 'tunis', 'ankara', 'istanbul', 'kampala', 'kyiv',
  'kiev', 'abu dhabi', 'dubai', 'london', 'washington', 'washington d.c.', 'tashkent', 'caracas', 'hanoi',
  'new york', 'los angeles', 'chicago', 'houston', 'boston', 'miami', 'san francisco', 'seattle', 'atlanta',
  'dallas', 'philadelphia', 'detroit', 'denver', 'las vegas', 'palm beach', 'mar-a-lago', 'anchorage',
  'munich', 'frankfurt', 'hamburg', 'cologne', 'milan', 'naples', 'barcelona', 'marseille', 'lyon',
  'manchester', 'liverpool', 'birmingham', 'glasgow', 'edinburgh', 'st petersburg', 'saint petersburg',
  'st. petersburg', 'kharkiv', 'kharkov', 'odesa', 'odessa', 'lviv', 'dnipro', 'mariupol', 'kherson',
  'zaporizhzhia', 'zaporizhia', 'zaporozhye', 'donetsk', 'luhansk', 'lugansk', 'sevastopol', 'bakhmut',
  'avdiivka', 'pokrovsk', 'kramatorsk', 'sloviansk', 'sumy', 'chernihiv', 'mykolaiv', 'kursk', 'belgorod',
  'bryansk', 'rostov', 'volgograd', 'kaliningrad', 'novosibirsk', 'yekaterinburg', 'sochi', 'grozny',
  'tiraspol', 'shanghai', 'hong kong', 'mumbai', 'karachi', 'lagos', 'johannesburg', 'cape town', 'sydney',
  'melbourne', 'toronto', 'montreal', 'vancouver', 'sao paulo', 'rio de janeiro', 'buenos aires',
  'jeddah', 'mecca', 'gdansk', 'krakow', 'rzeszow', 'davos', 'helsinki', 'minsk', 'alaska', 'budapest',
  'strasbourg', 'antwerp', 'rotterdam', 'gothenburg', 'bergen', 'turku', 'fulton', 'crimea', 'donbas', 'donbass',
];

export const REGIONS: readonly string[] = [
  'europe', 'asia', 'africa', 'north america', 'south america', 'latin america', 'middle east', 'near east',
  'far east', 'central asia', 'eastern europe', 'western europe', 'central europe', 'balkans', 'caucasus',
  'scandinavia', 'baltics', 'arctic', 'antarctica', 'oceania', 'siberia', 'crimea', 'donbas', 'donbass',
  'kuban', 'kursk oblast', 'donetsk oblast', 'luhansk oblast', 'zaporizhzhia oblast', 'kherson oblast',
  'odessa oblast', 'odesa oblast', 'kharkiv oblast', 'sumy oblast', 'belgorod oblast', 'novorossiya',
  'galicia', 'bessarabia', 'gagauzia', 'baltic sea', 'black sea', 'sea of azov', 'mediterranean',
  'mediterranean sea', 'north sea', 'caspian sea', 'red sea', 'atlantic', 'atlantic ocean', 'pacific',
  'pacific ocean', 'indian ocean', 'persian gulf', 'gulf of mexico', 'english channel', 'dnieper', 'dnipro river',
  'danube', 'rhine', 'thames', 'volga', 'nile', 'euphrates', 'tigris', 'alps', 'urals', 'carpathians',
  'california', 'texas', 'florida', 'new york state', 'alabama', 'alaska', 'arizona', 'arkansas', 'colorado',
  'connecticut', 'delaware', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky',
  'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'north carolina',
  'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina',
  'south dakota', 'tennessee', 'utah', 'vermont', 'virginia', 'west virginia', 'wisconsin', 'wyoming',
  'bavaria', 'saxony', 'catalonia', 'flanders', 'wallonia', 'silesia', 'kashmir', 'punjab', 'xinjiang',
  'quebec', 'ontario', 'alberta', 'british columbia', 'normandy', 'brittany', 'corsica', 'sicily', 'sardinia',
  'white house', 'kremlin', 'pentagon', 'downing street', 'elysee', 'élysée', 'tuscany', 'lombardy', 'andalusia', 'basque country', 'ulster', 'kosovo', 'nagorno-karabakh', 'sahel',
  'new south wales', 'victoria', 'queensland', 'south australia', 'western australia', 'tasmania',
  'northern territory', 'australian capital territory', 'manitoba', 'saskatchewan', 'nova scotia', 'new brunswick',
  'newfoundland', 'yukon', 'southeast asia', 'south east asia', 'east asia', 'south asia', 'hong kong island',
  'kowloon', 'new territories', 'guangdong', 'tibet', 'hokkaido', 'okinawa', 'lapland', 'patagonia',
];

/** Last words that make a capitalised phrase a place ("Odessa Oblast", "Baltic Sea"). */
export const PLACE_HEADS: readonly string[] = [
  'oblast', 'region', 'province', 'county', 'district', 'sea', 'ocean', 'river', 'lake', 'mountains',
  'mountain', 'mount', 'island', 'islands', 'bay', 'gulf', 'valley', 'street', 'avenue', 'square', 'city',
  'krai', 'republic', 'peninsula', 'strait', 'canal', 'airport', 'state',
];
