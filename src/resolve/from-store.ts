/**
 * The knowledge base of a store: every stored report added in ingestion order (near-duplicates
 * are not stored as reports, so a re-publication never counts as a second source).
 * Rebuilt on demand and cached while the store holds the same number of reports.
 */
import type { Store } from '../store/types.js';
import { applyDecision } from './decisions.js';
import { KnowledgeBase } from './knowledge-base.js';

/** The reports in ingestion order, then people's decisions replayed over them. */
export async function buildKnowledgeBase(store: Store): Promise<KnowledgeBase> {
  const kb = new KnowledgeBase();
  for await (const report of store.eachReport()) kb.addReport(report);
  for (const d of await store.decisions()) {
    const skipped = applyDecision(kb, d);
    if (skipped) kb.skippedDecisions.push(skipped);
  }
  return kb;
}

/**
 * A knowledge base kept in step with a store: rebuilt when the number of stored reports changes
 * or after `invalidate()` (a decision was recorded).
 */
export class KnowledgeBaseCache {
  readonly #store: Store;
  #kb: Promise<KnowledgeBase> | null = null;
  #count = -1;

  constructor(store: Store) {
    this.#store = store;
  }

  async get(): Promise<KnowledgeBase> {
    const count = await this.#store.countReports();
    if (!this.#kb || count !== this.#count) {
      this.#count = count;
      this.#kb = buildKnowledgeBase(this.#store);
      this.#kb.catch(() => { this.#kb = null; });
    }
    return this.#kb;
  }

  /** Forget the cached knowledge base (after a decision was recorded). */
  invalidate(): void {
    this.#kb = null;
  }
}
