/**
 * Helper process for the crash test: saves filler reports into the data folder given, printing
 * `saved <id>` after each commit, until it is killed. Not a test file on its own.
 */
import { openStore } from '../../src/store/open.js';
import { fillerReport } from './fixtures.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: crash-child <data-dir>');
const store = await openStore({ engine: 'embedded', dir });
for (let i = 1; i <= 40; i++) {
  const x = fillerReport(i);
  await store.saveReport(x);
  process.stdout.write(`saved ${x.id}\n`);
}
// Wait to be killed, never closing the store.
setInterval(() => undefined, 1000);
