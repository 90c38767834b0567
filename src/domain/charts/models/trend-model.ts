// 趋势: one indicator, chosen departments over a year range, in one of four modes.
import type { ChartRow } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { change, changeAbs, changePct, firstReportedYear, indexTo, type Change, type MetricResult } from '../../metrics/change';
import { namePlaces, sortNames } from '../../metrics/name-order';
import { firstN } from '../../metrics/first-n';
import { byDepartmentYear } from '../common';

export type TrendMode = 'absolute' | 'yoy-abs' | 'yoy-pct' | 'index';
export const DEFAULT_MAX_SERIES = 20;
const MAX_YEARS = 60;

export interface TrendPoint {
  year: number;
  /** The reported value of this year, if any. */
  row: ChartRow | null;
  /** Plotted value in the chosen mode; null is a gap (never 0). */
  value: number | null;
  /** Why `value` is null in a computed mode (or the value itself). */
  metric: MetricResult;
  /** Change since the previous year (for tooltips in every mode). */
  change: Change;
  /** A qualifier (约/余/以上…) on any value the point is computed from. */
  approximate: boolean;
  /** A derived value among the inputs. */
  derived: boolean;
}

export interface TrendSeries {
  department: string;
  points: TrendPoint[];
  /** Latest reported value in the range (used for capping), null when none. */
  latest: number | null;
  latestYear: number | null;
  /** Base year of the index mode. */
  baseYear: number | null;
}

export interface TrendModel {
  indicator: Indicator;
  mode: TrendMode;
  years: number[];
  series: TrendSeries[];
  /** Departments asked for (before capping). */
  totalDepartments: number;
  /** True when only the top `maxSeries` by latest value are shown. */
  capped: boolean;
  /** Year whose values decided the cap (the range end). */
  capYear: number;
  /** Unit of the indicator (from the catalog, or the rows). */
  unit: string;
  hasGaps: boolean;
  hasApproximate: boolean;
  hasDerived: boolean;
}

export interface TrendModelInput {
  /** The rows of the indicator; with thousands of departments, those of the drawn ones suffice (trend-rows.ts). */
  rows: readonly ChartRow[];
  /** Years with a figure among all the departments asked, when `rows` holds only the drawn ones' (default: the rows' years). */
  reportedYears?: readonly number[];
  indicator: Indicator;
  /** Departments to show, in legend order; empty = every department in the rows. */
  departments: readonly string[];
  years: readonly [number, number];
  mode: TrendMode;
  maxSeries?: number;
}

export function yearList(years: readonly [number, number]): number[] {
  let [a, b] = years;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [];
  if (a > b) [a, b] = [b, a];
  if (b - a >= MAX_YEARS) a = b - MAX_YEARS + 1;
  const out: number[] = [];
  for (let y = Math.trunc(a); y <= b; y++) out.push(y);
  return out;
}

export function buildTrendModel(input: TrendModelInput): TrendModel {
  const { indicator, mode } = input;
  const rows = input.rows.filter((r) => r.indicatorId === indicator.id);
  // The axis runs from the first to the last year with data: a range wider than the data
  // draws no empty years at its ends. Years missing inside stay, drawn as gaps.
  const reported = new Set(input.reportedYears ?? rows.map((r) => r.year));
  const asked = yearList(input.years);
  const firstAt = asked.findIndex((y) => reported.has(y));
  let lastAt = asked.length - 1; // (findLastIndex is missing in Chromium 92)
  while (lastAt >= 0 && !reported.has(asked[lastAt]!)) lastAt--;
  const years = firstAt < 0 ? [] : asked.slice(firstAt, lastAt + 1);
  const byDept = byDepartmentYear(rows);
  const names = input.departments.length ? [...new Set(input.departments)] : sortNames(byDept.keys());
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? 0;

  // With thousands of departments only the top `maxSeries` are drawn: choose them by their
  // latest value first, and build points for those alone.
  const maxSeries = Math.max(1, input.maxSeries ?? DEFAULT_MAX_SERIES);
  const capped = names.length > maxSeries;
  let shown = names;
  if (capped) {
    const latest = new Map(names.map((d) => [d, latestInRange(byDept.get(d), first, last)?.value]));
    const at = namePlaces(names);
    const keep = new Set(
      topByLatest(
        names,
        (d) => latest.get(d),
        (d) => at.get(d)!,
        maxSeries,
      ),
    );
    shown = names.filter((d) => keep.has(d));
  }
  const series = shown.map((department) => buildSeries(department, byDept.get(department), years, mode, first, last));

  let hasGaps = false;
  let hasApproximate = false;
  let hasDerived = false;
  for (const s of series) {
    for (const p of s.points) {
      if (p.value === null) hasGaps = true;
      if (p.value !== null && p.approximate) hasApproximate = true;
      if (p.value !== null && p.derived) hasDerived = true;
    }
  }
  return {
    indicator,
    mode,
    years,
    series,
    totalDepartments: names.length,
    capped,
    capYear: last,
    unit: indicator.unit || rows[0]?.unit || '',
    hasGaps,
    hasApproximate,
    hasDerived,
  };
}

