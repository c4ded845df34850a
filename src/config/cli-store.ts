/**
 * How the store commands (serve, search, export, reports) open the store: the environment is
 * validated first (a bad DATABASE_URL, PARLEY_DATA or PORT stops the command with a message
 * naming the variable), then the store is opened where --data / PARLEY_DATA / DATABASE_URL say.
 */
import type { Io } from '../cli/command.js';
import { describeTarget, openStore, storeTarget, type StoreTarget } from '../store/open.js';
import type { Store } from '../store/types.js';
import { EnvError, loadEnv, type Env } from './env.js';

export type OpenTarget = (target: StoreTarget) => Promise<Store>;

export interface CliStore {
  store: Store;
  env: Env;
  where: string;
}

/** The store, or null after printing why it could not be opened (exit code 2 for a bad env, 1 otherwise). */
export async function openCliStore(
  command: string, dataFlag: string | undefined, io: Io, open: OpenTarget = openStore, environment: NodeJS.ProcessEnv = process.env,
): Promise<CliStore | { exitCode: number }> {
  let env: Env;
  try {
    env = loadEnv(environment);
  } catch (err) {
    if (err instanceof EnvError) {
      io.stderr.write(`parley ${command}: ${err.message}\n`);
      return { exitCode: 2 };
    }
    throw err;
  }
  const target = storeTarget(env, dataFlag);
  try {
    return { store: await open(target), env, where: describeTarget(target) };
  } catch (err) {
    io.stderr.write(`parley ${command}: cannot open the ${describeTarget(target)}: ${err instanceof Error ? err.message : String(err)}\n`);
    return { exitCode: 1 };
  }
}

/** Write to a stream, waiting when its buffer is full (large exports). */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', () => resolve());
  });
}
