/**
 * Progress of an ingest batch on a stream. On a TTY: one line redrawn in place (a bar, counts,
 * rate, the current source), failures printed above it as they happen. Otherwise: one plain
 * line per report or failure, nothing redrawn (logs and pipes stay readable). No dependency.
 */
import type { BatchEvent } from '../ingest/batch.js';

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  /** Draw the bar (default: the stream's isTTY). */
  tty?: boolean;
  /** Clock in ms (tests pass a fake one). */
  now?: () => number;
  /** Minimum ms between two redraws of the bar. */
  redrawMs?: number;
  /** Prefix of plain lines. */
  label?: string;
}

export interface Counts {
  total: number;
  added: number;
  duplicate: number;
  nearDuplicate: number;
  failed: number;
}

export class Progress {
  readonly counts: Counts = { total: 0, added: 0, duplicate: 0, nearDuplicate: 0, failed: 0 };
  readonly #stream: ProgressStream;
  readonly #tty: boolean;
  readonly #now: () => number;
  readonly #redrawMs: number;
  readonly #label: string;
  readonly #started: number;
  #lastDraw = -Infinity;
  #current = '';
  #drawn = false;

  constructor(stream: ProgressStream, options: ProgressOptions = {}) {
    this.#stream = stream;
    this.#tty = options.tty ?? stream.isTTY === true;
    this.#now = options.now ?? (() => performance.now());
    this.#redrawMs = options.redrawMs ?? 80;
    this.#label = options.label ?? 'ingest';
    this.#started = this.#now();
  }

  get handled(): number {
    const c = this.counts;
    return c.added + c.duplicate + c.nearDuplicate + c.failed;
  }

  /** Reports (or failures) per second since the start. */
  get rate(): number {
    const seconds = (this.#now() - this.#started) / 1000;
    return seconds > 0 ? this.handled / seconds : 0;
  }

  /** Feed a batch event (pass this as `ingestBatch`'s listener). */
  readonly onEvent = (event: BatchEvent): void => {
    const c = this.counts;
    switch (event.kind) {
      case 'start':
        c.total = event.total;
        break;
      case 'expand':
        c.total += event.items;
        this.#line(`${event.source}: feed with ${event.items + 1} item(s)${event.skipped > 0 ? `, ${event.skipped} more skipped (item cap)` : ''}`);
        break;
      case 'done':
        if (event.status === 'added') c.added++;
        else if (event.status === 'duplicate') c.duplicate++;
        else c.nearDuplicate++;
        this.#current = event.source;
        if (!this.#tty) {
          const of = event.duplicateOf !== undefined && event.duplicateOf !== event.id ? ` (of ${event.duplicateOf})` : '';
          this.#line(`${event.status.padEnd(14)} ${event.source}${of}`);
        }
        break;
      case 'failed':
        c.failed++;
        this.#current = event.source;
        this.#line(`${'failed'.padEnd(14)} ${event.code}: ${event.message}`);
        break;
    }
    this.#draw(event.kind === 'start');
  };

  /** Remove the bar (TTY) so the summary starts on a clean line. */
  finish(): void {
    if (this.#tty && this.#drawn) this.#stream.write('\r\x1b[2K');
    this.#drawn = false;
  }

  /** The bar line, without control characters. */
  barLine(width = 80): string {
    const c = this.counts;
    const total = Math.max(c.total, this.handled);
    const fraction = total === 0 ? 0 : this.handled / total;
    const barWidth = 20;
    const filled = Math.round(fraction * barWidth);
    const counts = `${this.handled}/${total} ${String(Math.round(fraction * 100)).padStart(3)}%  added ${c.added} dup ${c.duplicate} near ${c.nearDuplicate} failed ${c.failed}  ${this.rate.toFixed(1)}/s`;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}] ${counts}`;
    const room = width - line.length - 2;
    return room > 8 && this.#current ? `${line}  ${ellipsis(printable(this.#current), room - 1)}` : line.slice(0, width);
  }

  #line(text: string): void {
    if (this.#tty) {
      this.#stream.write(`\r\x1b[2K${printable(text)}\n`);
      this.#drawn = false;
      this.#lastDraw = -Infinity;
    } else {
      this.#stream.write(`${this.#label}: ${printable(text)}\n`);
    }
  }

  #draw(force: boolean): void {
    if (!this.#tty) return;
    const now = this.#now();
    if (!force && this.#drawn && now - this.#lastDraw < this.#redrawMs && this.handled < this.counts.total) return;
    this.#lastDraw = now;
    this.#drawn = true;
    // No usable width (a pseudo-terminal without a size): assume 80 columns.
    this.#stream.write(`\r\x1b[2K${this.barLine(Math.max(40, (this.#stream.columns || 80) - 1))}`);
  }
}

/** Control characters (C0, DEL, C1) from untrusted names and messages never reach the terminal. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\n' || c === '\t' ? ' ' : '\uFFFD'));
}

function ellipsis(s: string, n: number): string {
  return s.length <= n ? s : `…${s.slice(s.length - n + 1)}`;
}
