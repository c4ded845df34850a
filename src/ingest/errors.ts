/**
 * Why an input could not become a report. Codes are stable (the CLI summary, the API and the
 * store key on them); the message says what was found, quoting the input where it helps.
 */
export const INGEST_ERROR_CODES = [
  'empty-input',
  'binary-input',
  'too-large',
  'unsupported-type',
  'not-found',
  'read-failed',
  'no-article-text',
  'fetch-failed',
  'fetch-timeout',
  'fetch-status',
  'too-many-redirects',
  'private-address',
  'bad-url',
  'feed-invalid',
  'feed-item-invalid',
] as const;

export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly source: string;

  constructor(code: IngestErrorCode, source: string, message: string) {
    super(message);
    this.name = 'IngestError';
    this.code = code;
    this.source = source;
  }
}
