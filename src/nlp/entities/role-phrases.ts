/**
 * Role phrases around a person's name, for the roles refiner: the phrase before the name
 * (ending in a role word right before it), the phrase after it between commas (up to a clause
 * boundary), and an index of the people in the document (a role stops at another person).
 */
import type { Role } from '../../model/annotations.js';
import type { Document } from '../../model/document.js';
import { ROLE_WORDS } from '../lexicon/titles.js';
import type { Candidate } from './candidate.js';
import { isCapitalised, tokensAfter, tokensBefore, type Tok } from './span-tokens.js';

const JOINERS = new Set(['of', 'the', 'for', 'to', 'and', '’s', "'s", '-', 'on']);
const STOP = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'and', 'but', 'as', 'said', 'says', 'has', 'had', 'was', 'is', 'will', 'would', 'also']);
const LOWER_OK = new Set(['former', 'special', 'deputy', 'foreign', 'national', 'security', 'chief', 'senior', 'top', 'personal', 'diplomatic', 'economic', 'defense', 'defence', 'then', 'acting', 'sovereign', 'wealth', 'fund', 'presidential', 'prime', 'vice', 'state', 'general', 'military', 'intelligence', 'his', 'her', 'their', 'its']);

const HONORIFICS = new Set(['sir', 'dame', 'lord', 'lady', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof.']);

export const hasRoleWord = (toks: Tok[]): boolean => toks.some((t) => ROLE_WORDS.has(t.text.toLowerCase()));
export const role = (doc: Document, toks: Tok[], form: string): Role => ({
  title: doc.text.slice(toks[0]!.start, toks[toks.length - 1]!.end).replace(/\s+/g, ' '),
  span: { start: toks[0]!.start, end: toks[toks.length - 1]!.end },
  rule: `entities/roles-${form}`,
  confidence: form === 'before' ? 0.9 : 0.8,
});

/** The person candidate covering a token start, if any (a map built once per document). */
export type PersonAt = (offset: number) => Candidate | undefined;

export function personIndex(candidates: readonly Candidate[]): PersonAt {
  const byOffset = new Map<number, Candidate>();
  for (const c of candidates) if (c.type === 'person') for (let i = c.start; i < c.end; i++) byOffset.set(i, c);
  return (offset) => byOffset.get(offset);
}

export function before(doc: Document, c: Candidate, end: number, personAt: PersonAt): Tok[] {
  const toks = tokensBefore(doc, end, 8);
  let i = toks.length;
  while (i > 0) {
    const t = toks[i - 1]!;
    const lw = t.text.toLowerCase();
    // Stop at another name, at "and" and at a line break: the role belongs to this name only.
    if (lw === 'and' || doc.text.slice(t.end, i < toks.length ? toks[i]!.start : end).includes('\n')) break;
    const o = personAt(t.start);
    if (o && o !== c) break;
    if (isCapitalised(t.text) || ROLE_WORDS.has(lw) || LOWER_OK.has(lw) || (JOINERS.has(lw) && i < toks.length)) i--;
    else break;
  }
  let phrase = toks.slice(i);
  while (phrase.length && (JOINERS.has(phrase[0]!.text.toLowerCase()) || /^(his|her|their|its)$/i.test(phrase[0]!.text))) phrase = phrase.slice(1);
  // The phrase must end in a role word, right before the name; an honorific stands alone.
  if (!phrase.length || !ROLE_WORDS.has(phrase[phrase.length - 1]!.text.toLowerCase())) return [];
  if (HONORIFICS.has(phrase[phrase.length - 1]!.text.toLowerCase())) phrase = phrase.slice(-1);
  if (doc.text.slice(phrase[phrase.length - 1]!.end, c.start).includes('\n')) return [];
  return phrase;
}

/** Verbs that open a predicate, not an apposition, after a name and a comma. */
const PREDICATE_START = new Set(['remains', 'remained', 'is', 'was', 'are', 'were', 'becomes', 'became', 'has', 'had', 'will', 'would', 'serves', 'served', 'stays', 'stayed']);

export function after(doc: Document, from: number): Tok[] {
  const toks = tokensAfter(doc, from, 14);
  if (!toks.length || toks[0]!.text !== ',') return [];
  const phrase: Tok[] = [];
  const rest = toks.slice(1);
  // "Ukraine's chief negotiator, Rustem Umerov, remains secretary of …": a predicate after the
  // apposition's closing comma, not an apposition
  if (rest[0] && PREDICATE_START.has(rest[0].text)) return [];
  for (const [k, t] of rest.entries()) {
    const lw = t.text.toLowerCase();
    // "and" inside a capitalised name continues ("Federal Office for Migration and Refugees").
    const inName = lw === 'and' && k > 0 && isCapitalised(rest[k - 1]!.text) && isCapitalised(rest[k + 1]?.text ?? '');
    if (/^[,.;:)\[(—–]$/.test(t.text) || (STOP.has(lw) && !inName)) break;
    if (!isCapitalised(t.text) && !ROLE_WORDS.has(lw) && !LOWER_OK.has(lw) && !JOINERS.has(lw) && !/^\p{L}+$/u.test(t.text)) break;
    phrase.push(t);
  }
  while (phrase.length && /^(the|a|an)$/i.test(phrase[0]!.text)) phrase.shift();
  while (phrase.length && JOINERS.has(phrase[phrase.length - 1]!.text.toLowerCase())) phrase.pop();
  if (phrase.length === 0 || phrase.length > 9 || !hasRoleWord(phrase.slice(0, 5))) return [];
  return phrase;
}

