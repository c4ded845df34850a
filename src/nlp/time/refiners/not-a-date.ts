/**
 * Drop candidates that are words of a name or a title rather than a time:
 * - a word-only span inside a person, organisation or work mention from the entities stage
 *   ("Theresa May", "Today" the programme) — weekdays excepted, since taggers often glue them
 *   onto the name before them ("President Clinton Friday"); a mention with a lower-case word
 *   other than a name particle ("Roy stake in July") is a tagger's slip, not a name;
 * - a capitalised time word inside a title ("This Week", "60 Minutes", "High Noon", "VOA Today"),
 *   but not one that opens a sentence after a capitalised word ("... on Wednesday. Yesterday, ...");
 * - a heading that is nothing but a season or month word ("The Fall", "Spring");
 * - anything inside a URL (".../2025/11/20/...", "meridian-daily").
 */
import type { Document } from '../../../model/document.js';
import type { Refiner } from '../../pipeline.js';
import type { TimexCandidate } from '../candidate.js';

const NAME_PRONE = new Set(['time/month-year', 'time/season', 'time/holiday', 'time/deictic-period', 'time/deictic-day', 'time/vague']);
const TITLE_WORD = /(?:^|\s)(?:Today|Tonight|Tomorrow|Yesterday|Week|Weekend|Month|Year|Minutes|Hours|Noon|Midnight|Days|Years|Now|Future|Past)$/;

export const notADate: Refiner<TimexCandidate> = {
  name: 'time/not-a-date',
  refine(doc, candidates) {
    const mentions = doc.layers.mentions;
    const headings = doc.layers.paragraphs.filter((p) => p.heading);
    return candidates.filter((c) => {
      const text = doc.text.slice(c.start, c.end);
      if (insideUrl(doc.text, c.start)) return false;
      // (A holiday is title case by name: "the New Year".)
      if (c.rule !== 'time/holiday' && TITLE_WORD.test(text) && inTitle(doc, c, text)) return false;
      if (/\d/.test(text)) return true;
      for (const h of headings) {
        if (c.start >= h.start && c.end <= h.end) {
          const rest = doc.text.slice(h.start, h.end).replace(/^\s*(?:the\s+)?/i, '').trim();
          if (rest.length <= c.end - c.start && c.type === 'date') return false;
        }
      }
      if (!NAME_PRONE.has(c.rule)) return true;
      for (const mention of mentions) {
        if (mention.start > c.start) break;
        if (mention.type === 'place') continue;
        if (mention.start <= c.start && mention.end >= c.end && mention.end - mention.start > c.end - c.start &&
          nameLike(doc.text.slice(mention.start, mention.end))) return false;
      }
      return true;
    });
  },
};

/** The capitalised time word follows a capitalised word or an opening quote, or the whole span is title case mid-sentence. */
function inTitle(doc: Document, c: TimexCandidate, text: string): boolean {
  const before = doc.text.slice(Math.max(0, c.start - 24), c.start);
  const after = doc.text.slice(c.end, c.end + 3);
  // After an opening quote: a title only if the quote closes right after it or a capitalised word follows ("This Week With ...").
  if (/["“‘`']\s*$/.test(before)) return /^(?:[.,!?]?["”’'`]|\s+[A-Z])/.test(doc.text.slice(c.end, c.end + 4));
  // A sentence that ends with a capitalised word ("... on Wednesday. Yesterday, ...") is no title.
  if (/\b[A-Z][\p{L}.]*\s*$/u.test(before) && !/[a-z\d][.!?]\s+$/.test(before) && !/(?:^|[.!?]\s+|\n\s*)(?:In|On|At|By|Since|Until|For|But|And|The|A|An|Now|Then|So)\s*$/.test(before)) return true;
  const words = text.split(/\s+/);
  if (words.length >= 2 && words.every((w) => /^[A-Z\d]/.test(w))) return !/(?:^|[.!?:]\s*|\n\s*)$/.test(before);
  return false;
}

/** The white-space-delimited word around `offset` is a URL. */
function insideUrl(text: string, offset: number): boolean {
  let s = offset;
  while (s > 0 && !/\s/.test(text[s - 1]!) && offset - s < 300) s--;
  const head = text.slice(s, offset + 1);
  return /^(?:\S*:\/\/|www\.)/i.test(head) || /^[<(\["'“]?https?:/i.test(head);
}

/** Every word capitalised, or a particle of a name or title ("Bank of England", "Vincent van Gogh"). */
function nameLike(text: string): boolean {
  return text.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || PARTICLE.test(w));
}
const PARTICLE = /^(?:of|the|and|for|on|de|du|des|la|le|van|von|der|den|da|di|al|el|bin|ibn|y|&)$/;
