/**
 * Agreements and signings: "signed", "an agreement", "a deal", "a treaty", "a memorandum",
 * "declarations of intent", "agreed to", and admission into an alliance ("included Ukraine in
 * the Joint Expeditionary Force", "joined NATO"). "deal with" (handle) and "a great deal" are not deals,
 * nor is "a statement signed by ten leaders" an agreement (the statement is the event).
 */
import { mentionAfter, textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>signed|signing|signs?|agreements?|agreed|deals?|accords?|treat(?:y|ies)|memorand(?:um|a)|declarations? of intent|included|joined)\b/gid;

export const agreementTrigger = triggerExtractor({
  name: 'events/agreement',
  type: 'agreement',
  pattern: PATTERN,
  accept(doc, start, end) {
    const word = doc.text.slice(start, end).toLowerCase();
    const after = textAfter(doc, end, 80);
    if (/^deals?$/.test(word)) return !/^\s+with\b/i.test(after) && !/\b(?:great|good)\s+$/i.test(doc.text.slice(Math.max(0, start - 8), start));
    if (/^signs?$/.test(word)) return !/^\s+(?:of|that)\b/i.test(after);
    // "signed a decree / a law" is a decree or legislation, told by those families.
    if (/^sign/.test(word) && /^\s+(?:(?:a|an|the|two|new)\s+)?(?:decrees?|executive orders?|laws?|bills?)\b/i.test(after)) return false;
    // "a joint statement signed by ten leaders", "a letter signed by 40 MPs": the statement is the event
    if (word === 'signed' && /\b(?:statements?|letters?|petitions?|communiqu[ée]s?|appeals?|op-eds?|declarations?)\s+$/i.test(doc.text.slice(Math.max(0, start - 20), start))) return false;
    if (word === 'joined') {
      const m = mentionAfter(doc, end, 12);
      return m !== null && m.type === 'organization';
    }
    if (word === 'included') {
      // "included Ukraine, a non-member, in the Joint Expeditionary Force": actor, then "in" + organisation.
      const inAt = /^[^.;]{1,60}?\bin\s+(?:(?:the|this|its)\s+)?/i.exec(after);
      if (!inAt) return false;
      const m = mentionAfter(doc, end + inAt[0].length, 2, /^\s*$/);
      return m !== null && m.type === 'organization' && mentionAfter(doc, end, 4) !== null;
    }
    return true;
  },
});
