/**
 * One reference entry → title, authors, translators, publisher, date, url.
 *
 * Entries on real pages are messy: the opening quote is often lost with the marker's closing
 * bracket ("[1The Fall of …”, by …"), titles sit in straight, curly or «guillemet» quotes,
 * authors come as "by X", "par X" or a bare list with "and"/"&", translators as "Translation X".
 * The rules, in order: take the url, the last full date, the quoted (or first) segment as the
 * title; split the rest on commas; "by/par/von/di" segments are authors, "Translation" ones are
 * translators; the last remaining segment before the date is the publisher and the others are authors.
 */
import { findEntryDate } from './entry-date.js';

export interface ParsedEntry {
  title: string | null;
  authors: string[];
  translators: string[];
  publisher: string | null;
  date: string | null;
  url: string | null;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"”»]+[^\s<>"”».,;:)]/i;
const OPEN_QUOTES = '«“"‘„';
const CLOSE_FOR: Record<string, string> = { '«': '»', '“': '”', '"': '"', '‘': '’', '„': '“' };
const BY_RE = /^(?:by|par|von|di|de|por|door)\s+/i;
const TRANSLATION_RE = /^(?:translation|translated by|traduction|traduit par|übersetzung|traducción|traduzione)\b[:\s]*/i;
/** The word that labels a translator in an entry, alone ("Translation", "Traduction"): it names nobody. */
export const TRANSLATOR_LABEL_RE = /^(?:translation|translated|traduction|traduit|übersetzung|traducción|traduzione)$/i;
const NOISE_RE = /^(?:ou version anglaise|english version|version française|in english|online|accessed|retrieved|consulted)\b/i;

export function parseEntry(raw: string): ParsedEntry {
  let text = raw.replace(/\s+/g, ' ').trim();
  const urlMatch = URL_RE.exec(text);
  const url = urlMatch ? urlMatch[0] : null;
  if (urlMatch) text = (text.slice(0, urlMatch.index) + text.slice(urlMatch.index + urlMatch[0].length)).trim();
  const dateMatch = findEntryDate(text);
  const date = dateMatch ? dateMatch.value : null;
  let beforeDate = dateMatch ? text.slice(0, dateMatch.start) : text;
  beforeDate = beforeDate.replace(/[\s,.;:]+$/, '');

  // Title: a quoted span at the start, or text up to a closing quote whose opening was lost.
  let title: string | null = null;
  let rest = beforeDate;
  const first = rest[0] ?? '';
  if (OPEN_QUOTES.includes(first)) {
    const close = CLOSE_FOR[first]!;
    const end = rest.indexOf(close, 1);
    if (end > 0) {
      title = rest.slice(1, end).trim();
      rest = rest.slice(end + 1);
    }
  }
  if (title === null) {
    const closeAt = firstIndexOf(rest, ['”', '»', '"']);
    const commaAt = rest.indexOf(', ');
    if (closeAt > 0 && (commaAt < 0 || closeAt < commaAt + 200)) {
      title = rest.slice(0, closeAt).replace(/^[«“"‘\s]+/, '').trim();
      rest = rest.slice(closeAt + 1);
    } else {
      const cut = commaAt >= 0 ? commaAt : rest.length;
      title = rest.slice(0, cut).trim();
      rest = rest.slice(cut);
    }
  }
  const segments = rest.split(/,\s+/).map((s) => s.replace(/^[\s,.;:]+|[\s,.;:]+$/g, '')).filter((s) => s.length > 0);
  const authors: string[] = [];
  const translators: string[] = [];
  const others: string[] = [];
  for (const seg of segments) {
    if (TRANSLATION_RE.test(seg)) translators.push(...splitNames(seg.replace(TRANSLATION_RE, '')));
    else if (BY_RE.test(seg)) authors.push(...splitNames(seg.replace(BY_RE, '')));
    else if (!NOISE_RE.test(seg)) others.push(seg);
  }
  let publisher: string | null = null;
  if (others.length > 0) {
    publisher = others.pop()!;
    // Joint publishers ("Nordic Policy Lab & Danish Institute for Strategic Studies"): keep the last one named.
    const parts = publisher.split(/\s+&\s+/);
    if (parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p))) publisher = parts[parts.length - 1]!;
    for (const o of others) authors.push(...splitNames(o));
  }
  return { title: title && title.length > 0 ? title : null, authors, translators, publisher, date, url };
}

function splitNames(s: string): string[] {
  return s.split(/\s*(?:,|\band\b|\bet\b|\bund\b|\by\b|&)\s*/).map((x) => x.trim()).filter((x) => x.length > 0);
}

function firstIndexOf(s: string, chars: readonly string[]): number {
  let best = -1;
  for (const c of chars) {
    const i = s.indexOf(c);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}
