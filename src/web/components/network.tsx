/**
 * The co-participation network as SVG: who took part in the same events. Node size = degree
 * (co-participants), edge width and opacity = shared events. Layout and label placement are
 * DOM-free (src/views/network-layout.ts: d3-force per connected component, components packed
 * by size, a fixed seed); at most the 300 busiest actors. Labels for the busiest nodes that fit
 * without overlapping, and for the node under the pointer or focus and its neighbours. Zoom and
 * pan: wheel, drag, the buttons, or + − arrows 0 on the drawing. Nodes are links to actor pages.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { href } from '../router.js';
import type { Graph } from '../../views/actors.js';
import { estimateTextWidth, layoutNetwork, placeLabels, type Box } from '../../views/network-layout.js';
import { fileName, toCsv, toGexf } from '../../views/exports.js';
import { ExportBar } from './export.js';

const NET_W = 900;
const NET_H = 600;
const MAX_NODES = 300;
/** Labels at the fitted zoom; zooming in names more (those in view). */
const LABELS = 40;
const FONT_PX = 12;
const SEED = 1;
const MAX_ZOOM = 12;

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
  return { nodes: graph.nodes.filter((n) => keep.has(n.id)), edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

/** Text width in CSS pixels with the drawing's font (canvas), or an estimate. */
function textMeasurer(el: Element | null): (text: string) => number {
  const ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
  if (!ctx || !el) return (t) => estimateTextWidth(t, FONT_PX);
  ctx.font = `${FONT_PX}px ${getComputedStyle(el).fontFamily}`;
  const cache = new Map<string, number>();
  return (t) => {
    let w = cache.get(t);
    if (w === undefined) cache.set(t, (w = ctx.measureText(t).width));
    return w;
  };
}

export function Network({ graph: fullGraph, focus }: { graph: Graph; focus: string | null }) {
  const graph = useMemo(() => trim(fullGraph, MAX_NODES, focus), [fullGraph, focus]);
  // A small network gets a shorter box.
  const height = graph.nodes.length <= 10 ? 260 : graph.nodes.length <= 40 ? 420 : NET_H;
  const layout = useMemo(() => layoutNetwork(graph, { width: NET_W, height, seed: SEED }), [graph, height]);
  const full: Box = { x: 0, y: 0, w: layout.width, h: layout.height };
  const [view, setView] = useState<Box>(full);
  useEffect(() => setView({ x: 0, y: 0, w: layout.width, h: layout.height }), [layout]);
  const [hover, setHover] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [px, setPx] = useState<{ w: number; h: number }>({ w: NET_W, h: height });
  const [measure, setMeasure] = useState<(t: string) => number>(() => (t: string) => estimateTextWidth(t, FONT_PX));
  useLayoutEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    setMeasure(() => textMeasurer(el));
    const read = () => { const r = el.getBoundingClientRect(); if (r.width > 0 && r.height > 0) setPx({ w: r.width, h: r.height }); };
    read();
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(read) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, [layout]);
  // preserveAspectRatio "meet": the axis with less room sets the scale.
  const unitsPerPx = Math.max(view.w / px.w, view.h / px.h);
  const zoom = layout.width / view.w;

  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const byDegree = useMemo(() => [...layout.discs].sort((a, b) => b[1].degree - a[1].degree || (byId.get(b[0])?.weight ?? 0) - (byId.get(a[0])?.weight ?? 0) || a[0].localeCompare(b[0])).map(([id]) => id), [layout, byId]);
  const near = hover ?? focus;
  const neighbours = useMemo(() => {
    const s = new Set<string>();
    if (near) for (const e of graph.edges) { if (e.source === near) s.add(e.target); if (e.target === near) s.add(e.source); }
    return s;
  }, [graph, near]);
  const labels = useMemo(() => {
    const first = near ? [near, ...byDegree.filter((id) => neighbours.has(id))] : [];
    return placeLabels(layout.discs, {
      order: [...first, ...byDegree], text: (id) => byId.get(id)?.label ?? id, measure, fontPx: FONT_PX, unitsPerPx, view,
      max: first.length + Math.round(LABELS * Math.min(4, zoom)), forced: new Set(near ? [near] : []),
    });
  }, [layout, byDegree, near, neighbours, measure, unitsPerPx, view, zoom, byId]);
  const maxW = Math.max(1, ...graph.edges.map((e) => e.weight));

  const clamp = (b: Box): Box => {
    const w = Math.min(full.w, Math.max(full.w / MAX_ZOOM, b.w));
    const h = w * (full.h / full.w);
    const cx = Math.min(full.w, Math.max(0, b.x + b.w / 2));
    const cy = Math.min(full.h, Math.max(0, b.y + b.h / 2));
    return { x: cx - w / 2, y: cy - h / 2, w, h };
  };
  /** Zoom by `f` (> 1 in) around (ux, uy) in layout units, default the centre of the view. */
  const zoomBy = (f: number, ux = view.x + view.w / 2, uy = view.y + view.h / 2) => {
    const w = view.w / f;
    const h = view.h / f;
    setView(clamp({ x: ux - ((ux - view.x) / view.w) * w, y: uy - ((uy - view.y) / view.h) * h, w, h }));
  };
  const panBy = (fx: number, fy: number) => setView(clamp({ ...view, x: view.x + fx * view.w, y: view.y + fy * view.h }));
  const fit = () => setView(full);
  /** A point of the page in layout units. */
  const toUnits = (clientX: number, clientY: number): { x: number; y: number } => {
    const r = svgRef.current?.getBoundingClientRect();
    if (!r) return { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    // "meet" centres the view box in the element.
    const ox = (r.width - view.w / unitsPerPx) / 2;
    const oy = (r.height - view.h / unitsPerPx) / 2;
    return { x: view.x + (clientX - r.left - ox) * unitsPerPx, y: view.y + (clientY - r.top - oy) * unitsPerPx };
  };

  // Wheel zoom around the pointer (a non-passive listener, so the page does not scroll).
  const wheel = useRef<(e: WheelEvent) => void>(() => undefined);
  wheel.current = (e: WheelEvent) => {
    e.preventDefault();
    const p = toUnits(e.clientX, e.clientY);
    zoomBy(Math.exp(-e.deltaY * 0.0015), p.x, p.y);
  };
  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const on = (e: WheelEvent) => wheel.current(e);
    el.addEventListener('wheel', on, { passive: false });
    return () => el.removeEventListener('wheel', on);
  }, [layout]);
  const drag = useRef<{ x: number; y: number; view: Box; id: number } | null>(null);

  const onKey = (e: KeyboardEvent) => {
    const k = e.key;
    if (k === '+' || k === '=') zoomBy(1.5);
    else if (k === '-' || k === '_') zoomBy(1 / 1.5);
    else if (k === '0') fit();
    else if (k === 'ArrowLeft') panBy(-0.2, 0);
    else if (k === 'ArrowRight') panBy(0.2, 0);
    else if (k === 'ArrowUp') panBy(0, -0.2);
    else if (k === 'ArrowDown') panBy(0, 0.2);
    else return;
    e.preventDefault();
  };
  // The current view for handlers of memoised elements (zooming re-renders no node or edge).
  const viewRef = useRef(view);
  viewRef.current = view;
  /** A node reached by Tab while zoomed in: bring it into view. */
  const reveal = (id: string) => {
    setHover(id);
    const v = viewRef.current;
    const d = layout.discs.get(id);
    if (d && (d.x < v.x || d.x > v.x + v.w || d.y < v.y || d.y > v.y + v.h)) setView(clamp({ ...v, x: d.x - v.w / 2, y: d.y - v.h / 2 }));
  };

  const edges = useMemo(() => graph.edges.map((e) => {
    const a = layout.discs.get(e.source);
    const b = layout.discs.get(e.target);
    if (!a || !b) return null;
    const f = e.weight / maxW;
    return { key: `${e.source}|${e.target}`, e, a, b, width: 0.6 + 2.4 * f, opacity: 0.12 + 0.6 * f };
  }).filter((x) => x !== null), [graph, layout, maxW]);

  const edgeEls = useMemo(() => edges.map(({ key, e, a, b, width, opacity }) => {
    const lit = near !== null && (e.source === near || e.target === near);
    return <line key={key} x1={a.x} y1={a.y} x2={b.x} y2={b.y} class={lit ? 'edge lit' : 'edge'} stroke-width={lit ? Math.max(2, width) : width} stroke-opacity={lit ? 0.9 : opacity} />;
  }), [edges, near]);
  const nodeEls = useMemo(() => graph.nodes.map((n) => {
    const d = layout.discs.get(n.id);
    if (!d) return null;
    // Squares get the circle's area.
    const s = d.r * Math.sqrt(Math.PI) / 2;
    return (
      <a key={n.id} href={href(['actors', n.id])} class={`node t-${n.type}${n.id === near ? ' focus' : neighbours.has(n.id) ? ' near' : ''}`} data-id={n.id}
        onMouseEnter={() => setHover(n.id)} onMouseLeave={() => setHover(null)} onFocus={() => reveal(n.id)} onBlur={() => setHover(null)}
        aria-label={`${n.label}, ${n.type}, ${d.degree} co-participants, ${n.weight} events`}>
        {n.type === 'person' ? <circle cx={d.x} cy={d.y} r={d.r} /> : <rect x={d.x - s} y={d.y - s} width={2 * s} height={2 * s} />}
      </a>
    );
  }), [graph, layout, near, neighbours]);

  return (
    <section aria-labelledby="net-h" class="network">
      <h2 id="net-h">{focus ? 'Who took part in events with this actor' : 'Who took part in the same events'}</h2>
      <div class="toolbar">
        <span class="muted">{graph.nodes.length} {graph.nodes.length === 1 ? 'actor' : 'actors'}, {graph.edges.length} {graph.edges.length === 1 ? 'link' : 'links'}{!focus && fullGraph.nodes.length > graph.nodes.length ? ` (busiest ${MAX_NODES} of ${fullGraph.nodes.length})` : ''}</span>
        {graph.nodes.length > 0 && (
          <span class="zoom-buttons" role="group" aria-label="Zoom the network">
            <button type="button" class="btn small" onClick={() => zoomBy(1.5)} aria-label="Zoom in" data-testid="net-zoom-in">+</button>
            <button type="button" class="btn small" onClick={() => zoomBy(1 / 1.5)} aria-label="Zoom out" data-testid="net-zoom-out">−</button>
            <button type="button" class="btn small" onClick={fit} data-testid="net-fit">Fit</button>
          </span>
        )}
        <ExportBar items={[
          { label: 'GEXF', file: fileName('parley-network', 'gexf'), type: 'application/gexf+xml', build: () => toGexf(fullGraph, 'Parley co-participation network: actors who took part in the same events') },
          { label: 'CSV (edges)', file: fileName('parley-network-edges', 'csv'), type: 'text/csv', build: () => toCsv(fullGraph.edges, [
            { header: 'source', value: (e) => e.source }, { header: 'target', value: (e) => e.target }, { header: 'weight', value: (e) => e.weight },
          ]) },
        ]} />
      </div>
      {graph.nodes.length === 0 ? <p class="muted" data-testid="network-empty">No events with two or more named participants yet.</p> : (
        <svg
          ref={svgRef}
          class="net"
          viewBox={`${view.x} ${view.y} ${view.w} ${view.h}`}
          width="100%"
          tabindex={0}
          role="group"
          aria-label="Co-participation network; each node links to the actor's page. Keys: + and − zoom, arrows pan, 0 fits the whole network."
          aria-roledescription="network"
          data-testid="network"
          data-zoom={zoom.toFixed(2)}
          onKeyDown={onKey}
          onPointerDown={(e) => {
            if (e.button !== 0 || (e.target instanceof Element && e.target.closest('.node'))) return;
            drag.current = { x: e.clientX, y: e.clientY, view, id: e.pointerId };
            svgRef.current?.setPointerCapture(e.pointerId);
          }}
          onPointerMove={(e) => {
            const d = drag.current;
            if (!d || d.id !== e.pointerId) return;
            setView(clamp({ ...d.view, x: d.view.x - (e.clientX - d.x) * unitsPerPx, y: d.view.y - (e.clientY - d.y) * unitsPerPx }));
          }}
          onPointerUp={() => { drag.current = null; }}
          onPointerCancel={() => { drag.current = null; }}
        >
          <g class="edges">{edgeEls}</g>
          {nodeEls}
          <g class="labels" aria-hidden="true">
            {[...labels].map(([id, l]) => (
              <text key={id} x={l.x} y={l.y} font-size={FONT_PX * unitsPerPx} stroke-width={3 * unitsPerPx} class={id === near ? 'node-label focus' : 'node-label'} data-id={id}>
                {byId.get(id)?.label ?? id}
              </text>
            ))}
          </g>
        </svg>
      )}
      <p class="legend-line muted">
        Circles are people; squares are organisations, places and others. Larger nodes have more co-participants; thicker, darker lines mean more shared events.
        Names are shown for the most connected actors that fit; point at or Tab to a node to name it and its neighbours. Zoom with the wheel, the buttons or + and −; drag or use the arrow keys to pan.
      </p>
    </section>
  );
}
