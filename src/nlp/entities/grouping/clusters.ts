/**
 * Cluster bookkeeping for the grouping rules: candidates with the same `cluster` become one
 * entity. `join` moves a whole cluster into another and records why on the receiving cluster.
 */
import type { Document } from '../../../model/document.js';
import type { Candidate } from '../candidate.js';
import { foldKey, surface } from '../names.js';

export function join(doc: Document, candidates: Candidate[], from: Candidate, into: Candidate, rule: string, evidence: string, score: number): void {
  if (from.cluster === into.cluster) return;
  const old = from.cluster;
  for (const c of candidates) if (c.cluster === old) c.cluster = into.cluster;
  into.merges.push({ rule, from: surface(doc, from), into: surface(doc, into), evidence, score });
}

/** The name of a candidate as the grouping rules compare it: folded, without a leading "the". */
export function nameKey(doc: Document, c: Candidate): string {
  return foldKey(surface(doc, c)).replace(/^the /, '');
}

/** One representative per cluster (its first candidate), in text order. */
export function clusterHeads(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<number>();
  const heads: Candidate[] = [];
  for (const c of candidates) if (!seen.has(c.cluster)) { seen.add(c.cluster); heads.push(c); }
  return heads;
}
