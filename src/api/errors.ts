/**
 * API errors (Outline's errors.ts): one factory per kind, each with a stable id and status.
 * Every error leaves the API as `{error: {id, message}}` (+ `issues` for validation).
 */
import { z } from 'zod';

export const ERROR_IDS = [
  'validation-failed', 'not-found', 'payload-too-large', 'unsupported-media-type', 'unprocessable-report', 'internal',
] as const;
export type ErrorId = (typeof ERROR_IDS)[number];

export const ErrorBodySchema = z.object({
  error: z.object({
    id: z.enum(ERROR_IDS),
    message: z.string(),
    /** validation-failed: where and what. */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** unprocessable-report: the ingest code (empty-input, binary-input, no-article-text, …). */
    reason: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

export type ErrorStatus = 400 | 404 | 413 | 415 | 422 | 500;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly id: ErrorId,
    readonly status: ErrorStatus,
    message: string,
    readonly extra: Omit<ErrorBody['error'], 'id' | 'message'> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { id: this.id, message: this.message, ...this.extra } };
  }
}

export function validationFailed(where: string, error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ path: i.path.length > 0 ? i.path.join('.') : where, message: i.message }));
  return new ApiError('validation-failed', 400, `invalid ${where}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, { issues });
}

export const badBody = (message: string): ApiError =>
  new ApiError('validation-failed', 400, message, { issues: [{ path: 'body', message }] });

export const notFound = (message: string): ApiError => new ApiError('not-found', 404, message);

export const payloadTooLarge = (maxBytes: number): ApiError =>
  new ApiError('payload-too-large', 413, `the request body is over the ${maxBytes} byte limit`);

export const unsupportedMediaType = (got: string, accepted: readonly string[]): ApiError =>
  new ApiError('unsupported-media-type', 415, `content type ${JSON.stringify(got)} is not accepted; use one of ${accepted.join(', ')}`);

export const unprocessableReport = (reason: string, message: string): ApiError =>
  new ApiError('unprocessable-report', 422, message, { reason });

export const internal = (): ApiError => new ApiError('internal', 500, 'internal error; the server log has the details');
