/**
 * The knowledge base of a store: the store's journal — every stored report and every person's
 * merge/split decision, in the order they were taken — replayed into a KnowledgeBase.
 * Near-duplicates are not stored as reports, so a re-publication never counts as a second source.
 *
 * A cache follows the store: it replays only the entries added since it last looked, so a
 * server keeps up with reports and decisions other processes add to a shared PostgreSQL store
 * without rebuilding, and replaying the journal in pieces gives what replaying it at once gives.
 */
import type { Store } from '../store/types.js';
import { applyDecision } from './decisions.js';
import { KnowledgeBase } from './knowledge-base.js';

interface Replayed { kb: KnowledgeBase; at: number; reports: number; decisions: number }

async function replay(store: Store, into: Replayed): Promise<Replayed> {
  for await (const entry of store.journal(into.at)) {
    if (entry.kind === 'report') {
      into.kb.addReport(entry.report);
      into.reports++;
    } else {
      const skipped = applyDecision(into.kb, entry.decision);
      if (skipped) into.kb.skippedDecisions.push(skipped);
      into.decisions++;
    }
    into.at = Math.max(into.at, entry.seq);
  }
  return into;
}

function empty(): Replayed {
  return { kb: new KnowledgeBase(), at: 0, reports: 0, decisions: 0 };
}

/** The whole journal replayed into a new knowledge base. */
export async function buildKnowledgeBase(store: Store): Promise<KnowledgeBase> {
  return (await replay(store, empty())).kb;
}

/**
 * A knowledge base kept in step with a store. Each `get()` asks the store how many reports and
 * decisions it holds; when that moved, the new journal entries are replayed onto the cached
 * knowledge base. When the counts still disagree afterwards (a save committed out of sequence
 * order by a concurrent writer), it rebuilds from the start.
 */
export class KnowledgeBaseCache {
  readonly #store: Store;
  #state: Promise<Replayed> | null = null;

  constructor(store: Store) {
    this.#store = store;
  }

  get(): Promise<KnowledgeBase> {
    // One catch-up at a time: concurrent callers wait for the same one.
    const next = (async (): Promise<Replayed> => {
      let state = this.#state ? await this.#state.catch(() => null) : null;
      const head = await this.#store.journalHead();
      if (state && state.reports === head.reports && state.decisions === head.decisions) return state;
      state = await replay(this.#store, state ?? empty());
      if (state.reports !== head.reports || state.decisions !== head.decisions) {
        const again = await this.#store.journalHead();
        if (state.reports !== again.reports || state.decisions !== again.decisions) state = await replay(this.#store, empty());
      }
      return state;
    })();
    this.#state = next;
    next.catch(() => { if (this.#state === next) this.#state = null; });
    return next.then((s) => s.kb);
  }

  /** Forget the cached knowledge base: the next `get()` replays the whole journal. */
  invalidate(): void {
    this.#state = null;
  }
}
