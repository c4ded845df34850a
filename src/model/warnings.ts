/**
 * Findings about a report, attached to it with a position (vfile's messages), never thrown.
 * Codes are stable: the API, the store and the UI key on them.
 */
export const WARNING_CODES = [
  'dangling-citation',
  'unused-citation',
  'invalid-utf8',
  'utf16-decoded',
  'control-characters',
  'front-matter-invalid',
  'front-matter-date-invalid',
  'missing-published',
  'html-stripped',
  'no-article-text',
  'truncated',
  'near-duplicate',
  'feed-item-failed',
  'charset-unknown',
  'feed-item-fallback',
  'html-unsafe-removed',
  'html-body-text',
] as const;

export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  /** The rule that raised it (e.g. `notes/markers`). */
  readonly rule: string;
  readonly start?: number;
  readonly end?: number;
  /** For citation warnings: the marker concerned. */
  readonly marker?: string;
}