/**
 * The `n` departments with the highest latest values, ties by name; those without a value come
 * last, by name. Thousands of departments without a value would otherwise be compared by name
 * against each other on every change. Departments are keys (names, or a table's codes) with
 * their latest value (undefined: none) and their place in name order (`namePlaces`).
 */
export function topByLatest<K>(keys: readonly K[], latestOf: (k: K) => number | undefined, placeOf: (k: K) => number, n: number): K[] {
  const byName = (a: K, b: K) => placeOf(a) - placeOf(b);
  const valued = keys.filter((d) => latestOf(d) !== undefined);
  const top = firstN(valued, n, (a, b) => latestOf(b)! - latestOf(a)! || byName(a, b));
  if (top.length < n)
    top.push(
      ...firstN(
        keys.filter((d) => latestOf(d) === undefined),
        n - top.length,
        byName,
      ),
    );
  return top;
}

/** The row of the last year in first..last that has one: a series' `latest`, also used to cap. */
function latestInRange(byYear: Map<number, ChartRow> | undefined, first: number, last: number): ChartRow | null {
  let best: ChartRow | null = null;
  if (byYear) for (const [y, r] of byYear) if (y >= first && y <= last && (!best || y > best.year)) best = r;
  return best;
}

function buildSeries(
  department: string,
  byYear: Map<number, ChartRow> | undefined,
  years: number[],
  mode: TrendMode,
  first: number,
  last: number,
): TrendSeries {
  const get = (y: number) => byYear?.get(y) ?? null;
  const values = new Map<number, number>();
  if (byYear) for (const [y, r] of byYear) values.set(y, r.value);
  const baseYear = mode === 'index' ? (firstReportedYear(values, first, last) ?? null) : null;
  const latestRow = latestInRange(byYear, first, last);
  const points = years.map((year): TrendPoint => {
    const row = get(year);
    const prev = get(year - 1);
    const ch = change(prev?.value, row?.value, year - 1, year);
    let metric: MetricResult;
    let inputs: (ChartRow | null)[];
    switch (mode) {
      case 'absolute':
        metric = row ? { kind: 'value', value: row.value } : { kind: 'missing', year };
        inputs = [row];
        break;
      case 'yoy-abs':
        metric = changeAbs(prev?.value, row?.value, year - 1, year);
        inputs = [prev, row];
        break;
      case 'yoy-pct':
        metric = changePct(prev?.value, row?.value, year - 1, year);
        inputs = [prev, row];
        break;
      case 'index':
        metric = baseYear === null ? { kind: 'missing', year } : indexTo(values, year, baseYear);
        inputs = [baseYear === null ? null : get(baseYear), row];
        break;
    }
    return {
      year,
      row,
      value: metric.kind === 'value' ? metric.value : null,
      metric,
      change: ch,
      approximate: inputs.some((r) => !!r?.qualifier),
      derived: inputs.some((r) => !!r?.derived),
    };
  });
  return { department, points, latest: latestRow?.value ?? null, latestYear: latestRow?.year ?? null, baseYear };
}
