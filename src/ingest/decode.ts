/**
 * Bytes → text. Detects UTF-16 by its byte-order mark, strips a UTF-8 BOM, decodes invalid
 * UTF-8 with U+FFFD and a warning, and refuses binary input (NUL bytes or mostly control
 * characters) with a clear error instead of producing garbage. A declared charset (HTTP
 * Content-Type, `<meta charset>`, `<?xml encoding?>`) is honoured when no BOM says otherwise;
 * an unknown label is a warning and the bytes are read as UTF-8.
 */
import { TextDecoder } from 'node:util';
import type { Warning } from '../model/warnings.js';
import { IngestError } from './errors.js';

export interface Decoded {
  text: string;
  warnings: Warning[];
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const utf8Lossy = new TextDecoder('utf-8');

export function decodeBytes(bytes: Uint8Array, source: string, charset?: string): Decoded {
  if (bytes.length === 0) throw new IngestError('empty-input', source, `${source}: the input is empty`);
  const warnings: Warning[] = [];

  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    warnings.push({ code: 'utf16-decoded', rule: 'ingest/decode', message: `decoded as UTF-16 ${le ? 'LE' : 'BE'} (byte-order mark found)` });
    return finish(text, warnings, source);
  }

  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  if (start === 0 && charset !== undefined) {
    const decoder = declaredDecoder(charset);
    if (decoder === null) {
      warnings.push({ code: 'charset-unknown', rule: 'ingest/decode', message: `unknown charset ${JSON.stringify(charset.slice(0, 40))}; read as UTF-8` });
    } else if (decoder.encoding !== 'utf-8') {
      const wide = decoder.encoding.startsWith('utf-16');
      if (!wide && looksBinary(body)) {
        throw new IngestError('binary-input', source, `${source}: this looks like a binary file (NUL bytes or mostly control characters), not a report`);
      }
      return finish(decoder.decode(body), warnings, source);
    }
  }
  if (looksBinary(body)) {
    throw new IngestError('binary-input', source, `${source}: this looks like a binary file (NUL bytes or mostly control characters), not a report`);
  }
  let text: string;
  try {
    text = utf8Fatal.decode(body);
  } catch {
    text = utf8Lossy.decode(body);
    let bad = 0;
    let first = -1;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 0xfffd) {
        bad++;
        if (first < 0) first = i;
      }
    }
    warnings.push({
      code: 'invalid-utf8', rule: 'ingest/decode', start: first, end: first + 1,
      message: `${bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD; the file may be in another encoding (Latin-1, Windows-1252)`,
    });
  }
  return finish(text, warnings, source);
}

function declaredDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

const SNIFF_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * The charset a document declares in its first 4 KiB: `<?xml … encoding="…"?>`, `<meta charset>`
 * or `<meta http-equiv="Content-Type" content="…; charset=…">`. Undefined when none.
 */
export function sniffCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1];
}

function finish(text: string, warnings: Warning[], source: string): Decoded {
  if (text.trim().length === 0) throw new IngestError('empty-input', source, `${source}: the input holds only white space`);
  // A few stray control characters (too few to call the input binary) are kept, since offsets
  // index the text as read, and reported.
  CONTROL.lastIndex = 0;
  const first = CONTROL.exec(text);
  if (first) {
    let count = 1;
    while (CONTROL.exec(text)) count++;
    warnings.push({
      code: 'control-characters', rule: 'ingest/decode', start: first.index, end: first.index + 1,
      message: `${count} control character(s) in the text (first U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); kept as read`,
    });
  }
  return { text, warnings };
}

/** C0 controls other than tab, line feed, form feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** NUL bytes, or more than 10% control bytes in the first 8 KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n * 0.1;
}
