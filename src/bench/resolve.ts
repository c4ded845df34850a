/**
 * Benchmark of cross-report resolution: a knowledge base of 10,000 synthetic reports (a few
 * thousand actors with spelling variants, ~8 events each over one year), then the median time
 * to resolve one new report against it and the p95 of a one-actor, one-month timeline query.
 * Synthetic data is generated with a fixed seed, so runs are comparable.
 */
import type { Extraction } from '../model/extraction.js';
import { EVENT_TYPES } from '../model/annotations.js';
import { KnowledgeBase } from '../resolve/knowledge-base.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Anna', 'Boris', 'Carla', 'Dmytro', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ivan', 'Jonas', 'Katya', 'Lars', 'Mira', 'Nikolai', 'Olga', 'Pavel', 'Rosa', 'Stefan', 'Taras', 'Ulla'];
const SUR = ['Adler', 'Bondar', 'Chernov', 'Dahl', 'Esposito', 'Fischer', 'Gordon', 'Horvat', 'Ilyin', 'Jansen', 'Kovalenko', 'Lindqvist', 'Moreau', 'Novak', 'Orlov', 'Petrenko', 'Quist', 'Rossi', 'Shevchenko', 'Tkachenko', 'Ulrich', 'Volkov', 'Weber', 'Yakovenko', 'Zorin'];

export interface ResolveBenchResult {
  reports: number;
  buildMs: number;
  resolveMedianMs: number;
  timelineP95Ms: number;
}

function makeReport(i: number, rand: () => number, people: string[]): Extraction {
  const entities: Extraction['entities'] = [];
  const n = 4 + Math.floor(rand() * 6);
  for (let k = 0; k < n; k++) {
    let name = people[Math.floor(rand() * people.length)]!;
    if (rand() < 0.1) name = name.replace(/o/, 'a'); // a spelling variant
    entities.push({ id: `e${k + 1}`, name, type: 'person', aliases: [name.split(' ').at(-1)!], roles: [], mentions: [], merges: [] });
  }
  const events: Extraction['events'] = [];
  const day = Math.floor(rand() * 365);
  for (let k = 0; k < 8; k++) {
    const d = new Date(Date.UTC(2025, 0, 1 + ((day + k * 3) % 365))).toISOString().slice(0, 10);
    const a = Math.floor(rand() * n);
    const b = (a + 1 + Math.floor(rand() * (n - 1))) % n;
    events.push({ id: `v${k + 1}`, type: EVENT_TYPES[Math.floor(rand() * 6)]!, date: d, participants: [`e${a + 1}`, `e${b + 1}`], location: null, trigger: { start: 0, end: 1 }, status: 'happened', claim: null, summary: 's', rule: 'bench', confidence: 1 });
  }
  return {
    id: `r${i}`, source: `r${i}.md`, title: null, published: '2025-12-31', publisher: `Outlet ${i % 40}`, url: null, authors: [],
    text: 'x', sentences: [[0, 1]], paragraphs: [], entities, timexes: [], events, quotes: [], claims: [], citations: [], markers: [], warnings: [],
  };
}

export function benchResolve(reports = 10_000): ResolveBenchResult {
  const rand = rng(42);
  const people: string[] = [];
  for (const g of GIVEN) for (const s of SUR) people.push(`${g} ${s}`);
  for (let i = 0; i < 1500; i++) people.push(`${GIVEN[i % GIVEN.length]} ${SUR[(i * 7) % SUR.length]}${['ski', 'enko', 'ov', 'sen', 'ini'][i % 5]}${i}`);
  const kb = new KnowledgeBase();
  const t0 = performance.now();
  for (let i = 0; i < reports; i++) kb.addReport(makeReport(i, rand, people));
  const buildMs = performance.now() - t0;
  const resolveTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const r = makeReport(reports + i, rand, people);
    const t = performance.now();
    kb.addReport(r);
    resolveTimes.push(performance.now() - t);
  }
  const actorIds = [...kb.actors.actors.keys()];
  const timelineTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const actor = actorIds[Math.floor(rand() * actorIds.length)]!;
    const month = 1 + Math.floor(rand() * 12);
    const from = `2025-${String(month).padStart(2, '0')}-01`;
    const to = `2025-${String(month).padStart(2, '0')}-28`;
    const t = performance.now();
    kb.timeline({ actor, from, to });
    timelineTimes.push(performance.now() - t);
  }
  return { reports, buildMs, resolveMedianMs: quantile(resolveTimes, 0.5), timelineP95Ms: quantile(timelineTimes, 0.95) };
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
