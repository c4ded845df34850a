/**
 * One URL → bytes, safely. `http:`/`https:` only; the host is resolved with `dns.lookup(all)`
 * and EVERY address must be public (unless `allowPrivate`), on the first request and after
 * each redirect; the connection then goes to those checked addresses only (no second lookup,
 * so a rebinding DNS server cannot swap in a private one). Redirects are followed by hand and
 * bounded; a connect timeout and a total timeout apply; the body is streamed and the request
 * aborted as soon as it passes the size cap (Content-Length over the cap is refused before
 * reading); the content type must be a report (HTML, plain text, Markdown) or a feed (RSS/Atom).
 *
 * node:http/https are used rather than `fetch` because only they let us pin the connection to
 * the addresses we checked (the `lookup` hook) without a dependency.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupAddress } from 'node:dns';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { z } from 'zod';
import { isPrivateAddress, resolveHost, type ResolvedAddress } from './address.js';
import { sniffCharset } from './decode.js';
import { IngestError } from './errors.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './read-file.js';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
export const DEFAULT_MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Allow private, loopback, link-local, unique-local and multicast targets (tests only). */
  allowPrivate?: boolean;
  /** Size cap on the (decompressed) body; default 20 MB. */
  maxBytes?: number;
  /** Total time for the whole fetch, redirects included; default 15 s. */
  timeoutMs?: number;
  /** Time to establish each TCP connection; default 5 s. */
  connectTimeoutMs?: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  /**
   * Which resolved addresses to refuse (checked for every address of every hop). Default: every
   * non-public address (`isPrivateAddress`), or none with `allowPrivate`. Tests use it to allow
   * one loopback address and refuse another.
   */
  refuseAddress?: (address: string) => boolean;
}

export type FetchedKind = 'html' | 'text' | 'markdown' | 'feed';

export interface Fetched {
  /** The URL as asked for. */
  requested: string;
  /** The URL the body came from, after redirects. */
  url: string;
  mediaType: string | null;
  /** From the Content-Type header, else declared in the document (`<meta charset>`, `<?xml encoding?>`). */
  charset: string | undefined;
  kind: FetchedKind;
  bytes: Uint8Array;
}

/** The response headers we read, validated (a server is untrusted input). */
const ResponseHeaders = z.object({
  'content-type': z.string().max(1024).optional(),
  'content-length': z.string().regex(/^\s*\d{1,15}\s*$/, 'not a byte count').transform(Number).optional(),
  'content-encoding': z.string().max(100).optional(),
  location: z.string().min(1).max(8192).optional(),
});

