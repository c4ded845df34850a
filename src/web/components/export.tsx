/**
 * Export buttons: each builds its file with a pure builder from src/views/exports.ts only when
 * clicked, and hands it to the browser as a download (a Blob URL, revoked right after).
 */
export interface ExportItem {
  readonly label: string;
  readonly file: string;
  readonly type: string;
  readonly build: () => string;
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
  return (
    <div class="exports" role="group" aria-label={label}>
      <span class="exports-label">{label}:</span>
      {items.map((it) => (
        <button key={it.label} type="button" class="btn small" data-export={it.label} onClick={() => download(it.file, it.type, it.build())}>
          {it.label}
        </button>
      ))}
    </div>
  );
}
