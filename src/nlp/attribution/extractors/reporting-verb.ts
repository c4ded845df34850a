/**
 * Reported speech, belief and intention with the source first: "Putin reiterated that …",
 * "A study by RAND found that …", "Trump's associates maintain …", "He told reporters the
 * plan was dead". Source = the subject before the verb; content = the clause after it (its
 * adjuncts and, for "tell"-type verbs, the addressee skipped), to the end of the clause.
 * An -ing participle ("…, adding that …") takes the subject of the cue before it.
 */
import type { Span } from '../../../model/annotations.js';
import type { Extractor } from '../../pipeline.js';
import { ADDRESSEE_VERBS } from '../../lexicon/reporting-verbs.js';
import { candidate, type AttributionCandidate } from '../candidate.js';
import { coordinatedSubject, cuesIn, openingSubject } from '../cues.js';
import { contentEnd, nounPhraseAfter, skipAdjuncts, skipLeadingMarkers, subjectBefore } from '../phrase.js';
import { pieceAt, quotePieces } from '../quote-marks.js';
import { bodySentences, wordCount } from '../scope.js';

const RULE = 'attribution/reporting-verb';
const LEADING_PP_RE = /^(?:during|on|in|at|before|after|while|when|from|with|last|earlier|later|since|through|via|outside|inside|near|amid|into|about|of)\b/iu;
const THAT_RE = /^\s*(?:[\p{L}'’.\-]+\s+){0,12}?that\b/iu;
const ADDRESSEE_RE = /^\s*(?:(?:the|a|an|his|her|their|its|our|several|some|many|two|three|\p{Lu}[\p{L}.\-]*)\s+){0,4}?[\p{L}.\-]+(?=\s*(?:,|that\b|\s(?:he|she|they|it|we|i|the|a|an|this|there|his|her|their|\p{Lu})\b))/u;

export const reportingVerbExtractor: Extractor<AttributionCandidate> = {
  name: RULE,
  extract(doc) {
    const text = doc.text;
    const pieces = quotePieces(doc);
    const out: AttributionCandidate[] = [];
    for (const sent of bodySentences(doc)) {
      // a question asserts nothing: "Do you trust the mediators?"
      if (/\?["'”’»)]*\s*$/.test(text.slice(sent.start, sent.end)) && pieceAt(pieces, sent.end - 2) < 0) continue;
      let lastWho: Span | null = null;
      for (const cue of cuesIn(doc, sent.start, sent.end)) {
        // inside a direct quotation the speaker's own "I think" is part of the quote, not an attribution
        if (pieceAt(pieces, cue.start) >= 0) continue;
        // "reads" introduces a text after a colon ("It reads:"); "she read the essay" attributes nothing
        if (cue.base === 'read') continue;
        // "continued" reports only before a quotation ("she continued: “…”"); "continue to fight" reports nothing
        if (cue.base === 'continue') continue;
        let who: Span | null = null;
        if (cue.participle) {
          if (!/,\s*$/.test(text.slice(sent.start, cue.start))) continue;
          // "…, but Dmitriev struck a warmer tone, writing that …": a clause opened after the last
          // cue's subject has its own subject, which the participle takes
          who = coordinatedSubject(text, lastWho ? lastWho.end : sent.start, cue.start) ?? lastWho ?? openingSubject(text, sent.start, cue.start);
        } else {
          // (a colon or a semicolon opens a clause with its own subject: "Moscow dismissed it: Maria
          // Zakharova, the spokeswoman, said …")
          const clauseFloor = Math.max(sent.start, text.lastIndexOf(':', cue.start) + 1, text.lastIndexOf(';', cue.start) + 1);
          who = subjectBefore(text, cue.start, clauseFloor);
          // a second verb of the same subject: "Novak is cautious … and expects prices to …"
          if (who === null && /\b(?:and|but|yet)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(sent.start, cue.start))) who = lastWho ?? openingSubject(text, sent.start, cue.start);
        }
        if (who === null) continue;
        // "Let us recall that …": the author speaking, no source
        if (/^let(?:\s+us|['’]s)$/i.test(text.slice(who.start, who.end).trim())) continue;
        lastWho = who;
        // "The plan, Kallas said, rewards …" is the parenthetical rule's
        if (!cue.participle && /^\s*,/.test(text.slice(cue.end, sent.end)) && /,\s*$/.test(text.slice(sent.start, who.start))) continue;
        let from = skipAdjuncts(text, cue.end, sent.end);
        let addressee = false;
        if (ADDRESSEE_VERBS.has(cue.base)) {
          const that = THAT_RE.exec(text.slice(from, sent.end));
          if (that) { from += that[0].length - 4; addressee = true; }
          else {
            const obj = ADDRESSEE_RE.exec(text.slice(from, sent.end));
            if (obj) { from += obj[0].length; addressee = true; }
          }
        }
        from = skipLeadingMarkers(text, from, sent.end);
        // "said at a town hall in Reno, …": a prepositional adjunct first; the content follows its comma
        const pp = LEADING_PP_RE.exec(text.slice(from, sent.end));
        if (pp) {
          const rest = text.slice(from, sent.end);
          const comma = rest.search(/,\s|\sthat\s/);
          // without a comma, the content starts at the subject after a short adjunct: "said after the meeting he would …"
          const subject = comma < 0 ? /^(?:\S+\s+){1,5}?(?=(?:he|she|they|it|we|I)\s)/u.exec(rest) : null;
          if (comma < 0 && !subject) continue;
          from = subject ? from + subject[0].length : skipLeadingMarkers(text, from + comma + 1, sent.end);
        }
        // "…," said Ms. Berg / "…", said the mayor: the inverted quote rules' business
        if (/["”’']\s*,?\s*$|,\s*$/.test(text.slice(sent.start, cue.start)) && /^(?:\p{Lu}|the\s|a\s|an\s)/u.test(text.slice(from, sent.end)) && !/^that\b/i.test(text.slice(from, sent.end))) {
          const np = nounPhraseAfter(text, from, sent.end);
          if (np && /^\s*(?:[.,!?]|$)/.test(text.slice(np.end, sent.end))) continue;
        }
        // `"…," he said on Air Force One`: the cue of the quotation before its subject; what follows
        // is an adjunct, not content
        if (/[”"»’']\s*$/.test(text.slice(sent.start, who.start)) && !/^that\b/i.test(text.slice(from, sent.end))) continue;
        let end = contentEnd(text, from, sent.end);
        // "dismissed it within hours: Maria Zakharova said …": a pronoun's clause ends at the colon
        if (/^(?:it|this|that|them)\b/i.test(text.slice(from, end))) {
          const colon = text.slice(from, end).search(/[:;]/);
          if (colon > 0) end = from + colon;
        }
        const n = wordCount(text, from, end);
        // "told Reuters", "told a radio host on Monday": an addressee and no content
        if (ADDRESSEE_VERBS.has(cue.base) && !addressee && n < 6) continue;
        // "the truce agreed by both sides", "rise by two points": a participle or an intransitive verb, no content
        if (/^by\b/i.test(text.slice(from, end))) continue;
        // "would say so on the record", "would neither confirm nor deny it": a pro-form, no content;
        // so is a pronoun and its adjuncts ("wanted this for months")
        if (/^(?:so|nor|or)\b/i.test(text.slice(from, end))) continue;
        // "declined to comment", "refused to elaborate": nothing said
        if (/^to\s+(?:comment|elaborate|say\s+more|give\s+details|speculate)\b/i.test(text.slice(from, end))) continue;
        if (/^(?:this|it|these|those)(?:\s+(?:for|on|in|at|by|with|from|over|about|within|after|before|during|since|until|again|too|now|then|yet)\b[^,;]*)?[.!?]?$/i.test(text.slice(from, end).trim()) && wordCount(text, from, end) <= 4) continue;
        // "has answered his concerns", "addressed the question": an object, not something said
        if ((cue.base === 'answer' || cue.base === 'address') && !/^(?:(?:that|whether|if|why|how|what|who|when|where)\b|["“«])/i.test(text.slice(from, end))) continue;
        // "a spokesman said the following day": a time adjunct, no content
        if (doc.layers.timexes.some((t) => t.start <= from + 1 && t.end >= end - 1 && /^[\s\p{L}\p{N}'’-]*$/u.test(text.slice(from, end).trim()))) continue;
        // one word is content only when it is a name ("Orbán has endorsed Fico")
        if (n < 1 || (n < 2 && !/^\p{Lu}/u.test(text.slice(from, end)))) continue;
        // "…, said the mayor." is the inverted rule's: after a comma the content must look like a clause
        if (!cue.participle && /,\s*$/.test(text.slice(sent.start, cue.start)) && n < 4 && !/^that\b/i.test(text.slice(from, end))) continue;
        // a whole direct quotation after the verb is the quote rules' business
        const qi = pieceAt(pieces, from);
        if (qi >= 0 && pieces[qi]!.open === from && pieces[qi]!.close >= end - 1) continue;
        out.push(candidate({
          kind: 'claim', start: from, end, cue: { start: cue.start, end: cue.end }, who, verb: cue.base,
          modality: 'reported', rule: RULE, confidence: cue.cls === 'speech' ? 0.8 : 0.6,
        }));
      }
    }
    return out;
  },
};
