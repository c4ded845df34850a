/**
 * Publications: "published a transcript", "the publication of", "leaked", "revealed", and
 * "released" only with a document as object, before or after it ("released the transcript",
 * "the recordings that Bloomberg released", "a recording …, released by Reuters"; "released
 * prisoners" is not a publication).
 */
import { textAfter, triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>published|publishes|publish|publication|leaked|revealed|released)\b/gid;
const DOCUMENT_OBJECT_RE = /^\s+(?:(?:a|an|the|its|their|his|her|two|new|full|another|second|first)\s+){0,3}(?:transcripts?|recordings?|text|documents?|reports?|statements?|videos?|audio|plans?|drafts?|details|data|letters?|findings)\b/i;

/** "the recordings that Bloomberg released", "the text which the ministry released". */
const DOCUMENT_BEFORE_RE = /\b(?:transcripts?|recordings?|text|documents?|reports?|statements?|videos?|plans?|drafts?|letters?|findings)\s+(?:that|which)\s+[^.;,]{1,40}$/i;

/** "A recording of the call, released by Reuters on Monday": a document earlier in the sentence, then "released by". */
const DOCUMENT_NOUN_BEFORE_RE = /\b(?:transcripts?|recordings?|text|documents?|reports?|videos?|audio|footage|drafts?|letters?|tapes?)\b[^.;!?]*$/i;

export const publicationTrigger = triggerExtractor({
  name: 'events/publication',
  type: 'publication',
  pattern: PATTERN,
  accept(doc, start, end) {
    if (doc.text.slice(start, end).toLowerCase() !== 'released') return true;
    return DOCUMENT_OBJECT_RE.test(textAfter(doc, end, 60)) || DOCUMENT_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 60), start)) ||
      (/^\s+by\b/i.test(textAfter(doc, end, 6)) && DOCUMENT_NOUN_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 120), start)));
  },
});
