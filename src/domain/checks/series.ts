// A department's years of one indicator: a jump of ≥ 10⁴ (万 lost or added) and values far
// from the department's own usual level (modified z-score).
import type { CheckTable } from './check-table';
import type { FindingSink } from './finding-sink';
import { medianInPlace, onScale, robustScale } from './robust-stats';
import type { CheckRule } from './types';

export interface OutlierParams {
  rule: CheckRule;
  /** Fewest values the score is computed from. */
  minCount: number;
  threshold: number;
}

/**
 * Smallest deviation that counts, on the comparison scale: a factor of two for counts (log10 2),
 * ten percentage points for rates. Without it, four equal years and a fifth one unit away
 * would be an outlier (the spread of equal values is 0).
 */
const minEffect = (rate: boolean) => (rate ? 10 : Math.LOG10E * Math.LN2);

/** Flags the values of `rows[0..n)` (scaled into `scaled`) that are far from their median. */
export function flagOutliers(
  t: CheckTable,
  rows: Uint32Array | number[],
  n: number,
  rate: boolean,
  p: OutlierParams,
  scaled: Float64Array,
  scratch: Float64Array,
  sink: FindingSink,
): void {
  if (n < p.minCount) return;
  for (let k = 0; k < n; k++) scaled[k] = onScale(t.value[rows[k]!]!, rate);
  const { median, factor } = robustScale(scaled, n, scratch);
  if (factor === 0) return;
  // The median stated to the user is the values' own: back from the log scale, the middle of an
  // even count would be a geometric mean (57.97 people between 57 and 59). Found on the first flag.
  let expected = rate ? median : NaN;
  for (let k = 0; k < n; k++) {
    const dev = scaled[k]! - median;
    const z = dev * factor;
    if (Math.abs(z) > p.threshold && Math.abs(dev) >= minEffect(rate)) {
      if (Number.isNaN(expected)) {
        for (let j = 0; j < n; j++) scratch[j] = t.value[rows[j]!]!;
        expected = medianInPlace(scratch, n);
      }
      sink.add(p.rule, rows[k]!, [], Math.round(expected * 100) / 100, { score: Math.round(z * 10) / 10 });
    }
  }
}

/** Consecutive reported years whose values differ by `factor` or more (both above 0). */
export function flagJumps(t: CheckTable, rows: number[], n: number, rule: CheckRule, factor: number, sink: FindingSink): void {
  for (let k = 1; k < n; k++) {
    const a = t.value[rows[k - 1]!]!;
    const b = t.value[rows[k]!]!;
    if (a <= 0 || b <= 0) continue;
    const ratio = b > a ? b / a : a / b;
    if (ratio >= factor) sink.add(rule, rows[k]!, [rows[k - 1]!], a, { score: Math.round(ratio), otherYear: t.year[rows[k - 1]!]! });
  }
}
