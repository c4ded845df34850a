/**
 * The migrations, applied in order by `migrate()` and recorded in `parley_migrations`. The same
 * SQL runs on both engines. Never edit a migration that has shipped: add the next one.
 */
import { sql as init } from './001-init.js';
import { sql as actorDecisions } from './002-actor-decisions.js';
import { sql as eventParties } from './003-event-parties.js';
import { sql as journalOrder } from './004-journal-order.js';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { id: 1, name: 'init', sql: init },
  { id: 2, name: 'actor-decisions', sql: actorDecisions },
  { id: 3, name: 'event-parties', sql: eventParties },
  { id: 4, name: 'journal-order', sql: journalOrder },
];
