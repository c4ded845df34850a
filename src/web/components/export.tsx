/**
 * Export buttons: each builds its file with a pure builder from src/views/exports.ts only when
 * clicked (after fetching what it needs, for a builder that returns a promise), and hands it
 * to the browser as a download (a Blob URL, revoked right after).
 */
import { useState } from 'preact/hooks';

export interface ExportItem {
  readonly label: string;
  readonly file: string;
  readonly type: string;
  readonly build: () => string | Promise<string>;
}

export function download(file: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportBar({ items, label = 'Export' }: { items: readonly ExportItem[]; label?: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (it: ExportItem) => {
    setBusy(it.label);
    setError(null);
    try {
      download(it.file, it.type, await it.build());
    } catch (err) {
      setError(`${it.label} export failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div class="exports" role="group" aria-label={label} aria-busy={busy !== null}>
      <span class="exports-label">{label}:</span>
      {items.map((it) => (
        <button key={it.label} type="button" class="btn small" data-export={it.label} disabled={busy !== null} onClick={() => void run(it)}>
          {busy === it.label ? `${it.label}…` : it.label}
        </button>
      ))}
      {error && <span role="alert" class="error">{error}</span>}
    </div>
  );
}
