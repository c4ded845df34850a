/**
 * Command-line arguments: node's parseArgs for the syntax, a zod schema for the meaning.
 * Every command declares its options once; types come from the schema.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { UsageError } from './command.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<S extends z.ZodType>(
  argv: readonly string[],
  options: OptionSpec,
  schema: S,
): { values: z.infer<S>; positionals: string[]; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const { help, ...rest } = parsed.values as Record<string, unknown>;
  if (help === true) return { values: {} as z.infer<S>, positionals: parsed.positionals, help: true };
  const result = schema.safeParse(rest);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  return { values: result.data, positionals: parsed.positionals, help: false };
}

/** YYYY-MM-DD that is a real calendar day. */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, 'not a calendar day');
