/**
 * Statements: "issued a joint statement", "announced", "a declaration", "sent two letters",
 * "informed the coalition", "in his evening address", "told reporters". A "declaration of
 * intent" is an agreement (see agreement.ts); "address" is a speech only after a determiner;
 * "briefed on"/"informed about" (a passive participle) is no statement.
 */
import { textAfter, triggerExtractor, wordBefore } from '../trigger.js';

const PATTERN = /\b(?<t>statements?|declaration(?!s? of intent)s?|declared|announced|announcements?|letters?|informed|briefed|addresse?s?|told (?:reporters|journalists|the press)|press conferences?)\b/gid;
const ADDRESS_BEFORE = new Set(['his', 'her', 'an', 'the', 'a', 'evening', 'nightly', 'video', 'televised', 'annual', 'weekly', 'inaugural']);

export const statementTrigger = triggerExtractor({
  name: 'events/statement',
  type: 'statement',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    if (word.startsWith('address')) return word !== 'addresses' && ADDRESS_BEFORE.has(wordBefore(doc.text, start));
    // "an official briefed on the talks" is a passive participle, not a briefing.
    if (word === 'briefed' || word === 'informed') return !/^\s+(?:on|about|of)\b/i.test(textAfter(doc, end, 10));
    return true;
  },
});
