/**
 * What the entities stage passes from extractors through refiners to its commit: one proposed
 * mention with its type, the cluster (future entity) it belongs to, and what the rules learned
 * about it on the way (roles, merge evidence).
 */
import type { EntityType, MergeEvidence, Role } from '../../model/annotations.js';

export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  rule: string;
  confidence: number;
  /** Cluster id: candidates with the same cluster become one entity. Assigned by grouping. */
  cluster: number;
  roles: Role[];
  merges: MergeEvidence[];
  /** Where the candidate sits: prose body, a heading, or the notes section. */
  zone: 'body' | 'heading' | 'notes';
}

export function candidate(init: Pick<Candidate, 'start' | 'end' | 'type' | 'rule' | 'confidence' | 'zone'>): Candidate {
  return { start: init.start, end: init.end, type: init.type, rule: init.rule, confidence: init.confidence, zone: init.zone, cluster: -1, roles: [], merges: [] };
}
