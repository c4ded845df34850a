/**
 * The part of d3-force (v3) the network layout uses. d3-force ships no types; these few lines
 * save a second dependency (@types/d3-force) for six functions.
 */
declare module 'd3-force' {
  export interface SimulationNodeDatum {
    index?: number;
    x?: number;
    y?: number;
    vx?: number;
    vy?: number;
    fx?: number | null;
    fy?: number | null;
  }
  export interface SimulationLinkDatum<N extends SimulationNodeDatum> {
    source: N | number | string;
    target: N | number | string;
  }
  export interface Force<N extends SimulationNodeDatum> {
    (alpha: number): void;
    initialize?(nodes: N[], random: () => number): void;
  }
  export interface Simulation<N extends SimulationNodeDatum> {
    tick(iterations?: number): this;
    stop(): this;
    alpha(value: number): this;
    alphaMin(value: number): this;
    alphaDecay(value: number): this;
    velocityDecay(value: number): this;
    randomSource(source: () => number): this;
    force(name: string, force: Force<N> | null): this;
    nodes(): N[];
  }
  export function forceSimulation<N extends SimulationNodeDatum>(nodes?: N[]): Simulation<N>;

  export interface ForceLink<N extends SimulationNodeDatum, L extends SimulationLinkDatum<N>> extends Force<N> {
    id(id: (node: N, i: number) => string | number): this;
    distance(distance: number | ((link: L) => number)): this;
    strength(strength: number | ((link: L) => number)): this;
    iterations(n: number): this;
  }
  export function forceLink<N extends SimulationNodeDatum, L extends SimulationLinkDatum<N>>(links?: L[]): ForceLink<N, L>;

  export interface ForceManyBody<N extends SimulationNodeDatum> extends Force<N> {
    strength(strength: number | ((node: N) => number)): this;
    theta(theta: number): this;
    distanceMin(d: number): this;
    distanceMax(d: number): this;
  }
  export function forceManyBody<N extends SimulationNodeDatum>(): ForceManyBody<N>;

  export interface ForceCollide<N extends SimulationNodeDatum> extends Force<N> {
    radius(radius: number | ((node: N) => number)): this;
    strength(strength: number): this;
    iterations(n: number): this;
  }
  export function forceCollide<N extends SimulationNodeDatum>(radius?: number | ((node: N) => number)): ForceCollide<N>;

  export interface ForcePosition<N extends SimulationNodeDatum> extends Force<N> {
    strength(strength: number | ((node: N) => number)): this;
  }
  export function forceX<N extends SimulationNodeDatum>(x?: number): ForcePosition<N>;
  export function forceY<N extends SimulationNodeDatum>(y?: number): ForcePosition<N>;
}
