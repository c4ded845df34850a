/** `parley timeline` over an embedded store holding extractions written by us. */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { run } from '../helpers/cli.js';
import { openStore } from '../../src/store/open.js';
import { report } from '../helpers/extraction.js';


let tmp = '';
const saved = { ...process.env };

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'parley-timeline-'));
  delete process.env['DATABASE_URL'];
  const store = await openStore({ engine: 'embedded', dir: join(tmp, 'data') });
  await store.saveReport(report('ra', 'Harbour Gazette', '2025-11-21', [['e1', 'Dan Driscoll'], ['e2', 'Volodymyr Zelensky']],
    [{ id: 'v1', type: 'meeting', date: '2025-11-20', participants: ['e1', 'e2'], sentence: 'The army secretary handed the draft to the president on Thursday.' }]));
  await store.saveReport(report('rb', 'Lakeside Courier', '2025-11-22', [['e1', 'Daniel Driscoll'], ['e2', 'Volodymyr Zelenskyy']],
    [{ id: 'v1', type: 'meeting', date: '2025-11-19', participants: ['e1', 'e2'], sentence: 'Driscoll and Zelenskyy sat down in Kyiv on Wednesday to go over the text.' }]));
  await store.saveReport(report('rd', 'Kyiv Wire', '2025-11-27', [['e1', 'Jim Hale'], ['e2', 'James Hale']], []));
  await store.saveReport(report('rc', 'Meridian Daily', '2025-11-26', [['e1', 'Dan Driscoll']],
    [{ id: 'v1', type: 'meeting', date: '2025-11-25', participants: ['e1'], sentence: 'Driscoll held talks with a Russian team in Abu Dhabi on Tuesday.' }]));
  await store.close();
});
after(async () => {
  process.env = saved;
  await rm(tmp, { recursive: true, force: true });
});

test('timeline: events in date order with sources and the contradiction', async () => {
  const res = await run('timeline', '--data', join(tmp, 'data'));
  assert.equal(res.code, 0, res.err);
  const lines = res.out.trim().split('\n');
  assert.match(lines[0]!, /^2025-11-20 +meeting .*\[2 sources, CONTRADICTED\]$/);
  assert.match(res.out, /date 2025-11-19: Lakeside Courier/);
  assert.match(res.out, /2025-11-25 +meeting .*\[1 source\]/);
  assert.equal(lines.at(-1), '2 event(s)');
});

test('timeline: --actor by any alias, --as-of and --json', async () => {
  const early = await run('timeline', '--data', join(tmp, 'data'), '--actor', 'Daniel Driscoll', '--as-of', '2025-11-21', '--json');
  assert.equal(early.code, 0, early.err);
  const events = JSON.parse(early.out) as { date: string; corroboration: number; contradicted: boolean }[];
  assert.deepEqual(events.map((e) => [e.date, e.corroboration, e.contradicted]), [['2025-11-20', 1, false]]);
  const unknown = await run('timeline', '--data', join(tmp, 'data'), '--actor', 'Nobody Known');
  assert.equal(unknown.code, 1);
  const bad = await run('timeline', '--data', join(tmp, 'data'), '--type', 'picnic');
  assert.equal(bad.code, 2);
});

test('entities: list, show, merge and split from the command line, recorded', async () => {
  const data = join(tmp, 'data');
  const list = await run('entities', 'list', 'hale', '--data', data, '--json');
  assert.equal(list.code, 0, list.err);
  assert.deepEqual((JSON.parse(list.out) as { name: string }[]).map((a) => a.name).sort(), ['James Hale', 'Jim Hale']);
  const show = await run('entities', 'show', 'Daniel Driscoll', '--data', data);
  assert.equal(show.code, 0, show.err);
  assert.match(show.out, /^a\d+ Dan Driscoll \(person\)$/m);
  assert.match(show.out, /alias Daniel Driscoll: resolve\/person-variant/);
  const merged = await run('entities', 'merge', 'James Hale', 'Jim Hale', '--data', data, '--by', 'desk');
  assert.equal(merged.code, 0, merged.err);
  assert.match(merged.out, /alias Jim Hale: human\/merge/);
  const split = await run('entities', 'split', 'James Hale', 'Jim Hale', '--data', data, '--by', 'desk');
  assert.equal(split.code, 0, split.err);
  assert.match(split.out, /^split: a\d+ Jim Hale/m);
  const missing = await run('entities', 'show', 'Nobody', '--data', data);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no actor "Nobody"/);
  const usage = await run('entities', 'merge', 'only-one', '--data', data);
  assert.equal(usage.code, 2);
});
