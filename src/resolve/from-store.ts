/**
 * The knowledge base of a store: every stored report added in ingestion order (near-duplicates
 * are not stored as reports, so a re-publication never counts as a second source).
 * Rebuilt on demand and cached while the store holds the same number of reports.
 */
import type { Store } from '../store/types.js';
import { KnowledgeBase } from './knowledge-base.js';

export async function buildKnowledgeBase(store: Store): Promise<KnowledgeBase> {
  const kb = new KnowledgeBase();
  for await (const report of store.eachReport()) kb.addReport(report);
  return kb;
}

/** A knowledge base kept in step with a store: rebuilt when the number of stored reports changes. */
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
}
