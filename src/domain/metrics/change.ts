// Year-over-year change and indexing. Missing years and zero bases come back as
// reasons, never as NaN, Infinity or a silent 0.

/** A computed figure, or why it cannot be computed. */
export type MetricResult =
  | { kind: 'value'; value: number }
  /** `year` has no reported value. */
  | { kind: 'missing'; year: number }
  /** The base (`year`) is 0, so a ratio is undefined. */
  | { kind: 'zero-base'; year: number };

/** Values of one department's indicator by year. */
export type YearSeries = ReadonlyMap<number, number>;

function metricValue(value: number): MetricResult {
  return { kind: 'value', value };
}

/** The number inside a result, or null when there is none. */
export function valueOf(r: MetricResult): number | null {
  return r.kind === 'value' ? r.value : null;
}

/** Builds a year → value map; later duplicates of a year win. */
export function toYearSeries(points: Iterable<{ year: number; value: number }>): Map<number, number> {
  const m = new Map<number, number>();
  for (const p of points) if (Number.isFinite(p.value)) m.set(p.year, p.value);
  return m;
}

function firstMissing(series: YearSeries, years: number[]): number | undefined {
  return years.find((y) => !series.has(y));
}

/** Absolute change from the year before `year`. */
export function yoyAbs(series: YearSeries, year: number): MetricResult {
  return changeAbs(series.get(year - 1), series.get(year), year - 1, year);
}

/** Percentage change (12.5 means +12.5 %) from the year before `year`. */
export function yoyPct(series: YearSeries, year: number): MetricResult {
  return changePct(series.get(year - 1), series.get(year), year - 1, year);
}

type MaybeValue = number | null | undefined;

/** A reported value: not missing, not NaN or infinite. */
function isValue(v: MaybeValue): v is number {
  return v != null && Number.isFinite(v);
}

/** `compute` of two reported values; missing (in the year it is missing) when either is not. */
function ofBoth(
  base: MaybeValue,
  current: MaybeValue,
  baseYear: number,
  year: number,
  compute: (base: number, current: number) => MetricResult,
): MetricResult {
  if (!isValue(base)) return { kind: 'missing', year: baseYear };
  if (!isValue(current)) return { kind: 'missing', year };
  return compute(base, current);
}

/** Absolute change between two values of (possibly) different years. */
export function changeAbs(base: MaybeValue, current: MaybeValue, baseYear: number, year: number): MetricResult {
  return ofBoth(base, current, baseYear, year, (b, c) => metricValue(round(c - b)));
}

/**
 * Percentage change between two values. 0 → 0 is "no change" (0 %);
 * 0 → anything else has no defined ratio and reports a zero base.
 */
export function changePct(base: MaybeValue, current: MaybeValue, baseYear: number, year: number): MetricResult {
  return ofBoth(base, current, baseYear, year, (b, c) => {
    if (b === 0) return c === 0 ? metricValue(0) : { kind: 'zero-base', year: baseYear };
    return metricValue(round(((c - b) / Math.abs(b)) * 100));
  });
}

/** Both kinds of change at once, as tooltips and tables show them. */
export interface Change {
  fromYear: number;
  toYear: number;
  abs: MetricResult;
  pct: MetricResult;
}

export function change(base: MaybeValue, current: MaybeValue, baseYear: number, year: number): Change {
  return {
    fromYear: baseYear,
    toYear: year,
    abs: changeAbs(base, current, baseYear, year),
    pct: changePct(base, current, baseYear, year),
  };
}

/** Change since the previous calendar year. */
export function yoyChange(series: YearSeries, year: number): Change {
  return change(series.get(year - 1), series.get(year), year - 1, year);
}

/** Value of `year` relative to `baseYear` (= 100). */
export function indexTo(series: YearSeries, year: number, baseYear: number): MetricResult {
  const missing = firstMissing(series, [baseYear, year]);
  if (missing !== undefined) return { kind: 'missing', year: missing };
  const base = series.get(baseYear)!;
  if (base === 0) return { kind: 'zero-base', year: baseYear };
  return metricValue(round((series.get(year)! / base) * 100));
}

/** First year in [from, to] that has a value (the natural base of an index). */
export function firstReportedYear(series: YearSeries, from: number, to: number): number | undefined {
  for (let y = from; y <= to; y++) if (series.has(y)) return y;
  return undefined;
}

/** Index series over [from, to] based on the first year (or the first reported year when `firstReported`). */
export function indexSeries(
  series: YearSeries,
  from: number,
  to: number,
  firstReported = false,
): { baseYear: number; values: Map<number, MetricResult> } {
  const baseYear = firstReported ? (firstReportedYear(series, from, to) ?? from) : from;
  const values = new Map<number, MetricResult>();
  for (let y = from; y <= to; y++) values.set(y, indexTo(series, y, baseYear));
  return { baseYear, values };
}

/** Removes floating-point noise (0.1 + 0.2) without visible rounding. */
function round(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
