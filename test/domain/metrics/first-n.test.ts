import { describe, expect, it } from 'vitest';
import { firstN } from '../../../src/domain/metrics/first-n';
import { seededRandom } from '../../../src/domain/random';

describe('firstN', () => {
  it('gives what a full sort then slice gives, ties in input order', () => {
    const next = seededRandom(7);
    for (let run = 0; run < 50; run++) {
      const items = Array.from({ length: 1 + Math.floor(next() * 300) }, (_, i) => ({ key: Math.floor(next() * 20), at: i }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      for (const n of [0, 1, 5, 20, items.length, items.length + 3]) {
        expect(firstN(items, n, byKey)).toEqual([...items].sort(byKey).slice(0, n));
      }
    }
  });

  it('takes any iterable and keeps fewer items than asked when there are fewer', () => {
    expect(firstN(new Set([5, 3, 9]), 5, (a, b) => a - b)).toEqual([3, 5, 9]);
    expect(firstN([4, 1, 3, 2], 2, (a, b) => b - a)).toEqual([4, 3]);
    expect(firstN([], 3, (a: number, b: number) => a - b)).toEqual([]);
  });
});
