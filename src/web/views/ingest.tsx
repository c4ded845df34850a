/**
 * Ingest: fetch a page or a feed by URL, upload a file (.md, .txt, .html) or paste a report's
 * text, watch the progress (uploading → analysing → done), and read the new report's
 * annotations right here: the report is fetched and added to the shared record, so every other
 * view has it too, with no reload.
 *
 * A URL is fetched by the server (POST /api/reports/fetch, through the safe fetcher): the
 * browser may not reach outside hosts, as the CSP allows only this origin.
 */
import { useRef, useState } from 'preact/hooks';
import { fetchUrl, postReport, uploadType, getReport, type UploadProgress, type PastedReport } from '../api.js';
import { addReport } from '../corpus.js';
import { href } from '../router.js';
import type { ReportData } from '../../views/extraction.js';
import { ReportReader } from './reports.js';
import { plural } from '../../views/text.js';

type Status = { readonly kind: 'idle' } | { readonly kind: 'busy'; readonly progress: UploadProgress; readonly what: string }
  | { readonly kind: 'done'; readonly report: ReportData; readonly status: string } | { readonly kind: 'error'; readonly message: string };

const MAX_BYTES = 5 * 1024 * 1024;

export function IngestView() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [drag, setDrag] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const [pasted, setPasted] = useState<PastedReport>({ text: '', format: 'text' });
  const [url, setUrl] = useState('');

  const runFetch = async () => {
    const target = url.trim();
    if (!target) return;
    setStatus({ kind: 'busy', progress: { phase: 'analysing', fraction: 1 }, what: target });
    try {
      const { saved, failed } = await fetchUrl(target);
      const first = saved[0];
      if (!first) throw new Error(failed.map((f) => `${f.code}: ${f.message}`).join('; ') || 'nothing to store at that address');
      let shown: ReportData | null = null;
      for (const s of saved) {
        const report = s.report ?? await getReport(s.status === 'added' ? s.id : (s.duplicateOf ?? s.id));
        addReport(report);
        shown ??= report;
      }
      setStatus({ kind: 'done', report: shown!, status: first.status });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const run = async (what: string, body: Parameters<typeof postReport>[0]) => {
    setStatus({ kind: 'busy', progress: { phase: 'uploading', fraction: 0 }, what });
    try {
      const saved = await postReport(body, (progress) => setStatus({ kind: 'busy', progress, what }));
      // A duplicate or near-duplicate is not stored again: show the stored original.
      const id = saved.status === 'added' ? saved.id : (saved.duplicateOf ?? saved.id);
      const report = saved.report ?? await getReport(id);
      addReport(report);
      setStatus({ kind: 'done', report, status: saved.status });
    } catch (err) {
      setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  };

  const sendFile = (file: File | undefined) => {
    if (!file) return;
    const type = uploadType(file);
    if (!type) { setStatus({ kind: 'error', message: `“${file.name}” is not a .md, .txt or .html file.` }); return; }
    if (file.size > MAX_BYTES) { setStatus({ kind: 'error', message: `“${file.name}” is larger than 5 MB.` }); return; }
    void run(file.name, { file, type });
  };

  const busy = status.kind === 'busy';
  return (
    <section aria-labelledby="ingest-h">
      <h1 id="ingest-h">Add a report</h1>
      <form class="fetch-url" aria-labelledby="url-h" onSubmit={(e) => { e.preventDefault(); void runFetch(); }}>
        <h2 id="url-h">Fetch a page or a feed</h2>
        <label>URL <input type="url" value={url} placeholder="https://…" required data-testid="fetch-url" onInput={(e) => setUrl(e.currentTarget.value)} /></label>{' '}
        <button type="submit" class="btn" disabled={busy || !url.trim()}>Fetch and store</button>
        <p class="muted">The server fetches it (a feed: every item), analyses and stores each report.</p>
      </form>
      <div class="ingest">
        <div
          class={`drop${drag ? ' over' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDrag(true); }}
          onDragLeave={() => setDrag(false)}
          onDrop={(e) => { e.preventDefault(); setDrag(false); sendFile(e.dataTransfer?.files[0]); }}
        >
          <h2>Upload a file</h2>
          <p class="muted">Markdown or text (front matter allowed: title, published, publisher, url) or an HTML page. Drop it here or choose it.</p>
          <label class="btn">
            Choose file…
            <input
              ref={fileRef}
              type="file"
              class="visually-hidden"
              accept=".md,.markdown,.txt,.html,.htm,text/markdown,text/plain,text/html"
              disabled={busy}
              data-testid="file-input"
              onChange={(e) => { sendFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }}
            />
          </label>
        </div>
        <form
          class="paste"
          aria-labelledby="paste-h"
          onSubmit={(e) => { e.preventDefault(); if (pasted.text.trim()) void run(pasted.title || 'pasted text', { pasted }); }}
        >
          <h2 id="paste-h">Or paste its text</h2>
          <label>Text <textarea rows={8} value={pasted.text} onInput={(e) => setPasted({ ...pasted, text: e.currentTarget.value })} required data-testid="paste-text" /></label>
          <div class="row">
            <label>Format{' '}
              <select value={pasted.format} onChange={(e) => setPasted({ ...pasted, format: e.currentTarget.value as PastedReport['format'] })}>
                <option value="text">text</option><option value="markdown">markdown</option><option value="html">html</option>
              </select>
            </label>
            <label>Title <input value={pasted.title ?? ''} onInput={(e) => setPasted({ ...pasted, title: e.currentTarget.value })} /></label>
            <label>Published <input type="date" value={pasted.published ?? ''} onInput={(e) => setPasted({ ...pasted, published: e.currentTarget.value })} /></label>
            <label>Outlet <input value={pasted.publisher ?? ''} onInput={(e) => setPasted({ ...pasted, publisher: e.currentTarget.value })} /></label>
            <label>URL <input type="url" value={pasted.url ?? ''} placeholder="https://…" onInput={(e) => setPasted({ ...pasted, url: e.currentTarget.value })} /></label>
          </div>
          <button type="submit" class="btn" disabled={busy || !pasted.text.trim()}>Analyse and store</button>
        </form>
      </div>
      <div aria-live="polite" data-testid="ingest-status" class="ingest-status">
        {status.kind === 'busy' && (
          <p>
            {status.what}: {status.progress.phase === 'uploading' ? 'uploading' : 'analysing'}…{' '}
            <progress max={1} value={status.progress.phase === 'uploading' ? status.progress.fraction : undefined} aria-label="Progress" />
          </p>
        )}
        {status.kind === 'error' && <p class="error" role="alert">Not added: {status.message}</p>}
        {status.kind === 'done' && (
          <p data-testid="ingest-done">
            {status.status === 'added' ? 'Added' : status.status === 'duplicate' ? 'Already stored' : 'Stored as a re-publication of an earlier report'}:{' '}
            <a href={href(['reports', status.report.id])}>{status.report.title ?? status.report.id}</a> — {[
              plural(status.report.entities.length, 'actor'), plural(status.report.timexes.length, 'date'), plural(status.report.events.length, 'event'),
              plural(status.report.quotes.length, 'quote'), plural(status.report.claims.length, 'claim'), plural(status.report.warnings.length, 'warning'),
            ].join(', ')}.
          </p>
        )}
      </div>
      {status.kind === 'done' && <ReportReader report={status.report} at={null} />}
    </section>
  );
}

