/**
 * The co-participation network as SVG: who took part in the same events (edge width = shared
 * events, node size = events). Laid out per connected component (src/views/actors.ts
 * `forceLayout`, a fixed number of iterations); at most the 300 busiest actors, labels for the
 * 40 busiest and for the node under focus and its neighbours. Nodes are links to actor pages.
 */
import { useMemo, useState } from 'preact/hooks';
import { href } from '../router.js';
import { forceLayout, type Graph } from '../../views/actors.js';
import { fileName, toCsv, toGexf } from '../../views/exports.js';
import { ExportBar } from './export.js';

const NET_W = 900;
const NET_H = 600;
const MAX_NODES = 300;
const LABELS = 40;

/**
 * On an actor page: the actor, its co-participants and the links among them. Elsewhere: the
 * `max` busiest nodes and the edges between them.
 */
function trim(graph: Graph, max: number, focus: string | null): Graph {
  if (focus) {
    const keep = new Set([focus]);
    for (const e of graph.edges) { if (e.source === focus) keep.add(e.target); if (e.target === focus) keep.add(e.source); }
    const nodes = graph.nodes.filter((n) => keep.has(n.id)).sort((a, b) => (a.id === focus ? -1 : b.id === focus ? 1 : b.weight - a.weight)).slice(0, max);
    const kept = new Set(nodes.map((n) => n.id));
    return { nodes, edges: graph.edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
  }
  if (graph.nodes.length <= max) return graph;
  const keep = new Set(graph.nodes.slice().sort((a, b) => b.weight - a.weight).slice(0, max).map((n) => n.id));
  if (focus) keep.add(focus);
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

export function Network({ graph: fullGraph, focus }: { graph: Graph; focus: string | null }) {
  const graph = useMemo(() => trim(fullGraph, MAX_NODES, focus), [fullGraph, focus]);
  // A small network gets a shorter box.
  const height = graph.nodes.length <= 10 ? 260 : graph.nodes.length <= 40 ? 420 : NET_H;
  const pos = useMemo(() => forceLayout(graph, NET_W, height, 150), [graph, height]);
  const [hover, setHover] = useState<string | null>(null);
  const labelled = useMemo(() => new Set(graph.nodes.slice().sort((a, b) => b.weight - a.weight).slice(0, LABELS).map((n) => n.id)), [graph]);
  const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));
  const near = focus ?? hover;
  const neighbours = useMemo(() => {
    const s = new Set<string>();
    if (near) for (const e of graph.edges) { if (e.source === near) s.add(e.target); if (e.target === near) s.add(e.source); }
    return s;
  }, [graph, near]);

  return (
    <section aria-labelledby="net-h" class="network">
      <h2 id="net-h">{focus ? 'Who took part in events with this actor' : 'Who took part in the same events'}</h2>
      <div class="toolbar">
        <span class="muted">{graph.nodes.length} actors, {graph.edges.length} links{!focus && fullGraph.nodes.length > graph.nodes.length ? ` (busiest ${MAX_NODES} of ${fullGraph.nodes.length})` : ''}</span>
        <ExportBar items={[
          { label: 'GEXF', file: fileName('parley-network', 'gexf'), type: 'application/gexf+xml', build: () => toGexf(fullGraph, 'Parley co-participation network: actors who took part in the same events') },
          { label: 'CSV (edges)', file: fileName('parley-network-edges', 'csv'), type: 'text/csv', build: () => toCsv(fullGraph.edges, [
            { header: 'source', value: (e) => e.source }, { header: 'target', value: (e) => e.target }, { header: 'weight', value: (e) => e.weight },
          ]) },
        ]} />
      </div>
      {graph.nodes.length === 0 ? <p class="muted" data-testid="network-empty">No events with two or more named participants yet.</p> : (
        <svg class="net" viewBox={`0 0 ${NET_W} ${height}`} width="100%" role="group" aria-label="Co-participation network; each node links to the actor's page" data-testid="network">
          {graph.edges.map((e) => {
            const a = pos.get(e.source);
            const b = pos.get(e.target);
            if (!a || !b) return null;
            const lit = near !== null && (e.source === near || e.target === near);
            return <line key={`${e.source}|${e.target}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} class={lit ? 'edge lit' : 'edge'} stroke-width={0.5 + (3 * e.weight) / maxW} />;
          })}
          {graph.nodes.map((n) => {
            const p = pos.get(n.id);
            if (!p) return null;
            const r = 3 + Math.min(12, Math.sqrt(n.weight) * 2);
            const show = labelled.has(n.id) || n.id === near || neighbours.has(n.id);
            return (
              <a key={n.id} href={href(['actors', n.id])} class={`node t-${n.type}${n.id === near ? ' focus' : ''}`}
                onMouseEnter={() => setHover(n.id)} onMouseLeave={() => setHover(null)} onFocus={() => setHover(n.id)} onBlur={() => setHover(null)}
                aria-label={`${n.label}, ${n.type}, ${n.weight} events`}>
                {n.type === 'person' ? <circle cx={p.x} cy={p.y} r={r} /> : <rect x={p.x - r} y={p.y - r} width={2 * r} height={2 * r} />}
                {show && <text x={p.x + r + 2} y={p.y + 4} class="node-label">{n.label}</text>}
              </a>
            );
          })}
        </svg>
      )}
      <p class="legend-line muted">Circles are people; squares are organisations, places and others. Larger nodes took part in more events; thicker lines mean more shared events.</p>
    </section>
  );
}
