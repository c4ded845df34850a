/**
 * Role and title words that stand before or after a person's name ("Secretary of State",
 * "Chancellor", "Gen."), lower-case. `ROLE_HEADS` are the words a role phrase ends in; a role
 * is the longest run of capitalised words, organisation names and `of`/`the`/`for` that ends
 * in one of them ("NATO Secretary General", "Director of the FBI").
 */
export const ROLE_HEADS: readonly string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'minister',
  'secretary', 'secretary of state', 'secretary general', 'secretary-general', 'general secretary',
  'director', 'director general', 'director-general', 'head', 'chief', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'special envoy',
  'ambassador', 'adviser', 'advisor', 'aide', 'assistant', 'counsellor', 'counselor', 'commissioner',
  'governor', 'mayor', 'senator', 'sen.', 'congressman', 'congresswoman', 'representative', 'rep.', 'deputy',
  'mp', 'lawmaker', 'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sultan', 'emir',
  'sheikh', 'general', 'gen.', 'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.',
  'admiral', 'adm.', 'marshal', 'commander', 'commander-in-chief', 'officer', 'judge', 'justice', 'attorney general',
  'prosecutor', 'prosecutor general', 'ceo', 'founder', 'co-founder', 'owner', 'executive', 'manager',
  'coach', 'captain', 'negotiator', 'chief negotiator', 'mediator', 'journalist', 'reporter', 'editor',
  'correspondent', 'columnist', 'analyst', 'researcher', 'professor', 'prof.', 'dr.', 'dr', 'doctor',
  'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'sir', 'dame', 'lord', 'lady', 'father', 'bishop', 'archbishop',
  'patriarch', 'metropolitan', 'rabbi', 'imam', 'cardinal', 'secretary of defense', 'secretary of war',
  'defense secretary', 'defence secretary', 'defense minister', 'defence minister', 'foreign minister',
  'finance minister', 'interior minister', 'foreign secretary', 'home secretary', 'chief of staff',
  'national security adviser', 'national security advisor', 'high representative', 'army secretary',
  'administrator', 'head of state', 'head of government', 'diplomatic advisor', 'special representative',
];

/** Words that may open a role without being part of a name ("Ukraine's", "former", "then-"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'former', 'ex-', 'then', 'then-', 'acting', 'interim', 'deputy', 'vice', 'first', 'senior', 'chief', 'top',
  'special', 'foreign', 'defense', 'defence', 'finance', 'interior', 'prime', 'presidential', 'national',
  'security', 'intelligence', 'military', 'economic', 'general', 'state', 'private', 'personal', 'lead',
];

const HEADS = new Set(ROLE_HEADS);

/** True when a lower-cased phrase is a role head ("president", "secretary of state"). */
export function isRoleHead(phrase: string): boolean {
  return HEADS.has(phrase.toLowerCase());
}

/** Single title words that are dropped from the front of a person's name span ("President Donald Trump"). */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  ROLE_HEADS.filter((h) => !h.includes(' ')).concat(['minister', 'secretary', 'director', 'mr', 'mrs', 'ms', 'president-elect', 'incumbent']),
);

/** Words that end a role phrase ("NATO Secretary General", "special envoy", "former head"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_HEADS.map((h) => h.split(' ').pop()!));

/**
 * Title words that may sit inside a tagged name and split it into organisation + role + person
 * ("NASA Administrator Bill Nelson", "Federal Chancellor of Germany", "Sir Mark Rowley").
 * Ambiguous words that also start names or organisations ("General", "King", "Major", "Justice")
 * are left out.
 */
export const SPLITTING_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'chancellor', 'minister', 'secretary', 'director', 'administrator',
  'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'envoy', 'adviser', 'advisor', 'commissioner',
  'governor', 'mayor', 'senator', 'sen.', 'congressman', 'congresswoman', 'ceo', 'chairman', 'chairwoman',
  'premier', 'mp', 'sir', 'dame', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor', 'gen.', 'colonel',
  'lieutenant', 'admiral', 'judge', 'prosecutor', 'translation', 'translator', 'photo', 'image', 'credit',
  'sheriff',
]);
