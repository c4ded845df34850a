import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jaccard, lshBands, BANDS, shingles, words } from '../../src/store/near-duplicate.js';

const STORY = 'The delegations met for six hours on Sunday and agreed to trade written comments on the draft before the next round of talks in the Swiss city.';

describe('near-duplicate shingles', () => {
  it('ignores case, punctuation and white space', () => {
    assert.deepEqual(words('  Talks, in GENEVA —  resumed!\n'), ['talks', 'in', 'geneva', 'resumed']);
    assert.equal(jaccard(shingles(STORY), shingles(STORY.toUpperCase().replace(/ /g, '\n  '))), 1);
  });

  it('makes one shingle per five-word window, and one for a shorter text', () => {
    assert.equal(shingles('one two three four five six seven').size, 3);
    assert.equal(shingles('only three words').size, 1);
    assert.equal(shingles(' … ').size, 0);
  });

  it('scores one changed word high and a different story low', () => {
    const edited = STORY.replace('six hours', 'seven hours');
    const j = jaccard(shingles(STORY), shingles(edited));
    assert.ok(j > 0.6 && j < 1, `one word changed: ${j}`);
    const other = 'Energy ministers from four countries discussed gas transit fees at a conference that had nothing to do with the talks.';
    assert.ok(jaccard(shingles(STORY), shingles(other)) < 0.1);
    assert.equal(jaccard(new Set(), new Set()), 0);
  });

  it('puts identical texts in the same LSH buckets and empty texts in none', () => {
    const a = lshBands(shingles(STORY));
    assert.equal(a.length, BANDS);
    assert.deepEqual(lshBands(shingles(STORY.toLowerCase())), a);
    for (const b of a) assert.ok(Number.isInteger(b.hash) && b.hash >= -(2 ** 31) && b.hash < 2 ** 31);
    assert.deepEqual(lshBands(new Set()), []);
  });

  it('makes a pair above the threshold share a band and unrelated texts share almost none', () => {
    const long = Array.from({ length: 12 }, (_, i) => `${STORY} Paragraph ${i} adds its own detail number ${i * 13}.`).join(' ');
    const edited = long.replace('detail number 39', 'detail number 40');
    assert.ok(jaccard(shingles(long), shingles(edited)) >= 0.8);
    const key = (b: { band: number; hash: number }): string => `${b.band}:${b.hash}`;
    const a = new Set(lshBands(shingles(long)).map(key));
    assert.ok(lshBands(shingles(edited)).some((b) => a.has(key(b))));
    const unrelated = 'A completely different bulletin about fishing quotas in the northern sea was published by the ministry late on Friday evening.';
    assert.equal(lshBands(shingles(unrelated)).filter((b) => a.has(key(b))).length, 0);
  });
});
