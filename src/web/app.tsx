/**
 * The app shell: a skip link, a navigation bar of plain links (keyboard-reachable, the current
 * view marked with aria-current and an underline, not colour alone) and the routed view.
 */
import { useEffect } from 'preact/hooks';
import { loadList, useCorpus } from './corpus.js';
import { href, useRoute } from './router.js';
import { ReportsView } from './views/reports.js';
import { ClaimsView } from './views/claims.js';
import { TimelineView } from './views/timeline.js';
import { ActorsView } from './views/actors.js';
import { IngestView } from './views/ingest.js';

const NAV = [
  { id: 'reports', label: 'Reports' },
  { id: 'claims', label: 'Claims' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'actors', label: 'Actors' },
  { id: 'ingest', label: 'Add report' },
] as const;

export function App() {
  const route = useRoute();
  const corpus = useCorpus();
  useEffect(() => { void loadList(); }, []);
  const view = route.parts[0] ?? 'reports';
  const current = NAV.find((n) => n.id === view)?.id ?? 'reports';
  useEffect(() => {
    const label = NAV.find((n) => n.id === current)?.label ?? '';
    document.title = `${label} · Parley`;
  }, [current]);
  // Move focus to the main region when the view changes, so keyboard users land on it.
  useEffect(() => {
    const main = document.getElementById('main');
    if (main && document.activeElement?.closest('nav')) main.focus({ preventScroll: true });
  }, [current]);

  return (
    <>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header class="top">
        <span class="brand" aria-label="Parley">Parley</span>
        <nav aria-label="Views">
          <ul>
            {NAV.map((n) => (
              <li key={n.id}>
                <a href={href([n.id])} aria-current={n.id === current ? 'page' : undefined} data-nav={n.id}>{n.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <span class="count" aria-live="polite">
          {corpus.listStatus === 'loading' ? 'Loading…' : corpus.listStatus === 'error' ? 'API unreachable' : `${corpus.summaries.length} reports`}
        </span>
      </header>
      <main id="main" tabIndex={-1} data-view={current}>
        {current === 'reports' && <ReportsView route={route} />}
        {current === 'claims' && <ClaimsView route={route} />}
        {current === 'timeline' && <TimelineView route={route} />}
        {current === 'actors' && <ActorsView route={route} />}
        {current === 'ingest' && <IngestView />}
      </main>
    </>
  );
}
