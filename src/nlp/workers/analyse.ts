/** A worker thread of the analysis pool (../analyser.ts): one job at a time, answered by id. */
import { parentPort } from 'node:worker_threads';
import { IngestError } from '../../ingest/errors.js';
import { extractReport, type AnalysisInput, type WorkerReply } from '../analyser.js';

if (!parentPort) throw new Error('analyse.js runs as a worker thread');
const port = parentPort;

port.on('message', ({ id, input }: { id: number; input: AnalysisInput }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, extraction: extractReport(input) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, ok: false, error: { name: e.name, message: e.message, ...(err instanceof IngestError ? { code: err.code, source: err.source } : {}) } };
  }
  port.postMessage(reply);
});
