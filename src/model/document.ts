import type {
  Citation, CitationMarker, Claim, Entity, EventMention, Mention, NotesSection, Paragraph, Quote,
  Sentence, Span, Timex,
} from './annotations.js';
import type { Warning } from './warnings.js';
import { tokenize, type Tokens } from '../nlp/text/tokens.js';

/** What a report says about itself (front matter, HTML meta, CLI overrides). */
export interface ReportMeta {
  title: string | null;
  /** The document creation date, YYYY-MM-DD: every relative or year-less date resolves against it. */
  published: string | null;
  publisher: string | null;
  url: string | null;
  authors: string[];
}

/** Every annotation layer of a document. Stages write into these; views derive from them. */
export interface Layers {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  notes: NotesSection | null;
  markers: CitationMarker[];
  citations: Citation[];
  mentions: Mention[];
  entities: Entity[];
  timexes: Timex[];
  events: EventMention[];
  quotes: Quote[];
  claims: Claim[];
}

export interface DocumentInit {
  id: string;
  source: string;
  text: string;
  meta: ReportMeta;
  warnings?: Warning[];
}

/**
 * One report: the body text exactly as read plus every annotation layer over it.
 * Offsets everywhere are UTF-16 indices into `text`.
 */
export class Document {
  readonly id: string;
  readonly source: string;
  readonly text: string;
  readonly meta: ReportMeta;
  readonly warnings: Warning[];
  readonly layers: Layers = {
    paragraphs: [], sentences: [], notes: null, markers: [], citations: [], mentions: [],
    entities: [], timexes: [], events: [], quotes: [], claims: [],
  };
  #tokens: Tokens | undefined;

  constructor(init: DocumentInit) {
    this.id = init.id;
    this.source = init.source;
    this.text = init.text;
    this.meta = init.meta;
    this.warnings = init.warnings ? [...init.warnings] : [];
  }

  /** Word and punctuation tokens of the whole text, computed once on first use. */
  get tokens(): Tokens {
    this.#tokens ??= tokenize(this.text);
    return this.#tokens;
  }

  /** The text a span covers. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Attach a finding to the document (never throw for a problem in the input). */
  warn(warning: Warning): void {
    this.warnings.push(warning);
  }

  /** The body without the notes section: where prose stages look. */
  get bodyEnd(): number {
    return this.layers.notes ? this.layers.notes.start : this.text.length;
  }

  /** Index of the sentence containing `offset`, or -1 (binary search over sorted sentences). */
  sentenceAt(offset: number): number {
    const s = this.layers.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const cur = s[mid]!;
      if (offset < cur.start) hi = mid - 1;
      else if (offset >= cur.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}
