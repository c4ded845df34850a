import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf } from '../ingest/read-file.js';

/** Report files below a folder, recursively, sorted (the benchmark reads synchronously). */
export function listReportsSync(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...listReportsSync(path));
    else if (formatOf(path) && !/^readme\./i.test(e.name)) out.push(path);
  }
  return out;
}
