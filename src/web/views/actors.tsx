/**
 * Actors: search-as-you-type over names and aliases, an actor page (aliases with the merge
 * evidence, roles with the reports that give them, events, quotes and claims by the actor,
 * co-participants) and the co-participation network as SVG (a force layout run for a fixed
 * number of iterations; node size = events, edge width = shared events; labels for the busiest
 * nodes and for the one under focus).
 *
 * Actors are grouped across reports on the client for now (src/views/actors.ts); issue 6's
 * `/api/entities/:id` will replace that grouping and bring merge/split.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadAll, loadedReports, useCorpus } from '../corpus.js';
import { href, navigate, type Route } from '../router.js';
import { aggregateActors, coParticipation, coParticipationFromEvents, searchActors, type Actor } from '../../views/actors.js';
import { claimRows, type ClaimRow } from '../../views/claims.js';
import { eventAnchor, timelineEvents, sortEvents } from '../../views/timeline.js';
import { formatSpan } from '../../views/dates.js';
import { fileName, toJson } from '../../views/exports.js';
import { ExportBar } from '../components/export.js';
import type { ReportData } from '../../views/extraction.js';
import { ApiActorPage, useApiActors } from './actor-api.js';
import { Network } from '../components/network.js';
import { useTimelineData } from '../data/timeline.js';
import { plural } from '../../views/text.js';


export function ActorsView({ route }: { route: Route }) {
  const corpus = useCorpus();
  useEffect(() => { void loadAll(); }, []);
  const reports = useMemo(() => loadedReports(corpus), [corpus.version]);
  const actors = useMemo(() => aggregateActors(reports), [reports]);
  const key = route.parts[1];
  // Actor ids of the server's knowledge base (a12) open the server's actor page.
  if (key && /^a\d+$/.test(key)) return <ApiActorPage id={key} />;
  if (key) {
    const actor = actors.find((a) => a.key === key) ?? actors.find((a) => a.aliases.some((al) => al.toLowerCase() === key));
    if (!actor) return corpus.allStatus === 'ready' ? <p role="alert">No actor “{key}” in the loaded reports. <a href={href(['actors'])}>All actors</a></p> : <p aria-busy="true">Loading…</p>;
    return <ActorPage actor={actor} actors={actors} reports={reports} />;
  }
  return <ActorIndex actors={actors} reports={reports} query={route.query.get('q') ?? ''} />;
}

function ActorIndex({ actors, reports, query }: { actors: readonly Actor[]; reports: readonly ReportData[]; query: string }) {
  const [q, setQ] = useState(query);
  const [type, setType] = useState('');
  // The server's actors (every spelling resolved across reports) when it has /api/actors;
  // otherwise the actors grouped here from the loaded reports.
  const server = useApiActors(q, type);
  const local = useMemo(() => searchActors(type ? actors.filter((a) => a.type === type) : actors, q, 100), [actors, q, type]);
  const hits: { key: string; name: string; type: string; aliases: readonly string[]; note: string }[] = Array.isArray(server)
    ? server.map((a) => ({ key: a.id, name: a.name, type: a.type, aliases: a.aliases, note: plural(a.reports, 'report') }))
    : local.map((a) => ({ key: a.key, name: a.name, type: a.type, aliases: a.aliases, note: `${plural(a.mentions, 'mention')} in ${plural(new Set(a.refs.map((r) => r.reportId)).size, 'report')}` }));
  const types = ['person', 'organization', 'place', 'work', 'other'];
  // The network: from the server's merged timeline (actors resolved across reports, linking to
  // their server pages) when it has one, else from the loaded reports.
  const timeline = useTimelineData();
  const graph = useMemo(
    () => (timeline.source === 'timeline' ? coParticipationFromEvents(timeline.events) : coParticipation(reports, actors)),
    [timeline.source, timeline.events, reports, actors],
  );
  return (
    <section aria-labelledby="actors-h">
      <h1 id="actors-h">Actors</h1>
      <div class="toolbar" role="search">
        <label>Search names and aliases{' '}
          <input
            type="search"
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
            onKeyDown={(e) => { const top = hits[0]; if (e.key === 'Enter' && top) navigate(href(['actors', top.key])); }}
            aria-controls="actor-results"
            data-testid="actor-search"
          />
        </label>
        <label>Type{' '}
          <select value={type} onChange={(e) => setType(e.currentTarget.value)}>
            <option value="">all</option>
            {types.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <span aria-live="polite" data-testid="actor-count">{hits.length} shown</span>
        <span class="muted small" data-actor-source={Array.isArray(server) ? 'api' : 'reports'}>{Array.isArray(server) ? 'resolved across reports by the server' : 'grouped from the loaded reports'}</span>
      </div>
      <ul id="actor-results" class="actor-results" data-testid="actor-results">
        {hits.map((a) => (
          <li key={a.key}>
            <a href={href(['actors', a.key])}>{a.name}</a> <span class="badge">{a.type}</span>
            {a.aliases.length > 0 && <span class="muted small"> also {a.aliases.slice(0, 4).join(', ')}{a.aliases.length > 4 ? '…' : ''}</span>}
            <span class="muted small"> · {a.note}</span>
          </li>
        ))}
      </ul>
      <Network graph={graph} focus={null} />
    </section>
  );
}

function ActorPage({ actor, actors, reports }: { actor: Actor; actors: readonly Actor[]; reports: readonly ReportData[] }) {
  const refSet = useMemo(() => new Set(actor.refs.map((r) => `${r.reportId}\u0000${r.entityId}`)), [actor]);
  const events = useMemo(
    () => sortEvents(timelineEvents(reports).filter((e) => e.participants.some((p) => refSet.has(`${e.reportId}\u0000${p.id}`)))),
    [reports, refSet],
  );
  // Quotes and claims by the actor (speaker or source) and about it (a mention inside the passage).
  const statements = useMemo(() => {
    const byReport = new Map(reports.map((r) => [r.id, r]));
    const out: { row: ClaimRow; relation: 'by' | 'about' }[] = [];
    for (const row of claimRows(reports)) {
      const r = byReport.get(row.reportId);
      if (!r) continue;
      const item = row.kind === 'quote' ? r.quotes[row.index] : r.claims[row.index];
      if (!item) continue;
      const ids = [item.speaker, 'source' in item ? item.source : null];
      if (ids.some((id) => id !== null && refSet.has(`${r.id}\u0000${id}`))) { out.push({ row, relation: 'by' }); continue; }
      const about = r.entities.some((e) => refSet.has(`${r.id}\u0000${e.id}`) && e.mentions.some((m) => m.start >= row.span.start && m.end <= row.span.end));
      if (about) out.push({ row, relation: 'about' });
    }
    return out;
  }, [reports, refSet]);
  const graph = useMemo(() => coParticipation(reports, actors), [reports, actors]);
  const partners = useMemo(() => graph.edges
    .filter((e) => e.source === actor.key || e.target === actor.key)
    .map((e) => ({ key: e.source === actor.key ? e.target : e.source, weight: e.weight }))
    .sort((a, b) => b.weight - a.weight), [graph, actor.key]);
  const nameOf = (k: string) => actors.find((a) => a.key === k)?.name ?? k;

  return (
    <article aria-labelledby="actor-h" data-testid="actor-page">
      <p><a href={href(['actors'])}>← All actors</a></p>
      <h1 id="actor-h">{actor.name} <span class="badge">{actor.type}</span></h1>
      <ExportBar items={[{ label: 'JSON', file: fileName(actor.name, 'json'), type: 'application/json', build: () => toJson({ actor, events, statements }) }]} />
      <div class="columns">
        <section aria-labelledby="al-h">
          <h2 id="al-h">Names</h2>
          {actor.aliases.length === 0 ? <p class="muted">No other names seen.</p> : <ul>{actor.aliases.map((a) => <li key={a}>{a}</li>)}</ul>}
          {actor.merges.length > 0 && (
            <>
              <h3>Why these names were merged</h3>
              <ul>
                {actor.merges.map((m, i) => (
                  <li key={i}>“{m.from}” → “{m.into}”: {m.evidence} <span class="muted small">({m.rule}, score {m.score.toFixed(2)}, <a href={href(['reports', m.reportId])}>report</a>)</span></li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="ro-h">
          <h2 id="ro-h">Roles over time</h2>
          {actor.roles.length === 0 ? <p class="muted">No roles given.</p> : (
            <ul>{actor.roles.map((r, i) => <li key={i}>{r.title} <span class="muted small">({r.published ?? 'undated'}, <a href={href(['reports', r.reportId])}>report</a>)</span></li>)}</ul>
          )}
        </section>
        <section aria-labelledby="co-h">
          <h2 id="co-h">Co-participants</h2>
          {partners.length === 0 ? <p class="muted">None yet.</p> : (
            <ul>{partners.map((p) => <li key={p.key}><a href={href(['actors', p.key])}>{nameOf(p.key)}</a> <span class="muted small">{p.weight} shared event{p.weight === 1 ? '' : 's'}</span></li>)}</ul>
          )}
        </section>
      </div>
      <section aria-labelledby="ev-h">
        <h2 id="ev-h">Events ({events.length})</h2>
        <ul>
          {events.map((e) => (
            <li key={e.key}>
              <span class="nowrap">{e.span ? formatSpan(e.span) : 'undated'}</span> <span class="badge">{e.type}</span> {e.summary || e.triggerText}{' '}
              <a href={href(['reports', e.reportId], { at: eventAnchor(e) })}>passage</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="st-h">
        <h2 id="st-h">Quotes and claims by and about {actor.name} ({statements.length})</h2>
        <ul>
          {statements.map(({ row: s, relation }) => (
            <li key={s.key}>
              <span class="badge">{relation}</span><span class="badge">{s.modality}</span> “{s.text}” <span class="muted small">{s.outlet} {s.published}</span>{' '}
              <a href={href(['reports', s.reportId], { at: `${s.kind}-${s.index}` })}>passage</a>
            </li>
          ))}
        </ul>
      </section>
      <Network graph={graph} focus={actor.key} />
    </article>
  );
}

