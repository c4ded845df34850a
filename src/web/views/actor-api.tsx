/**
 * The actor page from the server's knowledge base (issue 6): `GET /api/entities/:id` — names
 * with the evidence for each merge, roles over time, events, statements, co-participants and the
 * audit trail — with the merge and split buttons that call `POST /api/entities/merge` and
 * `POST /api/entities/:id/split`. Everything from the API is shown as text.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ApiError, getJson, unwrapList } from '../api.js';
import { href, navigate } from '../router.js';
import { formatSpan, timexSpan } from '../../views/dates.js';
import { fileName, toJson } from '../../views/exports.js';
import { plural } from '../../views/text.js';
import { ExportBar } from '../components/export.js';
import { Network } from '../components/network.js';
import { useTimelineData } from '../data/timeline.js';
import { coParticipationFromEvents } from '../../views/actors.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

export interface ApiActorSummary { readonly id: string; readonly name: string; readonly type: string; readonly aliases: readonly string[]; readonly reports: number }

export function toActorSummary(v: unknown): ApiActorSummary | null {
  if (!isObj(v) || !str(v['id'])) return null;
  return {
    id: str(v['id']), name: str(v['name']), type: str(v['type']) || 'other',
    aliases: Array.isArray(v['aliases']) ? v['aliases'].filter((a): a is string => typeof a === 'string') : [], reports: num(v['reports']),
  };
}

/** Search `/api/actors`; null while unknown, 'unavailable' on an older server. */
export function useApiActors(q: string, type: string): readonly ApiActorSummary[] | 'unavailable' | null {
  const [out, setOut] = useState<readonly ApiActorSummary[] | 'unavailable' | null>(null);
  useEffect(() => {
    let live = true;
    const params = new URLSearchParams({ limit: '100' });
    if (q.trim()) params.set('q', q.trim());
    if (type) params.set('type', type);
    const t = setTimeout(() => {
      getJson(`/api/actors?${params.toString()}`).then(
        (body) => { if (live) setOut(unwrapList(body, 'actors').map(toActorSummary).filter((a): a is ApiActorSummary => a !== null)); },
        (err: unknown) => { if (live) setOut(err instanceof ApiError && err.status === 404 ? 'unavailable' : []); },
      );
    }, 120);
    return () => { live = false; clearTimeout(t); };
  }, [q, type]);
  return out;
}

async function post(path: string, body: unknown): Promise<unknown> {
  const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = isObj(json) && isObj(json['error']) ? json['error'] : {};
    throw new ApiError(str(err['id']) || `http-${res.status}`, str(err['message']) || `The server answered ${res.status}.`, res.status);
  }
  return json;
}

