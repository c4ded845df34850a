/** Parse a request part with its schema, or throw `validation-failed` naming the part. */
import type { z } from 'zod';
import { validationFailed } from './errors.js';

export function validate<S extends z.ZodType>(schema: S, data: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw validationFailed(where, result.error);
  return result.data;
}
