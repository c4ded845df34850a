/**
 * Turning a report's bytes or text into its extraction, behind one interface with two engines:
 * in this thread (the CLI, tests) or in a pool of worker threads (the server, so that analysing
 * a long report never stalls the other requests). Both run the same `extractReport`.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { IngestError, type IngestErrorCode } from '../ingest/errors.js';
import { parseReportBytes } from '../ingest/read-file.js';
import type { MetaOverrides, RawReport, ReportFormat } from '../ingest/report.js';
import { presentExtraction, type Extraction } from '../model/extraction.js';
import { analyse } from './analyse.js';

/** What to analyse: bytes as uploaded (decoded and, for HTML, extracted first) or a report already read. */
export type AnalysisInput =
  | { kind: 'bytes'; bytes: Uint8Array; source: string; format: ReportFormat; overrides: MetaOverrides }
  | { kind: 'raw'; raw: RawReport; overrides: MetaOverrides };

export interface Analyser {
  /** The extraction, or an IngestError for input that cannot be read. */
  extract(input: AnalysisInput): Promise<Extraction>;
  close(): Promise<void>;
}

/** The work itself, wherever it runs. */
export function extractReport(input: AnalysisInput): Extraction {
  const raw = input.kind === 'bytes' ? parseReportBytes(input.bytes, input.source, input.format) : input.raw;
  return presentExtraction(analyse(raw, input.overrides));
}

export const inThread: Analyser = {
  extract: (input) => new Promise((resolve, reject) => {
    try {
      resolve(extractReport(input));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  }),
  close: () => Promise.resolve(),
};

/** A worker's answer: the extraction, or the error it met (an IngestError keeps its code). */
export type WorkerReply =
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: false; error: { name: string; message: string; code?: IngestErrorCode; source?: string } };

interface Job { id: number; input: AnalysisInput; resolve: (x: Extraction) => void; reject: (e: Error) => void }

const WORKER_URL = new URL('./workers/analyse.js', import.meta.url);

/**
 * A pool of worker threads, one job each at a time, jobs queued in arrival order. A worker that
 * dies fails its job (an internal error, not the server) and is replaced.
 */
export class WorkerPool implements Analyser {
  readonly size: number;
  #idle: Worker[] = [];
  #busy = new Map<Worker, Job>();
  #queue: Job[] = [];
  #next = 1;
  #closed = false;

  /** Default: one worker per core beyond the first (the main thread keeps serving), at least one. */
  constructor(size = Math.max(1, availableParallelism() - 1)) {
    this.size = size;
    for (let i = 0; i < size; i++) this.#idle.push(this.#spawn());
  }

  extract(input: AnalysisInput): Promise<Extraction> {
    if (this.#closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#next++, input, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(new Error('the analysis pool is closed'));
    const all = [...this.#idle, ...this.#busy.keys()];
    this.#idle = [];
    await Promise.all(all.map((w) => w.terminate()));
  }

  #spawn(): Worker {
    const w = new Worker(WORKER_URL);
    w.unref();
    w.on('message', (reply: WorkerReply) => this.#done(w, reply));
    w.on('error', (err) => this.#died(w, err));
    w.on('exit', (code) => { if (code !== 0 && !this.#closed) this.#died(w, new Error(`analysis worker exited with code ${code}`)); });
    return w;
  }

  #pump(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const w = this.#idle.pop()!;
      const job = this.#queue.shift()!;
      this.#busy.set(w, job);
      w.ref();
      w.postMessage({ id: job.id, input: job.input });
    }
  }

  #done(w: Worker, reply: WorkerReply): void {
    const job = this.#busy.get(w);
    this.#busy.delete(w);
    w.unref();
    if (!this.#closed) this.#idle.push(w);
    if (job && job.id === reply.id) {
      if (reply.ok) job.resolve(reply.extraction);
      else if (reply.error.code !== undefined) job.reject(new IngestError(reply.error.code, reply.error.source ?? '', reply.error.message));
      else job.reject(Object.assign(new Error(reply.error.message), { name: reply.error.name }));
    }
    this.#pump();
  }

  #died(w: Worker, err: Error): void {
    const job = this.#busy.get(w);
    if (!this.#busy.delete(w)) {
      const i = this.#idle.indexOf(w);
      if (i < 0) return; // already replaced
      this.#idle.splice(i, 1);
    }
    void w.terminate();
    job?.reject(new Error(`the analysis worker failed: ${err.message}`));
    if (!this.#closed) {
      this.#idle.push(this.#spawn());
      this.#pump();
    }
  }
}
