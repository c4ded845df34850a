/**
 * entities/trim: a name's span starts and ends on a name word. Leading and trailing
 * punctuation, a leading "The" ("The Huffington Post" → "Huffington Post", never "The Hague"),
 * French elisions ("L’Ukraine" → "Ukraine") and leading lower-case words that are not part of
 * the name ("de Donald Trump" → "Donald Trump"; but "von der Leyen" keeps its particles) are cut.
 * Capitalised sentence openers glued to a name ("Later Kaja Kallas", "But Trump") are cut.
 * The auxiliary opening a question ("Will Parliament be satisfied?") is cut.
 * A person's name stops at a capitalised preposition ("Ann Lee In the ..."); no name ends in
 * lower-case words ("CBC News the department" → "CBC News"). A trailing "'s" is cut; caption labels ("Image:") and lone function words ("Who") are not names.
 * A company form keeps its period inside a sentence ("Acme Corp. said", not "... bought Acme Corp.").
 * A candidate left without a capitalised word, or with a single letter, is dropped, and so is a
 * month or weekday name alone ("in July") or a month's abbreviation before a day ("Dec 1"), a lone "Government", and an English word in capitals
 * for emphasis ("UNLESS").
 */
import type { Refiner } from '../../pipeline.js';
import type { Candidate } from '../candidate.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { ENGLISH_MONTH_ABBREVIATIONS } from '../../lexicon/months.js';
import type { Document } from '../../../model/document.js';
import { hasLetter, isCapitalised, isLower, tokensIn, type Tok } from '../span-tokens.js';

/** Titles and their modifiers that never name anyone alone ("General" in "Secretary General"); not "King" or "Major", which are surnames too. */
const LONE_TITLES = new Set([
  'president', 'secretary', 'minister', 'chancellor', 'general', 'director', 'ambassador', 'envoy', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'governor', 'mayor', 'chairman', 'commissioner', 'national', 'federal',
  'deputy', 'former', 'acting', 'vice', 'prime', 'military', 'security', 'intelligence', 'foreign', 'defense', 'defence',
]);

