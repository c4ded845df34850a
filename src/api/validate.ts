/** Parse a request part with its schema, or throw `validation-failed` naming the part. */
import type { Context } from 'hono';
import type { z } from 'zod';
import { badBody, validationFailed } from './errors.js';

export function validate<S extends z.ZodType>(schema: S, data: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw validationFailed(where, result.error);
  return result.data;
}

/** The request's JSON body, or `validation-failed` when it is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw badBody('the body is not valid JSON');
  }
}
