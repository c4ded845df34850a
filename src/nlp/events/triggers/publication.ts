/**
 * Publications: "published a transcript", "the publication of", "leaked", "revealed", and
 * "released" only with a document as object ("released prisoners" is not a publication).
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>published|publishes|publish|publication|leaked|revealed|released)\b/giud;
const DOCUMENT_OBJECT_RE = /^\s+(?:(?:a|an|the|its|their|his|her|two|new|full|another|second|first)\s+){0,3}(?:transcripts?|recordings?|text|documents?|reports?|statements?|videos?|audio|plans?|drafts?|details|data|letters?|findings)\b/i;

export const publicationTrigger = triggerExtractor({
  name: 'events/publication',
  type: 'publication',
  pattern: PATTERN,
  accept(doc, start, end) {
    if (doc.text.slice(start, end).toLowerCase() !== 'released') return true;
    return DOCUMENT_OBJECT_RE.test(textAfter(doc, end, 60));
  },
});
