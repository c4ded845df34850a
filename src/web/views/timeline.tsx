/**
 * Timeline: events on a zoomable time axis (SVG; a span's width is its precision, and spans
 * coarser than a day are drawn hatched and dashed: "somewhere in here"), filters by actor,
 * type, outlet and date, an "as of" slider over report publication dates, and below it a
 * windowed list (only the rows in view are in the DOM) so 1,000 events stay fast.
 *
 * Keyboard: the axis is focusable; + / − zoom, ← / → pan, 0 resets. Every event is also a row
 * of the list, whose links open the passage in the reader.
 */
import { useMemo, useRef, useState, useEffect } from 'preact/hooks';
import { useTimelineData } from '../data/timeline.js';
import { useCorpus } from '../corpus.js';
import { href, type Route } from '../router.js';
import { denseWindow, eventAnchor, eventAt, extent, filterEvents, layoutLanes, publishedRange, sortEvents, type Placed, type TimelineEvent } from '../../views/timeline.js';
import { axisTicks, DAY_MS, formatSpan, isoDay } from '../../views/dates.js';
import { EVENT_CSV_COLUMNS, fileName, toCsv, toJson, toTimelineJs } from '../../views/exports.js';
import { ExportBar } from '../components/export.js';
import { fold } from '../../views/actors.js';
import { plural } from '../../views/text.js';

const WIDTH = 1000;
const LANE = 16;
const MAX_LANES = 40;
const AXIS = 28;
const ROW = 64;
const LIST_HEIGHT = 480;

