/**
 * Month names in the languages reports and their notes are written in (English, French,
 * German, Spanish, Italian, Portuguese, Dutch), lower-case and without diacritics, with their
 * usual abbreviations. Shared by the citation parser and the time stage.
 */
import { triePattern } from './trie-pattern.js';

const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'jänner', 'janner', 'enero', 'ene', 'gennaio', 'genn', 'gen', 'janeiro', 'januari'],
  ['february', 'feb', 'fevrier', 'fev', 'fevr', 'februar', 'febrero', 'febbraio', 'febb', 'fevereiro', 'fev', 'februari'],
  ['march', 'mar', 'mars', 'marz', 'maerz', 'marzo', 'marco', 'maart'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'magg', 'maio', 'mei'],
  ['june', 'jun', 'juin', 'juni', 'junio', 'giugno', 'junho'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'sett', 'set', 'setembro'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic', 'dicembre', 'dezembro', 'dece'],
];

const INDEX = new Map<string, number>();
MONTHS.forEach((names, i) => {
  for (const n of names) if (!INDEX.has(n)) INDEX.set(n, i + 1);
});

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** 1–12 for a month name or abbreviation in any supported language ("août" → 8), else undefined. */
export function monthNumber(word: string): number | undefined {
  return INDEX.get(foldDiacritics(word).replace(/\.$/, ''));
}

const ACCENTED: Record<string, string> = { a: '[aàâä]', e: '[eéèêë]', u: '[uûü]', o: '[oôö]', c: '[cç]' };

/**
 * A regex alternation of the month names `keep` accepts (diacritics allowed), as a prefix tree
 * (fast to reject) that prefers the longest name. Use it with the `i` flag.
 */
export function monthNamePattern(keep: (name: string) => boolean = () => true): string {
  return triePattern([...new Set(MONTHS.flat())].filter(keep), (c) => ACCENTED[c] ?? c);
}

/** A regex alternation of every month name (diacritics allowed), longest first. */
export const MONTH_NAME_PATTERN = monthNamePattern();

/** The usual abbreviations of English month names ("Sept", "Dec"), lower-case. */
export const ENGLISH_MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** English month names and their usual abbreviations, lower-case. */
export const ENGLISH_MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  ...ENGLISH_MONTH_ABBREVIATIONS,
]);