export function ApiActorPage({ id }: { id: string }) {
  const [page, setPage] = useState<Obj | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [splitNames, setSplitNames] = useState<ReadonlySet<string>>(new Set());
  const [mergeQuery, setMergeQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const candidates = useApiActors(mergeQuery, '');
  const timeline = useTimelineData();
  const graph = useMemo(() => coParticipationFromEvents(timeline.source === 'timeline' ? timeline.events : []), [timeline.source, timeline.events]);

  useEffect(() => {
    let live = true;
    setError(null);
    getJson(`/api/entities/${encodeURIComponent(id)}`).then(
      (body) => { if (live) setPage(isObj(body) ? body : null); },
      (err: unknown) => { if (live) setError(err instanceof Error ? err.message : String(err)); },
    );
    return () => { live = false; };
  }, [id, version]);

  if (error) return <p class="error" role="alert">Could not load actor {id}: {error} <a href={href(['actors'])}>All actors</a></p>;
  if (!page) return <p aria-busy="true">Loading actor…</p>;

  const name = str(page['name']);
  const aliases = list(page['aliases']);
  const roles = list(page['roles']);
  const events = list(page['events']);
  const co = list(page['coParticipants']);
  const statements = list(page['statements']);
  const audit = list(page['audit']);

  const split = async () => {
    try {
      const res = await post(`/api/entities/${encodeURIComponent(id)}/split`, { names: [...splitNames], by: 'web' });
      const created = isObj(res) ? str(res['id']) || str(isObj(res['actor']) ? res['actor']['id'] : '') : '';
      setMessage(`Split ${[...splitNames].join(', ')} off ${name}${created ? ` into a new actor (${created})` : ''}.`);
      setSplitNames(new Set());
      setVersion(version + 1);
    } catch (err) {
      setMessage(`Not split: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const merge = async (absorb: ApiActorSummary) => {
    if (!confirm(`Merge “${absorb.name}” into “${name}”? The merge is recorded and can be split again.`)) return;
    try {
      await post('/api/entities/merge', { keep: id, absorb: absorb.id, by: 'web' });
      setMessage(`Merged ${absorb.name} into ${name}.`);
      setMergeQuery('');
      setVersion(version + 1);
    } catch (err) {
      setMessage(`Not merged: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const passage = (s: Obj) => {
    const rep = isObj(s['report']) ? s['report'] : {};
    return rep;
  };

  return (
    <article aria-labelledby="actor-h" data-testid="actor-page" data-actor={id}>
      <p><a href={href(['actors'])}>← All actors</a></p>
      <h1 id="actor-h">{name} <span class="badge">{str(page['type'])}</span></h1>
      <ExportBar items={[{ label: 'JSON', file: fileName(name, 'json'), type: 'application/json', build: () => toJson(page) }]} />
      {message && <p role="status" data-testid="actor-message">{message}</p>}
      <div class="columns">
        <section aria-labelledby="al-h">
          <h2 id="al-h">Names</h2>
          {aliases.length === 0 ? <p class="muted">No other names seen.</p> : (
            <form onSubmit={(e) => { e.preventDefault(); if (splitNames.size) void split(); }}>
              <ul class="plain">
                {aliases.map((a) => {
                  const n = str(a['name']);
                  return (
                    <li key={n}>
                      <label>
                        <input type="checkbox" checked={splitNames.has(n)} data-split={n} onChange={(e) => {
                          const next = new Set(splitNames);
                          if (e.currentTarget.checked) next.add(n); else next.delete(n);
                          setSplitNames(next);
                        }} /> {n}
                      </label>{' '}
                      <span class="muted small">{str(a['evidence'])} ({str(a['rule'])}, score {num(a['score']).toFixed(2)}, <a href={href(['reports', str(a['report'])])}>report</a>)</span>
                    </li>
                  );
                })}
              </ul>
              <button type="submit" class="btn small" disabled={splitNames.size === 0} data-testid="split">Split the checked names off into a new actor</button>
            </form>
          )}
          <h3>Merge another actor into this one</h3>
          <label>Find{' '}<input type="search" value={mergeQuery} onInput={(e) => setMergeQuery(e.currentTarget.value)} data-testid="merge-search" /></label>
          {mergeQuery.trim() && Array.isArray(candidates) && (
            <ul class="plain">
              {candidates.filter((c) => c.id !== id).slice(0, 8).map((c) => (
                <li key={c.id}>
                  <button type="button" class="btn small" onClick={() => void merge(c)} data-merge={c.id}>Merge</button> {c.name} <span class="badge">{c.type}</span>
                  <span class="muted small"> {plural(c.reports, 'report')}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="ro-h">
          <h2 id="ro-h">Roles over time</h2>
          {roles.length === 0 ? <p class="muted">No roles given.</p> : (
            <ul>{roles.map((r, i) => <li key={i}>{str(r['title'])} <span class="muted small">({str(r['published']) || 'undated'}, <a href={href(['reports', str(r['report'])])}>report</a>)</span></li>)}</ul>
          )}
        </section>
        <section aria-labelledby="co-h">
          <h2 id="co-h">Co-participants</h2>
          {co.length === 0 ? <p class="muted">None yet.</p> : (
            <ul>{co.map((c) => <li key={str(c['id'])}><a href={href(['actors', str(c['id'])])}>{str(c['name'])}</a> <span class="muted small">{plural(num(c['count']), 'shared event')}</span></li>)}</ul>
          )}
        </section>
      </div>
      <section aria-labelledby="ev-h">
        <h2 id="ev-h">Events ({events.length})</h2>
        <ul>
          {events.map((e) => {
            const span = timexSpan(typeof e['date'] === 'string' ? e['date'] : null);
            const first = list(e['mentions'])[0];
            const rep = first && isObj(first['report']) ? first['report'] : null;
            return (
              <li key={str(e['id'])}>
                <span class="nowrap">{span ? formatSpan(span) : 'undated'}</span> <span class="badge">{str(e['type'])}</span> {str(e['summary'])}
                {' '}<span class="muted small">{plural(num(e['corroboration']), 'outlet')}</span>
                {e['contradicted'] === true && <span class="badge warn">contradicted</span>}
                {rep && first && <> <a href={href(['reports', str(rep['id'])], { at: `eventid-${str(first['event'])}` })}>passage</a></>}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="st-h">
        <h2 id="st-h">Quotes and claims ({statements.length})</h2>
        <ul>
          {statements.map((s, i) => {
            const rep = passage(s);
            const span = isObj(s['passage']) ? s['passage'] : {};
            return (
              <li key={i}>
                <span class="badge">{str(s['role'])}</span><span class="badge">{str(s['modality']) || str(s['kind'])}</span> “{str(s['text'])}”{' '}
                <span class="muted small">{str(rep['publisher'])} {str(rep['published'])}</span>{' '}
                <a href={href(['reports', str(rep['id'])], { at: `${str(s['kind'])}-at-${num(span['start'])}` })}>passage</a>
              </li>
            );
          })}
        </ul>
      </section>
      {audit.length > 0 && (
        <section aria-labelledby="au-h">
          <h2 id="au-h">Changes made by people</h2>
          <ul data-testid="audit">{audit.map((a, i) => <li key={i}><span class="badge">{str(a['kind'])}</span> {str(a['detail'])} <span class="muted small">by {str(a['by'])}, {str(a['at'])}</span></li>)}</ul>
        </section>
      )}
      <p><button type="button" class="linklike" onClick={() => navigate(href(['timeline'], { actor: name }))}>Show {name} on the timeline</button></p>
      {graph.nodes.length > 0 && <Network graph={graph} focus={id} />}
    </article>
  );
}