/** Words that label a caption or a credit line, never a name on their own. */
const CAPTIONS = new Set(['image', 'photo', 'video', 'source', 'credit', 'caption', 'file', 'map', 'audio', 'article', 'chapter', 'section', 'paragraph']);
/** Function words are never a name on their own ("Who said ...", "This"), unless in capitals ("US", "WHO"). */
const FUNCTION_WORDS = new Set([
  'who', 'what', 'when', 'where', 'why', 'how', 'which', 'this', 'that', 'these', 'those', 'it', 'he', 'she',
  'they', 'we', 'us', 'i', 'you', 'a', 'an', 'the', 'but', 'and', 'or', 'if', 'while', 'as', 'after', 'before',
  'in', 'on', 'at', 'of', 'for', 'to', 'from', 'by', 'with', 'there', 'here', 'then', 'yet', 'so', 'all',
]);
/** Common English words written in capitals for emphasis, never acronyms of a body. */
const SHOUTED = new Set([
  'UNLESS', 'UNTIL', 'WHILE', 'BECAUSE', 'ALTHOUGH', 'THOUGH', 'NEVER', 'ALWAYS', 'REALLY', 'VERY', 'MUST', 'SHOULD',
  'WOULD', 'COULD', 'ONLY', 'ALSO', 'EVEN', 'STILL', 'JUST', 'EVERY', 'ABOUT', 'AFTER', 'BEFORE', 'AGAIN', 'THERE',
  'THEIR', 'THESE', 'THOSE', 'WHERE', 'WHICH', 'WHOSE', 'WHAT', 'WHEN', 'WITH', 'WITHOUT', 'FROM', 'INTO', 'THAN',
  'THEN', 'THAT', 'THIS', 'SOME', 'MANY', 'MUCH', 'MORE', 'MOST', 'SUCH', 'HAVE', 'BEEN', 'WERE', 'WILL', 'NOT', 'NONE',
]);
/** Sentence-opening adverbs and connectives glued to a name by the tagger ("Later Kaja Kallas"). */
const OPENERS = new Set([
  'later', 'earlier', 'then', 'meanwhile', 'however', 'also', 'finally', 'yesterday', 'today', 'tomorrow', 'now', 'still',
  'instead', 'afterwards', 'afterward', 'again', 'thus', 'hence', 'moreover', 'furthermore', 'indeed', 'besides', 'only',
  'even', 'perhaps', 'maybe', 'nevertheless', 'nonetheless', 'so', 'both', 'neither', 'either', 'nor', 'whereas', 'although',
  'though', 'since', 'because', 'unlike', 'like', 'according', 'asked', 'says', 'said', 'dear', 'thanks', 'when', 'once',
]);
const MAX_WORDS = 12;
/** Capitalised prepositions that never stand inside a person's name. */
const PERSON_STOPS = new Set(['In', 'At', 'On', 'From', 'With', 'For', 'Into', 'During']);
/** Words that end organisation names but name nothing alone ("the Group", "the Council"). */
/** Common nouns that name no one alone: institution words (not those that end outlets' names) and "Government", "Administration". */
const GENERIC_HEADS = new Set([...ORG_HEADS.filter((w) => !['times', 'post', 'journal', 'news', 'press', 'radio', 'television'].includes(w)), 'government', 'administration']);
const KEEP_THE = new Set(['hague', 'gambia', 'bahamas']);
/** Month and weekday names, never a name alone ("in July"); not those that are also given names (May, June, April, August). */
const CALENDAR = new Set([
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Auxiliaries that open a question ("Will Parliament be satisfied?", "Can Kyiv hold out?"). */
const QUESTION_AUX = new Set(['Will', 'Would', 'Can', 'Could', 'Should', 'Shall', 'May', 'Might', 'Must', 'Does', 'Did', 'Do', 'Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Had']);

/** Whether `at` opens a sentence (or the clause after a colon or dash) that ends with a question mark. */
function opensQuestion(doc: Document, at: number): boolean {
  const si = doc.sentenceAt(at);
  if (si < 0) return false;
  const s = doc.layers.sentences[si]!;
  if (!/\?["'”’»)]*\s*$/.test(doc.text.slice(at, s.end))) return false;
  return /(?:^|[:—–-])\s*["'“‘«(]?\s*$/.test(doc.text.slice(s.start, at));
}

/** Company-form abbreviations whose period is part of the name ("Acme Corp.", "Smith Bros."). */
const COMPANY_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'cos', 'bros', 'plc', 'pty', 'llc']);

/** Whether a period after a company form belongs to the name: glued to it, and not the one that ends the sentence. */
function companyPeriod(doc: Document, form: Tok, period: Tok): boolean {
  if (form.end !== period.start || !COMPANY_FORMS.has(form.text.toLowerCase())) return false;
  const si = doc.sentenceAt(period.start);
  if (si < 0) return false;
  const rest = doc.text.slice(period.end, doc.layers.sentences[si]!.end);
  return /\S/.test(rest);
}

export const trimRefiner: Refiner<Candidate> = {
  name: 'entities/trim',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      let toks = tokensIn(doc, c.start, c.end);
      while (toks.length && !hasLetter(toks[0]!.text) && !/^\p{N}/u.test(toks[0]!.text)) toks = toks.slice(1);
      while (toks.length && !hasLetter(toks[toks.length - 1]!.text) && !/^[.)]$/.test(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
      while (toks.length && toks[toks.length - 1]!.text === ')' && !toks.some((t) => t.text === '(')) toks = toks.slice(0, -1);
      while (toks.length && toks[toks.length - 1]!.text === '.' && toks.length > 1 && !/^\p{Lu}$/u.test(toks[toks.length - 2]!.text)
        && !companyPeriod(doc, toks[toks.length - 2]!, toks[toks.length - 1]!)) toks = toks.slice(0, -1);
      if (toks.length > 1 && /^['’]s$/.test(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1);
      // "Will Parliament be satisfied?": the auxiliary opening a question is not part of a name.
      if (toks.length > 1 && QUESTION_AUX.has(toks[0]!.text) && opensQuestion(doc, toks[0]!.start)) toks = toks.slice(1);
      if (toks.length === 1 && CAPTIONS.has(toks[0]!.text.toLowerCase())) continue;
      if (toks.length === 1 && toks[0]!.text !== toks[0]!.text.toUpperCase()) {
        const lone = toks[0]!.text.toLowerCase();
        if (FUNCTION_WORDS.has(lone) || LONE_TITLES.has(lone) || GENERIC_HEADS.has(lone) || CALENDAR.has(lone)) continue;
        // "Do you trust …?": the auxiliary opening a question
        if (QUESTION_AUX.has(toks[0]!.text) && opensQuestion(doc, toks[0]!.start)) continue;
        // "New Year's Eve", "Christmas Eve": a holiday's word, not a name.
        if (lone === 'eve' && /(?:year['’]s|christmas)\s+$/i.test(doc.text.slice(Math.max(0, toks[0]!.start - 12), toks[0]!.start))) continue;
        // "Dec 1", "Sept. 30": a month's abbreviation before a day ("Jan" alone may be a given name).
        if (ENGLISH_MONTH_ABBREVIATIONS.has(lone) && /^\.?\s+\d/.test(doc.text.slice(toks[0]!.end, toks[0]!.end + 5))) continue;
      }
      // An English word set in capitals for emphasis ("UNLESS of course ...") is no acronym.
      if (toks.length === 1 && toks[0]!.text.length >= 4 && SHOUTED.has(toks[0]!.text)) continue;
      if (toks.length > 1 && /^the$/i.test(toks[0]!.text) && !KEEP_THE.has(toks[1]!.text.toLowerCase())) toks = toks.slice(1);
      // A capitalised opener or function word before a name is not part of it ("Later Radmila …", "But Trump").
      while (toks.length > 1 && isCapitalised(toks[0]!.text) && toks[0]!.text !== toks[0]!.text.toUpperCase()
        && (OPENERS.has(toks[0]!.text.toLowerCase()) || (FUNCTION_WORDS.has(toks[0]!.text.toLowerCase()) && !/^the$/i.test(toks[0]!.text)))) {
        toks = toks.slice(1);
      }
      // A person's name ends before a capitalised preposition the tagger ran on into ("Ann Lee In the ...").
      if (c.type === 'person') {
        const cut = toks.findIndex((t, i) => i > 0 && PERSON_STOPS.has(t.text));
        if (cut > 0) toks = toks.slice(0, cut);
      }
      // A name ends on a name word: trailing lower-case words and the connectors before them are
      // cut ("CBC News the department" → "CBC News"), not a surname's particle ("Ursula von der Leyen" ends capitalised).
      if (toks.length > 1 && isLower(toks[toks.length - 1]!.text)) {
        while (toks.length > 1 && (isLower(toks[toks.length - 1]!.text) || /^(?:&|-)$/.test(toks[toks.length - 1]!.text))) toks = toks.slice(0, -1);
        while (toks.length > 1 && FUNCTION_WORDS.has(toks[toks.length - 1]!.text.toLowerCase()) && toks[toks.length - 1]!.text !== toks[toks.length - 1]!.text.toUpperCase()) toks = toks.slice(0, -1);
      }
      // Leading lower-case words: cut unless what follows is a single surname ("von der Leyen").
      let lead = 0;
      while (lead < toks.length && isLower(toks[lead]!.text)) lead++;
      if (lead > 0 && toks.length - lead !== 1) toks = toks.slice(lead);
      // Nothing longer than a dozen words is one name (a title-case run the tagger did not stop).
      if (toks.length === 0 || toks.length > MAX_WORDS) continue;
      let start = toks[0]!.start;
      const first = doc.text.slice(start, toks[0]!.end);
      const elision = /^(?:[LlDd]|[Qq]u)['’](?=\p{Lu})/u.exec(first);
      if (elision) start += elision[0].length;
      const end = toks[toks.length - 1]!.end;
      const text = doc.text.slice(start, end);
      if (!/\p{Lu}/u.test(text) && !/\p{N}/u.test(text)) continue;
      if (text.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
      if (!isCapitalised(text) && !/^(?:von|van|de|der|den|di|da|du|al|el|bin|ibn|la|le)\s/iu.test(text)) continue;
      out.push(start === c.start && end === c.end ? c : { ...c, start, end });
    }
    return out;
  },
};
