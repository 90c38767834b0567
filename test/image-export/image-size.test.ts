import { describe, expect, it } from 'vitest';
import { clampPixelRatio, MAX_CANVAS_AREA, MAX_SIDE, MIN_SIDE, normaliseSize } from '../../src/image-export/image-size';

describe('clampPixelRatio', () => {
  it('keeps the chosen ratio when the canvas fits', () => {
    expect(clampPixelRatio({ width: 1280, height: 720 }, 1)).toBe(1);
    expect(clampPixelRatio({ width: 1280, height: 720 }, 2)).toBe(2);
    expect(clampPixelRatio({ width: 1280, height: 720 }, 3)).toBe(3);
  });

  it('lowers the ratio so that width × height × r² stays within the canvas limit', () => {
    const size = { width: 3000, height: 2000 };
    const r = clampPixelRatio(size, 4);
    expect(r).toBeLessThan(4);
    expect(size.width * size.height * r * r).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    // Two decimals, as large as allowed.
    expect(r).toBe(1.67);
  });

  it('never goes below 1, and the largest custom size fits at 1×', () => {
    const r = clampPixelRatio({ width: MAX_SIDE, height: MAX_SIDE }, 3);
    expect(r).toBeGreaterThanOrEqual(1);
    expect(MAX_SIDE * MAX_SIDE * r * r).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(clampPixelRatio({ width: 20000, height: 20000 }, 2)).toBe(1);
  });

  it('treats a missing or nonsensical ratio as 1', () => {
    expect(clampPixelRatio({ width: 800, height: 600 }, Number.NaN)).toBe(1);
    expect(clampPixelRatio({ width: 800, height: 600 }, -2)).toBe(1);
    expect(clampPixelRatio({ width: 0, height: 600 }, 2)).toBe(1);
  });

  it.each([
    [1280, 720, 3],
    [1024, 768, 3],
    [1000, 620, 3],
    [2400, 1800, 3],
    [4000, 3000, 2],
  ])('%i×%i at %i× stays within the limit', (width, height, ratio) => {
    const r = clampPixelRatio({ width, height }, ratio);
    expect(Math.round(width * r) * Math.round(height * r)).toBeLessThanOrEqual(MAX_CANVAS_AREA);
  });
});

describe('normaliseSize', () => {
  it('rounds and clamps custom sizes', () => {
    expect(normaliseSize(800.4, 450.6)).toEqual({ width: 800, height: 451 });
    expect(normaliseSize(10, 99999)).toEqual({ width: MIN_SIDE, height: MAX_SIDE });
  });

  it('falls back for empty inputs', () => {
    expect(normaliseSize(Number.NaN, 500)).toEqual({ width: 1280, height: 500 });
  });
});
