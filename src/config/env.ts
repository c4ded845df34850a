/**
 * The environment, validated once at start-up (Outline's env.ts): a bad value stops the
 * process with a message naming the variable, instead of failing later somewhere deep.
 */
import { z } from 'zod';

const Blank = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const EnvSchema = z.object({
  /** A PostgreSQL server: when set, the store uses it instead of the embedded database. */
  DATABASE_URL: z.preprocess(Blank, z.string()
    .refine((s) => /^postgres(?:ql)?:\/\//.test(s), 'expected a postgres:// or postgresql:// URL')
    .refine((s) => URL.canParse(s), 'not a valid URL')
    .optional()),
  /** The embedded store's data folder (default ./.parley/data). */
  PARLEY_DATA: z.preprocess(Blank, z.string().optional()),
  /** The port `parley serve` listens on when --port is not given. */
  PORT: z.preprocess(Blank, z.coerce.number().int().min(1).max(65535).optional()),
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Parses the environment; throws an EnvError listing every bad variable. */
export function loadEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const result = EnvSchema.safeParse({ DATABASE_URL: env['DATABASE_URL'], PARLEY_DATA: env['PARLEY_DATA'], PORT: env['PORT'] });
  if (!result.success) {
    const lines = result.error.issues.map((i) => {
      const name = String(i.path[0] ?? '?');
      const got = env[name];
      // Never echo a database URL: it may hold a password.
      const shown = name === 'DATABASE_URL' ? '' : ` (got ${JSON.stringify(got)})`;
      return `  ${name}: ${i.message}${shown}`;
    });
    throw new EnvError(`invalid environment:\n${lines.join('\n')}`);
  }
  // Unset variables are absent, not present-and-undefined.
  return Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)) as Env;
}
