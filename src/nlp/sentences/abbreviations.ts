/**
 * Abbreviations that end with a period. Titles never end a sentence ("Gen. Smith"); the
 * ambiguous ones ("U.S.", "a.m.", "etc.", "Inc.") end one only when a typical sentence opener follows.
 */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mssrs', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'reps', 'sens', 'rev', 'fr', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb', 'sec', 'gens', 'st', 'mt', 'ft',
  'no', 'nos', 'art', 'arts', 'vol', 'vols', 'fig', 'figs', 'pp', 'p', 'para', 'ch', 'sect', 'cf', 'vs', 'v', 'approx', 'est', 'ed', 'eds',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'dept', 'univ', 'assn', 'bros', 'ave', 'blvd', 'rd', 'jr', 'sr', 'e.g', 'i.e', 'viz', 'al', 'op', 'ibid', 'ca', 'c', 'm', 'mme', 'mlle', 'hr', 'dipl',
]);

export const AMBIGUOUS_ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'etc', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'd.c', 'n.y', 'l.a', 's.a', 'ag', 'gmbh', 'bros',
]);

/** Words that commonly open a sentence: after an ambiguous abbreviation they signal a boundary. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those',
  'but', 'and', 'yet', 'so', 'however', 'meanwhile', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'if', 'as', 'there', 'then',
  'according', 'some', 'many', 'most', 'one', 'two', 'no', 'nor', 'officials', 'both', 'such', 'since', 'during', 'despite', 'although',
  'what', 'who', 'why', 'how', 'where', 'moreover', 'finally', 'still', 'also', 'for', 'with', 'by', 'from', 'until', 'not', 'all',
]);
