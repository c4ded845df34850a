/**
 * The storage suite on a PostgreSQL server (see pg-cluster.ts for where the server comes from).
 */
import { openPostgresDatabase } from '../../src/store/postgres.js';
import { testServer } from './pg-cluster.js';
import { storeSuite } from './suite.js';

const found = await testServer();
if ('skip' in found) {
  console.log(`# PostgreSQL half skipped: ${found.skip}`);
  storeSuite('postgres', { skip: found.skip });
} else {
  const { server } = found;
  storeSuite('postgres', {
    async open() {
      const db = await openPostgresDatabase(server.url);
      // A given database may hold an earlier run: start from an empty schema.
      await db.exec('drop schema public cascade; create schema public');
      return db;
    },
    cleanup: () => server.stop(),
  });
}