export function TimelineView({ route }: { route: Route }) {
  const corpus = useCorpus();
  const [actor, setActor] = useState(route.query.get('actor') ?? '');
  const [types, setTypes] = useState<ReadonlySet<string>>(new Set());
  const [outlet, setOutlet] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [asOfOn, setAsOfOn] = useState(false);
  const [asOfDay, setAsOfDay] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);

  // The slider runs over the reports' publication dates (not the events', which it filters).
  const pubRange = useMemo(() => publishedRange(corpus.summaries.map((s) => ({ published: s.published }))), [corpus.summaries]);
  const asOf = asOfOn && pubRange ? isoDay(Math.min(pubRange.max, pubRange.min + asOfDay * DAY_MS)) : undefined;
  const data = useTimelineData(asOf);
  const allTypes = useMemo(() => [...new Set(data.events.map((e) => e.type))].sort(), [data.events]);
  const outlets = useMemo(() => [...new Set(data.events.map((e) => e.outlet).filter(Boolean))].sort(), [data.events]);

  const filtered = useMemo(
    () => sortEvents(filterEvents(data.events, { actor, types, outlet, from: from || undefined, to: to || undefined, asOf })),
    [data.events, actor, types, outlet, from, to, asOf],
  );
  const full = useMemo(() => extent(data.events), [data.events]);
  const dense = useMemo(() => denseWindow(filtered), [filtered]);
  const [domain, setDomain] = useState<{ start: number; end: number } | null>(null);
  const view = domain ?? dense ?? (full ? pad(full) : null);

  const zoom = (factor: number, centre?: number) => {
    if (!view) return;
    const c = centre ?? (view.start + view.end) / 2;
    const width = Math.max(DAY_MS * 2, Math.min((view.end - view.start) * factor, 200 * 365 * DAY_MS));
    const ratio = (c - view.start) / (view.end - view.start);
    setDomain({ start: c - width * ratio, end: c - width * ratio + width });
  };
  const pan = (fraction: number) => {
    if (!view) return;
    const d = (view.end - view.start) * fraction;
    setDomain({ start: view.start + d, end: view.end + d });
  };

  const selectedEvent = selected ? data.events.find((e) => e.key === selected) : undefined;
  const exportTitle = `Parley timeline${asOf ? ` as of ${asOf}` : ''}`;
  const undated = filtered.filter((e) => !e.span).length;

  return (
    <section aria-labelledby="timeline-h">
      <h1 id="timeline-h">Timeline</h1>
      <form class="filters-bar" onSubmit={(e) => e.preventDefault()} aria-label="Timeline filters">
        <label>Actor <input type="search" value={actor} onInput={(e) => setActor(e.currentTarget.value)} data-filter="actor" /></label>
        <label>Outlet{' '}
          <select value={outlet} onChange={(e) => setOutlet(e.currentTarget.value)} data-filter="outlet">
            <option value="">all</option>
            {outlets.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
        <label>From <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} data-filter="from" /></label>
        <label>To <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} data-filter="to" /></label>
        <fieldset class="types">
          <legend>Types</legend>
          {allTypes.length === 0 && <span class="muted">none yet</span>}
          {allTypes.map((t) => (
            <label key={t}>
              <input type="checkbox" checked={types.has(t)} data-type={t} onChange={(e) => {
                const next = new Set(types);
                if (e.currentTarget.checked) next.add(t); else next.delete(t);
                setTypes(next);
              }} /> {t}
            </label>
          ))}
        </fieldset>
        {pubRange && (
          <fieldset class="asof">
            <legend>As of</legend>
            <label><input type="checkbox" checked={asOfOn} onChange={(e) => setAsOfOn(e.currentTarget.checked)} data-filter="asof-on" /> only reports published by</label>{' '}
            <input
              type="range"
              min={0}
              max={Math.round((pubRange.max - pubRange.min) / DAY_MS)}
              value={asOfDay}
              disabled={!asOfOn}
              aria-label="As-of date"
              aria-valuetext={asOf ?? 'off'}
              onInput={(e) => setAsOfDay(Number(e.currentTarget.value))}
              data-filter="asof"
            />{' '}
            <output>{asOf ?? 'all reports'}</output>
          </fieldset>
        )}
      </form>
      <div class="toolbar">
        <span aria-live="polite" data-testid="timeline-count">{filtered.length} of {data.events.length} events{undated ? ` (${undated} undated)` : ''}</span>
        {data.status === 'loading' && <span aria-busy="true">loading events…</span>}
        {data.status === 'error' && <span class="error" role="alert">Could not load the events.</span>}
        <span class="muted small" data-source={data.source}>{data.source === 'timeline' ? 'merged across reports (/api/timeline)' : data.source === 'api' ? 'one row per report (/api/events)' : 'from the stored reports'}</span>
        <ExportBar items={[
          { label: 'TimelineJS', file: fileName('parley-timelinejs', 'json'), type: 'application/json', build: () => toTimelineJs(filtered, exportTitle) },
          { label: 'CSV', file: fileName('parley-events', 'csv'), type: 'text/csv', build: () => toCsv(filtered, EVENT_CSV_COLUMNS) },
          { label: 'JSON', file: fileName('parley-events', 'json'), type: 'application/json', build: () => toJson(filtered) },
        ]} />
      </div>
      {view ? (
        <Axis events={filtered} view={view} selected={selected} onSelect={setSelected} zoom={zoom} pan={pan} reset={() => setDomain(full ? pad(full) : null)} busiest={() => setDomain(null)} />
      ) : (
        <p class="muted" data-testid="timeline-empty">{data.status === 'ready' ? 'No dated events in the loaded reports yet.' : 'Loading…'}</p>
      )}
      {selectedEvent && <EventDetails event={selectedEvent} onClose={() => setSelected(null)} />}
      <EventList events={filtered} selected={selected} onSelect={setSelected} />
    </section>
  );
}

function pad(d: { start: number; end: number }): { start: number; end: number } {
  const w = Math.max(d.end - d.start, 7 * DAY_MS);
  return { start: d.start - w * 0.05, end: d.start + w * 1.05 };
}

/** Colours of the canvas axis (kept in step with styles.css). */
const INK = { event: '#8250df', eventEdge: '#3e1f79', hatchBg: '#e9dffc', tick: '#e1e4e8', major: '#afb8c1', label: '#57606a', focus: '#b35900' };

function hatch(ctx: CanvasRenderingContext2D, dpr: number): CanvasPattern | string {
  const size = Math.round(6 * dpr);
  const c = document.createElement('canvas');
  c.width = size;
  c.height = size;
  const g = c.getContext('2d');
  if (!g) return INK.hatchBg;
  g.fillStyle = INK.hatchBg;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = INK.event;
  g.lineWidth = 1.5 * dpr;
  g.beginPath();
  g.moveTo(0, size);
  g.lineTo(size, 0);
  g.moveTo(-size / 2, size / 2);
  g.lineTo(size / 2, -size / 2);
  g.moveTo(size / 2, size * 1.5);
  g.lineTo(size * 1.5, size / 2);
  g.stroke();
  return ctx.createPattern(c, 'repeat') ?? INK.hatchBg;
}

