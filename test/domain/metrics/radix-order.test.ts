import { describe, expect, it } from 'vitest';
import { RadixOrder } from '../../../src/domain/metrics/radix-order';
import { seededRandom } from '../../../src/domain/random';

/** Stable ascending order by comparison, the reference. */
function reference(values: readonly number[]): number[] {
  return values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
}

describe('RadixOrder', () => {
  it('orders finite numbers like a stable comparison sort', () => {
    const r = seededRandom(7);
    const sorter = new RadixOrder(500);
    const kinds: (() => number)[] = [
      () => Math.floor(r() * 20),
      () => Math.round((r() - 0.5) * 2000) / 10,
      () => (r() - 0.5) * 1e12,
      () => (r() < 0.5 ? -1 : 1) * r() * 1e-300,
      () => [0, -0, 1, -1, 0.5, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE][Math.floor(r() * 8)]!,
    ];
    for (const make of kinds) {
      for (const m of [0, 1, 2, 17, 500]) {
        const values = Array.from({ length: m }, make);
        expect(Array.from(sorter.sort(Float64Array.from(values), m))).toEqual(reference(values));
      }
    }
  });

  it('treats -0 and 0 as equal and keeps their order', () => {
    expect(Array.from(new RadixOrder(4).sort([0, -0, -1, 0], 4))).toEqual([2, 0, 1, 3]);
  });

  it('sorts only the first m values and refuses more than its capacity', () => {
    expect(Array.from(new RadixOrder(3).sort([3, 1, 2, -5], 3))).toEqual([1, 2, 0]);
    expect(() => new RadixOrder(2).sort([1, 2, 3], 3)).toThrow(RangeError);
  });
});
