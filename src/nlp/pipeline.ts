/**
 * The shape of every extraction stage (chrono-node's parsers → refiners).
 *
 * A stage is an ordered list of extractors, each proposing candidates from the document, then
 * an ordered list of refiners, each mapping the whole candidate list to a new one (filtering,
 * merging, resolving), then a commit that writes the survivors into the document's layers.
 * One rule per file; the file that builds a stage's lists explains their order.
 */
import type { Document } from '../model/document.js';

export interface Extractor<C> {
  /** Rule id, e.g. `time/month-day`; copied into the annotations it produces. */
  readonly name: string;
  extract(doc: Document): C[];
}

export interface Refiner<C> {
  readonly name: string;
  refine(doc: Document, candidates: C[]): C[];
}

export interface Stage {
  readonly name: string;
  run(doc: Document): void;
}

export interface StagePlan<C> {
  readonly name: string;
  readonly extractors: readonly Extractor<C>[];
  readonly refiners: readonly Refiner<C>[];
  commit(doc: Document, results: C[]): void;
}

/** Build a stage from its plan. The plan is frozen: a stage cannot be changed after it is built. */
export function defineStage<C>(plan: StagePlan<C>): Stage {
  const extractors = Object.freeze([...plan.extractors]);
  const refiners = Object.freeze([...plan.refiners]);
  const commit = plan.commit;
  return Object.freeze({
    name: plan.name,
    run(doc: Document): void {
      let candidates: C[] = [];
      for (const extractor of extractors) {
        const found = extractor.extract(doc);
        for (const c of found) candidates.push(c);
      }
      for (const refiner of refiners) candidates = refiner.refine(doc, candidates);
      commit(doc, candidates);
    },
  });
}

/** A refiner that keeps the candidates for which `keep` is true (chrono's Filter). */
export function filterRefiner<C>(name: string, keep: (doc: Document, c: C) => boolean): Refiner<C> {
  return { name, refine: (doc, cs) => cs.filter((c) => keep(doc, c)) };
}

/** Per-stage wall time, filled when a timer is passed to `runStages` (the benchmark reads it). */
export type StageTimer = Map<string, number>;

export function runStages(doc: Document, stages: readonly Stage[], timer?: StageTimer): Document {
  for (const stage of stages) {
    if (timer) {
      const t0 = performance.now();
      stage.run(doc);
      timer.set(stage.name, (timer.get(stage.name) ?? 0) + performance.now() - t0);
    } else {
      stage.run(doc);
    }
  }
  return doc;
}
