import { describe, expect, it } from 'vitest';
import { niceCeil, valueAxisBounds } from '../../../src/domain/charts/axis-extent';

describe('axis extent', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.07, 1, 1.2, 2.2, 3, 7, 10, 437, 472, 99999].map(niceCeil)).toEqual([0.1, 1, 2, 2.5, 5, 10, 10, 500, 500, 100000]);
    expect(niceCeil(0)).toBe(0);
    expect(niceCeil(-3)).toBe(0);
    expect(niceCeil(NaN)).toBe(0);
  });

  it('holds every value with headroom, 0 inside, ignoring missing values', () => {
    expect(valueAxisBounds([3, null, 99])).toEqual({ min: 0, max: 200 });
    expect(valueAxisBounds([-40, 10])).toEqual({ min: -50, max: 20 });
    expect(valueAxisBounds([-5, -1])).toEqual({ min: -10, max: 0 });
    expect(valueAxisBounds([null])).toEqual({ min: 0, max: 1 });
  });
});