/**
 * The time axis, drawn on a canvas: one redraw per zoom or pan costs a few milliseconds even
 * with 1,000 events (an SVG of 1,000 rectangles did not keep frames under 50 ms). Clicks and
 * hovers are hit-tested against the lane layout (`eventAt`); the list below is the accessible,
 * keyboard-reachable view of the same events.
 */
function Axis({ events, view, selected, onSelect, zoom, pan, reset, busiest }: {
  events: readonly TimelineEvent[];
  view: { start: number; end: number };
  selected: string | null;
  onSelect: (k: string) => void;
  zoom: (f: number, c?: number) => void;
  pan: (f: number) => void;
  reset: () => void;
  busiest: () => void;
}) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(WIDTH);
  const [hover, setHover] = useState<{ p: Placed; x: number; y: number } | null>(null);
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(320, Math.floor(el.clientWidth) - 2));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const { placed, lanes } = useMemo(() => layoutLanes(events, view.start, view.end, width), [events, view.start, view.end, width]);
  const ticks = useMemo(() => axisTicks(view.start, view.end, Math.max(4, Math.floor(width / 100))), [view.start, view.end, width]);
  const shownLanes = Math.min(lanes, MAX_LANES);
  const height = AXIS + Math.max(1, shownLanes) * LANE + 8;
  const hidden = placed.filter((p) => p.lane >= MAX_LANES).length;
  const coarseCount = placed.filter((p) => p.lane < MAX_LANES && isCoarse(p.event)).length;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.round(width * dpr);
    canvas.height = Math.round(height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const x = (t: number) => ((t - view.start) / (view.end - view.start)) * width;
    ctx.font = '11px system-ui, sans-serif';
    ctx.textBaseline = 'alphabetic';
    for (const t of ticks) {
      const tx = Math.round(x(t.at)) + 0.5;
      ctx.strokeStyle = t.major ? INK.major : INK.tick;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(tx, AXIS - 6);
      ctx.lineTo(tx, height);
      ctx.stroke();
      ctx.fillStyle = INK.label;
      ctx.fillText(t.label, tx + 3, AXIS - 10);
    }
    const pattern = hatch(ctx, dpr);
    let selectedBox: Placed | null = null;
    for (const p of placed) {
      if (p.lane >= MAX_LANES) continue;
      const y = AXIS + p.lane * LANE;
      const w = Math.max(2, p.x1 - p.x0);
      const coarse = isCoarse(p.event);
      ctx.globalAlpha = p.event.status === 'happened' ? 1 : 0.45;
      ctx.fillStyle = coarse ? pattern : INK.event;
      ctx.fillRect(p.x0, y, w, LANE - 4);
      ctx.strokeStyle = INK.eventEdge;
      ctx.lineWidth = 1;
      ctx.setLineDash(coarse ? [4, 2] : []);
      ctx.strokeRect(p.x0 + 0.5, y + 0.5, w - 1, LANE - 5);
      if (p.event.key === selected) selectedBox = p;
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
    if (selectedBox) {
      ctx.strokeStyle = INK.focus;
      ctx.lineWidth = 3;
      ctx.strokeRect(selectedBox.x0 - 1.5, AXIS + selectedBox.lane * LANE - 1.5, Math.max(2, selectedBox.x1 - selectedBox.x0) + 3, LANE - 1);
    }
  }, [placed, ticks, width, height, view.start, view.end, selected]);

  const pick = (clientX: number, clientY: number): { p: Placed; x: number; y: number } | null => {
    const canvas = canvasRef.current;
    if (!canvas) return null;
    const r = canvas.getBoundingClientRect();
    const x = clientX - r.left;
    const y = clientY - r.top;
    const lane = Math.floor((y - AXIS) / LANE);
    if (lane < 0 || lane >= MAX_LANES) return null;
    const p = eventAt(placed, x, lane);
    return p ? { p, x, y } : null;
  };

  return (
    <div class="axis-wrap" ref={wrapRef}>
      <div class="toolbar" role="group" aria-label="Zoom">
        <button type="button" class="btn small" onClick={() => zoom(0.5)} aria-label="Zoom in">+</button>
        <button type="button" class="btn small" onClick={() => zoom(2)} aria-label="Zoom out">−</button>
        <button type="button" class="btn small" onClick={() => pan(-0.25)} aria-label="Earlier">←</button>
        <button type="button" class="btn small" onClick={() => pan(0.25)} aria-label="Later">→</button>
        <button type="button" class="btn small" onClick={busiest}>Busiest period</button>
        <button type="button" class="btn small" onClick={reset}>Fit all</button>
        <span class="muted">{isoDay(view.start)} – {isoDay(view.end)}</span>
        {hidden > 0 && <span class="muted">({hidden} events in lanes below the first {MAX_LANES}: narrow the filters or zoom in)</span>}
      </div>
      <div class="axis-box">
        <canvas
          ref={canvasRef}
          class="axis"
          style={{ width: `${width}px`, height: `${height}px` }}
          tabIndex={0}
          role="img"
          aria-label={`Time axis from ${isoDay(view.start)} to ${isoDay(view.end)}, ${placed.length} events. Plus and minus zoom, arrow keys pan, 0 fits all, 1 shows the busiest period. The list below has every event.`}
          data-testid="timeline-axis"
          data-drawn={placed.length - hidden}
          data-coarse={coarseCount}
          onKeyDown={(e) => {
            if (e.key === '+' || e.key === '=') { zoom(0.5); e.preventDefault(); }
            else if (e.key === '-' || e.key === '_') { zoom(2); e.preventDefault(); }
            else if (e.key === 'ArrowLeft') { pan(-0.1); e.preventDefault(); }
            else if (e.key === 'ArrowRight') { pan(0.1); e.preventDefault(); }
            else if (e.key === '0') { reset(); e.preventDefault(); }
            else if (e.key === '1') { busiest(); e.preventDefault(); }
          }}
          onWheel={(e) => {
            const canvas = canvasRef.current;
            if (!canvas) return;
            e.preventDefault();
            const r = canvas.getBoundingClientRect();
            const c = view.start + ((e.clientX - r.left) / r.width) * (view.end - view.start);
            zoom(e.deltaY > 0 ? 1.25 : 0.8, c);
          }}
          onClick={(e) => { const hit = pick(e.clientX, e.clientY); if (hit) onSelect(hit.p.event.key); }}
          onMouseMove={(e) => setHover(pick(e.clientX, e.clientY))}
          onMouseLeave={() => setHover(null)}
        />
        {hover && (
          <div class="axis-tip" role="tooltip" style={{ left: `${Math.min(hover.x + 12, width - 260)}px`, top: `${hover.y + 12}px` }}>
            <strong>{hover.p.event.span ? formatSpan(hover.p.event.span) : ''}</strong> · {hover.p.event.type} · {hover.p.event.summary || hover.p.event.triggerText}
          </div>
        )}
      </div>
      <p class="legend-line muted">Solid bar: known to the day. Hatched, dashed bar: known only to the week, month or year; it spans that period. Faded: planned or hypothetical. Click a bar for its details.</p>
    </div>
  );
}

