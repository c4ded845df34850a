/**
 * Name keys for matching actors across reports: folding (case, diacritics, ø/æ/ß, quotes,
 * a leading "the"), a transliteration skeleton that makes "Umerov"/"Umarov",
 * "Yuri"/"Yury", "Zelensky"/"Zelenskyy" and "Dmitriev"/"Dmitryev" equal, and the edit
 * distance used for misprints.
 */
const CHAR_FOLD: Readonly<Record<string, string>> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

/** Case, diacritics, special letters, quotes and dashes folded; "the" dropped; spaces collapsed. */
const foldCache = new Map<string, string>();

export function foldName(s: string): string {
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldUncached(s);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

function foldUncached(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđıþð]/g, (c) => CHAR_FOLD[c] ?? c)
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * A transliteration skeleton of one word: consonants kept, every run of vowels (y and j
 * included) folded into one "V", and the letter groups that transliteration systems render
 * differently collapsed (kh/h, ts/tz/c, w/v, double letters). "Umerov"/"Umarov"/"Umyerov",
 * "Yuri"/"Yury"/"Yuriy", "Zelensky"/"Zelenskyy" share one; "Jan"/"Jana" do not (a vowel
 * more is a different name, a vowel changed is a spelling).
 */
const skeletonCache = new Map<string, string>();

export function skeleton(word: string): string {
  let k = skeletonCache.get(word);
  if (k === undefined) {
    k = skeletonUncached(word);
    if (skeletonCache.size > 200_000) skeletonCache.clear();
    skeletonCache.set(word, k);
  }
  return k;
}

function skeletonUncached(word: string): string {
  return foldName(word)
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h').replace(/(?:ts|tz|cz)/g, 'c').replace(/ck/g, 'k').replace(/ph/g, 'f')
    .replace(/w/g, 'v').replace(/q/g, 'k')
    .replace(/([b-df-hk-np-tvxz])\1+/g, '$1')
    .replace(/[aeiouyj]+/g, 'V');
}

/** Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** The words of a person's name, particles kept with the surname ("Ursula von der Leyen" → ["ursula", "von der leyen"]). */
export function personParts(name: string): { given: string[]; surname: string } {
  const words = foldName(name).split(' ').filter(Boolean);
  if (words.length <= 1) return { given: [], surname: words[0] ?? '' };
  let i = words.length - 1;
  while (i > 1 && /^(?:von|van|der|den|de|del|della|di|da|du|la|le|bin|al|el|ter|ten|zu)$/.test(words[i - 1]!)) i--;
  return { given: words.slice(0, i), surname: words.slice(i).join(' ') };
}

/**
 * Acronyms a long name may go by: "ACU" for "Anti-Monopoly Committee of Ukraine"
 * (a hyphenated word gives one letter) and "AMCU" (it gives one letter a part); function
 * words are skipped.
 */
export function acronymsOf(name: string): string[] {
  const words = foldName(name).split(/\s+/).filter((w) => w.length > 0 && !/^(?:of|the|and|for|in|on|de|la|le|du|des|et|und|der|für)$/.test(w));
  const whole = words.map((w) => w[0]).join('');
  const parts = words.flatMap((w) => w.split('-').filter(Boolean)).map((w) => w[0]).join('');
  return whole === parts ? [whole] : [whole, parts];
}

/** The first acronym of a name (see acronymsOf). */
export function acronymOf(name: string): string {
  return acronymsOf(name)[0] ?? '';
}
