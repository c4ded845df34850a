/**
 * The one store interface. Two engines implement it — the embedded default (PGlite, in a data
 * folder) and a PostgreSQL server (DATABASE_URL) — over one set of migrations, and one storage
 * test suite runs against both.
 */
import type { Extraction } from '../model/extraction.js';

export type SaveStatus = 'added' | 'duplicate' | 'near-duplicate';

export interface SaveResult {
  status: SaveStatus;
  id: string;
  /** For duplicates and near-duplicates: the stored report this one repeats. */
  duplicateOf?: string;
  similarity?: number;
}

export interface Store {
  /** Which engine serves this store: 'embedded' (PGlite) or 'postgres'. */
  readonly engine: 'embedded' | 'postgres';
  /**
   * Store one analysed report and all its annotations in one transaction. Re-saving the same
   * report changes nothing ('duplicate'); a near-duplicate of a stored report is recorded as such.
   */
  saveReport(extraction: Extraction): Promise<SaveResult>;
  close(): Promise<void>;
}
