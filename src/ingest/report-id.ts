import { createHash } from 'node:crypto';

/** A report's id: stable for the same body text (hence the same body bytes once decoded). */
export function reportId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
