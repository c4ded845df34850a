/**
 * What the user named (paths, folders, URLs, feeds) → an ordered list of inputs to read.
 * Folders are read recursively in sorted path order; files that are not reports are skipped.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IngestError } from './errors.js';
import { formatOf } from './read-file.js';

export type InputTarget =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string };

export interface Expanded {
  targets: InputTarget[];
  errors: IngestError[];
}

const URL_RE = /^https?:\/\//i;

export async function expandInputs(inputs: readonly string[]): Promise<Expanded> {
  const targets: InputTarget[] = [];
  const errors: IngestError[] = [];
  for (const input of inputs) {
    if (URL_RE.test(input)) {
      targets.push({ kind: 'url', url: input });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch {
      errors.push(new IngestError('not-found', input, `${input}: no such file or folder`));
      continue;
    }
    if (info.isDirectory()) {
      for (const path of await listReports(input, errors)) targets.push({ kind: 'file', path });
    } else {
      targets.push({ kind: 'file', path: input });
    }
  }
  return { targets, errors };
}

/**
 * Every report file below a folder, recursively, in sorted path order (README files skipped).
 * Symbolic links to report files are followed; links to folders are not (no loops). A folder
 * that cannot be read is an error in `errors` (when given) and the walk goes on; without
 * `errors` it throws.
 */
export async function listReports(dir: string, errors?: IngestError[]): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const e = new IngestError('read-failed', dir, `${dir}: the folder cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    if (!errors) throw e;
    errors.push(e);
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listReports(path, errors)));
    else if (!formatOf(path) || /^readme\./i.test(e.name)) continue;
    else if (e.isFile()) out.push(path);
    else if (e.isSymbolicLink() && (await stat(path).then((i) => i.isFile(), () => false))) out.push(path);
  }
  return out;
}

export function targetName(t: InputTarget): string {
  return t.kind === 'file' ? t.path : t.url;
}
