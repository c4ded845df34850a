import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder with package.json), from the compiled file's location. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('parley: cannot find the project root (package.json)');
    dir = up;
  }
  return dir;
}

/** `../shared` beside the checkout (or PARLEY_SHARED), or null when it is not there. */
export function sharedDir(): string | null {
  const dir = process.env['PARLEY_SHARED'] ? resolve(process.env['PARLEY_SHARED']) : resolve(projectRoot(), '..', 'shared');
  return existsSync(join(dir, 'corpus')) ? dir : null;
}
