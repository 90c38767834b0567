import { describe, expect, it } from 'vitest';
import {
  change,
  changePct,
  indexSeries,
  indexTo,
  toYearSeries,
  valueOf,
  yoyAbs,
  yoyChange,
  yoyPct,
} from '../../../src/domain/metrics/change';
import { median, niceExtent } from '../../../src/domain/metrics/stats';

const s = toYearSeries([
  { year: 2020, value: 10 },
  { year: 2021, value: 15 },
  // 2022 missing
  { year: 2023, value: 12 },
  { year: 2024, value: 0 },
  { year: 2025, value: 6 },
]);

describe('year-over-year change', () => {
  it('computes absolute and percentage change', () => {
    expect(yoyAbs(s, 2021)).toEqual({ kind: 'value', value: 5 });
    expect(yoyPct(s, 2021)).toEqual({ kind: 'value', value: 50 });
    expect(yoyPct(s, 2024)).toEqual({ kind: 'value', value: -100 });
  });

  it('reports the missing year instead of NaN or 0', () => {
    expect(yoyAbs(s, 2022)).toEqual({ kind: 'missing', year: 2022 });
    expect(yoyAbs(s, 2023)).toEqual({ kind: 'missing', year: 2022 });
    expect(yoyPct(s, 2020)).toEqual({ kind: 'missing', year: 2019 });
    expect(valueOf(yoyPct(s, 2023))).toBeNull();
  });

  it('reports a zero base for the percentage but still gives the absolute change', () => {
    expect(yoyPct(s, 2025)).toEqual({ kind: 'zero-base', year: 2024 });
    expect(yoyAbs(s, 2025)).toEqual({ kind: 'value', value: 6 });
    expect(changePct(0, 0, 2020, 2021)).toEqual({ kind: 'value', value: 0 });
  });

  it('uses the magnitude of a negative base', () => {
    expect(changePct(-10, -5, 2020, 2021)).toEqual({ kind: 'value', value: 50 });
  });

  it('bundles both changes', () => {
    const c = yoyChange(s, 2021);
    expect(c).toMatchObject({ fromYear: 2020, toYear: 2021, abs: { value: 5 }, pct: { value: 50 } });
    expect(change(0.1, 0.3, 1, 2).abs).toEqual({ kind: 'value', value: 0.2 });
  });
});

describe('index to the first year', () => {
  it('is 100 in the base year and relative elsewhere', () => {
    expect(indexTo(s, 2020, 2020)).toEqual({ kind: 'value', value: 100 });
    expect(indexTo(s, 2021, 2020)).toEqual({ kind: 'value', value: 150 });
    expect(indexTo(s, 2023, 2020)).toEqual({ kind: 'value', value: 120 });
  });

  it('reports missing years and zero bases', () => {
    expect(indexTo(s, 2022, 2020)).toEqual({ kind: 'missing', year: 2022 });
    expect(indexTo(s, 2021, 2019)).toEqual({ kind: 'missing', year: 2019 });
    expect(indexTo(s, 2025, 2024)).toEqual({ kind: 'zero-base', year: 2024 });
  });

  it('can base on the first reported year of a range', () => {
    const r = indexSeries(s, 2019, 2021, true);
    expect(r.baseYear).toBe(2020);
    expect(r.values.get(2019)).toEqual({ kind: 'missing', year: 2019 });
    expect(r.values.get(2021)).toEqual({ kind: 'value', value: 150 });
    expect(indexSeries(s, 2019, 2021).baseYear).toBe(2019);
  });
});

describe('stats', () => {
  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median([NaN, 5])).toBe(5);
  });

  it('nice extents include zero', () => {
    expect(niceExtent([3, 37])).toEqual([0, 50]);
    expect(niceExtent([-12, 8])).toEqual([-20, 10]);
    expect(niceExtent([null, undefined])).toBeNull();
  });
});
