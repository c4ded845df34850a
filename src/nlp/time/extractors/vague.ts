/**
 * Vague references to the present, past and future, as the TimeML guidelines tag them:
 * "now", "currently", "current", "at present", "nowadays", "these days" (PRESENT_REF); "recently",
 * "the past", "lately" (PAST_REF); "the future", "soon",
 * "the near future" (FUTURE_REF); "the then current price" looks back from a past time (PAST_REF). Not "future" as an adjective ("future talks"). Not "the present" as a noun
 * ("the present agreement"), not "right now" inside names.
 */
import type { Extractor } from '../../pipeline.js';
import { fixed, NO_FIELDS, type TimexCandidate } from '../candidate.js';
import { scan } from '../words.js';

const RE = /\b(?:(now|currently|nowadays|presently|at\s+present|these\s+days|current|the\s+present)|(then\s+current|recently|lately|the\s+past|once\s+upon\s+a\s+time|in\s+the\s+past)|((?:the\s+)?(?:near|distant|foreseeable|immediate)\s+future|the\s+future|soon|shortly|the\s+(?:near|short)\s+term|(?<=\b(?:will|would|could|might|may|can|shall|should|must|to)\s+)one\s+day))\b(?!-)/gi;

/** A past-tense verb right after "soon". */
const SOON_PAST_AFTER = /^\s+(?:after(?:ward)?s?\b|(?:became|came|went|began|took|found|left|got|gave|made|saw|fell|rose|grew|spread|led|lost|won|broke|sold|knew|\p{Ll}{2,}[^\We]ed)\b)/u;

export const vague: Extractor<TimexCandidate> = {
  name: 'time/vague',
  extract(doc) {
    return scan(doc, RE, (m) => {
      const word = m[0].toLowerCase().replace(/\s+/g, ' ');
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "current" and "recent" are dates only as adjectives before a noun that is not itself a time or an amount.
      if ((word === 'current' || word === 'recent') && !/^\s+\p{L}/u.test(after)) return null;
      if (word === 'current' && /^\s+(?:quarter|year|month|week|period|fiscal|decade|century)\b/i.test(after)) return null;
      if (word === 'recent' && /^\s+(?:years|months|weeks|days|decades)\b/i.test(after)) return null;
      if (word === 'the present' && !/^\s*[,.;]/.test(after)) return null;
      // "the past four winters", "the past two elections": "the past" opens a count, not the past.
      if (word === 'the past' && /^\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred|few|several|couple|many|dozen)\b|[a-z]+\s+(?:years|months|weeks|days|decades|hours)|(?:year|month|week|decade|day)\b)/i.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      if (word === 'soon' && (/^\s+(?:after|as)\b/i.test(after) || /\bas\s*$/i.test(doc.text.slice(Math.max(0, m.index - 4), m.index)))) return null;
      // "the trickle soon turned into a stream", "he was soon released": shortly after a past event the story tells, not the future.
      if (word === 'soon' && (/\b(?:was|were|had)\s+$/i.test(doc.text.slice(Math.max(0, m.index - 6), m.index)) || SOON_PAST_AFTER.test(after))) return null;
      if (word === 'shortly' && /^\s+(?:before|after)\b/i.test(after)) return null;
      const value = m[1] !== undefined ? 'PRESENT_REF' : m[2] !== undefined ? 'PAST_REF' : 'FUTURE_REF';
      let start = m.index;
      if (word === 'in the past') start += 3;
      // "will one day be": some day ahead, not a day long (beats the duration rule's "one day").
      const confidence = word === 'one day' ? 0.9 : 0.6;
      return {
        start, end: m.index + m[0].length, rule: 'time/vague', confidence, type: 'date',
        fields: NO_FIELDS, resolve: fixed(value),
      };
    });
  },
};