function isCoarse(e: TimelineEvent): boolean {
  return e.span !== null && e.span.precision !== 'day' && e.span.precision !== 'time';
}

function EventList({ events, selected, onSelect }: { events: readonly TimelineEvent[]; selected: string | null; onSelect: (k: string) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState(0);
  const first = Math.max(0, Math.floor(scroll / ROW) - 5);
  const last = Math.min(events.length, Math.ceil((scroll + LIST_HEIGHT) / ROW) + 5);
  useEffect(() => {
    if (!selected || !ref.current) return;
    const i = events.findIndex((e) => e.key === selected);
    if (i >= 0) ref.current.scrollTop = Math.max(0, i * ROW - LIST_HEIGHT / 2);
  }, [selected]);
  return (
    <div
      class="event-list"
      ref={ref}
      tabIndex={0}
      aria-label={`Events, ${events.length}`}
      style={{ height: `${Math.min(LIST_HEIGHT, Math.max(ROW, events.length * ROW))}px` }}
      onScroll={(e) => setScroll(e.currentTarget.scrollTop)}
      data-testid="event-list"
    >
      <ol style={{ height: `${events.length * ROW}px` }} class="plain">
        {events.slice(first, last).map((e, i) => (
          <li
            key={e.key}
            class={`event-row${selected === e.key ? ' selected' : ''}`}
            style={{ top: `${(first + i) * ROW}px`, height: `${ROW}px` }}
            data-key={e.key}
          >
            <div class="event-date">{e.span ? formatSpan(e.span) : 'undated'}{e.span && e.span.precision !== 'day' && e.span.precision !== 'time' ? <span class="badge">{e.span.precision}</span> : null}</div>
            <div class="event-main">
              <span class="badge">{e.type}</span>{e.status !== 'happened' && <span class="badge">{e.status}</span>}{' '}
              <button type="button" class="linklike" onClick={() => onSelect(e.key)}>{e.summary || e.triggerText}</button>
              {e.corroboration !== undefined && <span class="badge" title="independent outlets">{plural(e.corroboration, 'source')}</span>}
              {e.contradicted && <span class="badge warn">contradicted</span>}
              <div class="muted small event-sub">
                <a href={href(['reports', e.reportId], { at: eventAnchor(e) })}>passage</a> · {e.outlet || 'unknown outlet'} {e.published ?? ''} ·{' '}
                {e.participants.map((p) => p.name).join(', ') || 'no participants named'}{e.location ? ` · ${e.location}` : ''}
              </div>
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}


function EventDetails({ event: e, onClose }: { event: TimelineEvent; onClose: () => void }) {
  return (
    <section class="event-details" aria-labelledby="event-details-h" data-testid="event-details">
      <h2 id="event-details-h">
        <span class="badge">{e.type}</span>{e.status !== 'happened' && <span class="badge">{e.status}</span>} {e.summary || e.triggerText}
      </h2>
      <dl class="inline">
        <dt>When</dt><dd>{e.span ? `${formatSpan(e.span)} (${e.span.precision}; ${e.date ?? ''})` : 'not given'}</dd>
        <dt>Who</dt>
        <dd>{e.participants.length === 0 ? 'no participants named' : e.participants.map((p, i) => <>{i > 0 && ', '}<a href={href(['actors', /^a\d+$/.test(p.id) ? p.id : fold(p.name)])}>{p.name}</a></>)}</dd>
        {e.location && <><dt>Where</dt><dd>{e.location}</dd></>}
        <dt>Told by</dt><dd>{e.outlet || 'unknown outlet'}{e.published ? `, ${e.published}` : ''}: “{e.title}”</dd>
        {e.corroboration !== undefined && <><dt>Corroboration</dt><dd>{e.corroboration} independent outlet{e.corroboration === 1 ? '' : 's'}</dd></>}
        {e.contradicted && <><dt>Contradicted</dt><dd><span class="badge warn">contradicted</span> other reports disagree on its date, place or participants</dd></>}
        {e.triggerText && <><dt>Trigger</dt><dd>“{e.triggerText}”</dd></>}
        {e.versions && e.versions.length > 0 && (
          <><dt>Versions</dt><dd><ul class="plain">{e.versions.map((v, i) => <li key={i}>{v.field}: {v.value ?? 'none'} — {v.reports.join(', ')}</li>)}</ul></dd></>
        )}
      </dl>
      {e.mentions && e.mentions.length > 0 && (
        <>
          <h3>Told by {e.mentions.length} report{e.mentions.length === 1 ? '' : 's'}</h3>
          <ul data-testid="event-mentions">
            {e.mentions.map((m) => (
              <li key={`${m.reportId}/${m.eventId}`}>
                <a href={href(['reports', m.reportId], { at: `eventid-${m.eventId}` })}>{m.title}</a>{' '}
                <span class="muted small">{m.publisher || 'unknown outlet'}{m.published ? `, ${m.published}` : ''}{m.date ? ` (dated ${m.date})` : ''}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={href(['reports', e.reportId], { at: eventAnchor(e) })}>Open the passage in the report</a>{' '}
        <button type="button" class="btn small" onClick={onClose}>Close</button>
      </p>
    </section>
  );
}
