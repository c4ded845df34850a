/**
 * A CLI command: a name, a one-line summary, its usage text, and `run`, which returns the exit
 * code. Commands validate their own arguments with a schema and print errors to stderr.
 */
export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  run(argv: readonly string[], io: Io): Promise<number>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