const MEDIA_KINDS: Readonly<Record<string, FetchedKind | 'xml'>> = {
  'text/html': 'html', 'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'markdown', 'text/x-markdown': 'markdown',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed', 'application/feed+xml': 'feed',
  'application/rdf+xml': 'xml', 'application/xml': 'xml', 'text/xml': 'xml',
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html, application/xhtml+xml, text/plain, text/markdown, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9';

export async function fetchUrl(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let url = parseHttpUrl(input, input);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const timeoutError = (): IngestError => new IngestError('fetch-timeout', input, `${input}: no complete answer within ${timeoutMs / 1000} s`);
  try {
    for (let hop = 0; ; hop++) {
      // A DNS lookup cannot be cancelled: race it against the total timeout.
      const addresses = await Promise.race([
        checkedAddresses(url, input, options.refuseAddress ?? (options.allowPrivate ? () => false : isPrivateAddress)),
        aborted(controller.signal),
      ]).catch((err: unknown) => { throw controller.signal.aborted ? timeoutError() : err; });
      const res = await open(url, addresses, input, options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS, controller.signal)
        .catch((err: unknown) => { throw controller.signal.aborted ? timeoutError() : err; });
      const parsed = ResponseHeaders.safeParse(res.headers);
      if (!parsed.success) {
        res.destroy();
        throw new IngestError('fetch-failed', input, `${url.href}: bad response headers: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      const headers = parsed.data;
      const status = res.statusCode ?? 0;
      if (REDIRECTS.has(status)) {
        res.destroy();
        if (headers.location === undefined) throw new IngestError('fetch-status', input, `${url.href}: HTTP ${status} redirect without a Location`);
        if (hop >= maxRedirects) throw new IngestError('too-many-redirects', input, `${input}: more than ${maxRedirects} redirects (last to ${headers.location.slice(0, 200)})`);
        url = parseHttpUrl(resolveLocation(headers.location, url, input), input);
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new IngestError('fetch-status', input, `${url.href}: HTTP ${status}${res.statusMessage ? ` ${res.statusMessage.slice(0, 80)}` : ''}`);
      }
      const { mediaType, charset } = parseContentType(headers['content-type']);
      const declared = mediaType === null ? undefined : MEDIA_KINDS[mediaType];
      if (mediaType !== null && declared === undefined) {
        res.destroy();
        throw new IngestError('unsupported-type', input, `${url.href}: content type ${mediaType} is not a report (HTML, plain text, Markdown) or a feed (RSS, Atom)`);
      }
      if (headers['content-length'] !== undefined && headers['content-length'] > maxBytes) {
        res.destroy();
        throw new IngestError('too-large', input, `${url.href}: ${formatBytes(headers['content-length'])} is over the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
      }
      const bytes = await readBody(res, headers['content-encoding'], maxBytes, url.href, input)
        .catch((err: unknown) => { throw controller.signal.aborted ? timeoutError() : err; });
      const kind = classify(declared, bytes, url.href, input);
      return { requested: input, url: url.href, mediaType, charset: charset ?? sniffCharset(bytes), kind, bytes };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** Rejects when the signal aborts (the caller turns that into its timeout error). */
function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
}

function parseHttpUrl(text: string, source: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IngestError('bad-url', source, `${JSON.stringify(text.slice(0, 200))} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError('bad-url', source, `${source}: only http and https URLs are fetched, not ${url.protocol.slice(0, 20)}`);
  }
  if (url.username || url.password) {
    // Never sent, and never echoed into messages, the store or logs.
    throw new IngestError('bad-url', `${url.protocol}//${url.host}${url.pathname}`, `${url.protocol}//${url.host}${url.pathname}: URLs with a user name or password are not fetched`);
  }
  return url;
}

function resolveLocation(location: string, base: URL, source: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new IngestError('bad-url', source, `${base.href}: redirect to a bad URL ${JSON.stringify(location.slice(0, 200))}`);
  }
}

/** Resolve the host and refuse it if any of its addresses is not public (unless allowed). */
async function checkedAddresses(url: URL, source: string, refuse: (address: string) => boolean): Promise<ResolvedAddress[]> {
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolveHost(url.hostname);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new IngestError('fetch-failed', source, `${url.href}: cannot resolve ${url.hostname} (${code})`);
  }
  if (addresses.length === 0) throw new IngestError('fetch-failed', source, `${url.href}: ${url.hostname} has no address`);
  const bad = addresses.find((a) => refuse(a.address));
  if (bad) {
    throw new IngestError('private-address', source, `${url.href}: ${url.hostname} resolves to ${bad.address}, a private, loopback or otherwise non-public address (refused; --allow-private allows it)`);
  }
  return addresses;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for node:net that answers with the addresses already checked, never the resolver. */
function pinnedLookup(addresses: readonly ResolvedAddress[]) {
  return (_host: string, opts: { all?: boolean } | number | undefined, callback: LookupCallback): void => {
    const first = addresses[0]!;
    if (typeof opts === 'object' && opts?.all) callback(null, addresses.map((a) => ({ address: a.address, family: a.family })));
    else callback(null, first.address, first.family);
  };
}

/** Send the GET and wait for the response head (connect timeout enforced here). */
function open(url: URL, addresses: readonly ResolvedAddress[], source: string, connectTimeoutMs: number, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      agent: false,
      lookup: pinnedLookup(addresses) as never,
      signal,
      headers: { accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'parley/0.1 (news report reader)' },
    });
    const connectTimer = setTimeout(() => {
      req.destroy(new IngestError('fetch-timeout', source, `${url.href}: could not connect within ${connectTimeoutMs / 1000} s`));
    }, connectTimeoutMs);
    req.once('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => clearTimeout(connectTimer));
      else clearTimeout(connectTimer);
    });
    req.once('response', (res) => {
      clearTimeout(connectTimer);
      resolve(res);
    });
    req.once('error', (err) => {
      clearTimeout(connectTimer);
      if (err instanceof IngestError) reject(err);
      else reject(new IngestError('fetch-failed', source, `${url.href}: ${(err as NodeJS.ErrnoException).code ?? err.message}`));
    });
    req.end();
  });
}

/** Stream the body (decompressing it) and abort as soon as it passes `maxBytes`. */
async function readBody(res: IncomingMessage, encoding: string | undefined, maxBytes: number, href: string, source: string): Promise<Uint8Array> {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  let stream: Readable = res;
  const decoder = enc === 'gzip' || enc === 'x-gzip' ? createGunzip() : enc === 'deflate' ? createInflate() : enc === 'br' ? createBrotliDecompress() : null;
  if (decoder) stream = pipeline(res, decoder, () => {});
  else if (enc !== 'identity' && enc !== '') {
    res.destroy();
    throw new IngestError('unsupported-type', source, `${href}: unsupported content encoding ${JSON.stringify(enc.slice(0, 40))}`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      total += buf.length;
      if (total > maxBytes) {
        res.destroy();
        stream.destroy();
        throw new IngestError('too-large', source, `${href}: the body passed the ${formatBytes(maxBytes)} limit (raise it with --max-bytes); download stopped`);
      }
      chunks.push(buf);
    }
  } catch (err) {
    if (err instanceof IngestError) throw err;
    throw new IngestError('fetch-failed', source, `${href}: the body could not be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return Buffer.concat(chunks, total);
}

export function parseContentType(header: string | undefined): { mediaType: string | null; charset: string | undefined } {
  if (header === undefined || header.trim() === '') return { mediaType: null, charset: undefined };
  const [type = '', ...params] = header.split(';');
  let charset: string | undefined;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p);
    if (m) charset = m[1];
  }
  return { mediaType: type.trim().toLowerCase() || null, charset };
}

const FEED_START = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)\b/i;

/** True when the first bytes are an RSS or Atom root element (after an XML prolog). */
export function sniffFeed(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  return FEED_START.test(head);
}

function classify(declared: FetchedKind | 'xml' | undefined, bytes: Uint8Array, href: string, source: string): FetchedKind {
  if (sniffFeed(bytes)) return 'feed';
  if (declared === 'feed' || declared === 'xml') {
    throw new IngestError('feed-invalid', source, `${href}: XML that is not an RSS or Atom feed`);
  }
  if (declared !== undefined) return declared;
  // No Content-Type: look at the bytes.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|p|div|article)\b/.test(head) ? 'html' : 'text';
}
