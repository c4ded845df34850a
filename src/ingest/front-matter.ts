/**
 * YAML front matter: `---` on the first line, YAML, a closing `---` line, then the body.
 * The body starts on the line after the closing `---` and is kept exactly as read.
 * A block that is not YAML, or fields of the wrong shape, become warnings; the body survives,
 * and so do the plain `key: value` lines of a block that is nearly YAML.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Warning } from '../model/warnings.js';
import { normaliseDate } from './dates.js';

export const FrontMatterSchema = z.object({
  title: z.string().optional(),
  published: z.union([z.string(), z.date()]).optional(),
  date: z.union([z.string(), z.date()]).optional(),
  publisher: z.string().optional(),
  url: z.string().optional(),
  authors: z.union([z.string(), z.array(z.string())]).optional(),
  author: z.string().optional(),
}).loose();

export interface FrontMatterMeta {
  title?: string;
  published?: string;
  publisher?: string;
  url?: string;
  authors?: string[];
}

export interface SplitResult {
  body: string;
  meta: FrontMatterMeta;
  warnings: Warning[];
}

const OPEN_RE = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

export function splitFrontMatter(text: string): SplitResult {
  const open = OPEN_RE.exec(text);
  if (!open) return { body: text, meta: {}, warnings: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSE_RE.exec(rest);
  if (!close) return { body: text, meta: {}, warnings: [] };
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  const warnings: Warning[] = [];
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (err) {
    // A hand-written block is often nearly YAML (`title: "Quoted" — and more`): its simple
    // `key: value` lines are read as text, so the date and the publisher are not lost.
    raw = plainLines(yamlText);
    const read = Object.keys(raw as object);
    warnings.push({
      code: 'front-matter-invalid', rule: 'ingest/front-matter',
      message: `front matter is not valid YAML: ${firstLine(err)}${read.length > 0 ? `; its plain "key: value" lines were read as text (${read.join(', ')})` : ''}`,
    });
    if (read.length === 0) return { body, meta: {}, warnings };
  }
  if (raw === null || raw === undefined) return { body, meta: {}, warnings };
  const parsed = FrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    warnings.push({ code: 'front-matter-invalid', rule: 'ingest/front-matter', message: `front matter ignored: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` });
    return { body, meta: {}, warnings };
  }
  const fm = parsed.data;
  const meta: FrontMatterMeta = {};
  if (fm.title?.trim()) meta.title = fm.title.trim();
  if (fm.publisher?.trim()) meta.publisher = fm.publisher.trim();
  if (fm.url?.trim()) meta.url = fm.url.trim();
  const authors = fm.authors ?? fm.author;
  if (authors !== undefined) meta.authors = (Array.isArray(authors) ? authors : authors.split(/\s*(?:,|&|\band\b)\s*/)).map((a) => a.trim()).filter(Boolean);
  const published = fm.published ?? fm.date;
  if (published !== undefined) {
    const iso = normaliseDate(published);
    if (iso) meta.published = iso;
    else warnings.push({ code: 'front-matter-date-invalid', rule: 'ingest/front-matter', message: `front matter 'published' is not a date: ${JSON.stringify(String(published)).slice(0, 80)}` });
  }
  return { body, meta, warnings };
}

/** `key: value` lines of a block that is not YAML, values as written (one pair of enclosing quotes removed). */
function plainLines(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    // (not what YAML syntax would have to make sense of: "[unclosed", "{…", ": :")
    if (!m || m[2] === '' || m[1]! in out || /^[[{:|>&*!%@`]/.test(m[2]!)) continue;
    const v = m[2]!;
    out[m[1]!] = /^(["']).*\1$/.test(v) && !v.slice(1, -1).includes(v[0]!) ? v.slice(1, -1) : v;
  }
  return out;
}

function firstLine(err: unknown): string {
  return ((err instanceof Error ? err.message : String(err)).split("\n")[0] ?? "").replace(/:\s*$/, "");
}
