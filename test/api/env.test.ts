import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EnvError, loadEnv } from '../../src/config/env.js';
import { storeTarget } from '../../src/store/open.js';
import { resolve } from 'node:path';

describe('environment', () => {
  it('accepts an empty environment and valid values', () => {
    assert.deepEqual(loadEnv({}), {});
    assert.deepEqual(loadEnv({ DATABASE_URL: 'postgresql://u@localhost:5432/parley', PARLEY_DATA: '/var/lib/parley', PORT: '8080' }),
      { DATABASE_URL: 'postgresql://u@localhost:5432/parley', PARLEY_DATA: '/var/lib/parley', PORT: 8080 });
    assert.deepEqual(loadEnv({ PORT: '', DATABASE_URL: '  ' }), {}, 'blank counts as unset');
  });

  it('rejects bad values, naming every bad variable', () => {
    assert.throws(() => loadEnv({ PORT: '0' }), (e: unknown) => e instanceof EnvError && /PORT/.test(e.message));
    assert.throws(() => loadEnv({ PORT: '8080.5' }), EnvError);
    assert.throws(() => loadEnv({ PORT: '99999', DATABASE_URL: 'sqlite:///tmp/x' }),
      (e: unknown) => e instanceof EnvError && /PORT/.test(e.message) && /DATABASE_URL/.test(e.message));
    assert.throws(() => loadEnv({ DATABASE_URL: 'postgres://h:99999999/db' }), EnvError);
  });

  it('chooses the store: DATABASE_URL, else --data, else PARLEY_DATA, else ./.parley/data', () => {
    assert.deepEqual(storeTarget({ DATABASE_URL: 'postgres://h/db', PARLEY_DATA: '/x' }, '/y'), { engine: 'postgres', url: 'postgres://h/db' });
    assert.deepEqual(storeTarget({ PARLEY_DATA: '/x' }, '/y'), { engine: 'embedded', dir: '/y' });
    assert.deepEqual(storeTarget({ PARLEY_DATA: '/x' }), { engine: 'embedded', dir: '/x' });
    assert.deepEqual(storeTarget({}), { engine: 'embedded', dir: resolve('.parley/data') });
  });
});
