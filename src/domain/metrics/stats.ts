// Small order statistics used by rankings, reference lines and summaries.

/** Median of the finite values, or null when there are none. O(n log n). */
export function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = xs.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** [min, max] of the finite values, or null when there are none. */
function extent(values: Iterable<number | null | undefined>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v == null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** A round axis bound at or beyond `x` (1, 2, 2.5, 5 × 10^k steps). */
function niceBound(x: number, up: boolean): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  const sign = Math.sign(x);
  const a = Math.abs(x);
  const p = Math.pow(10, Math.floor(Math.log10(a)));
  const steps = [1, 2, 2.5, 5, 10];
  const towardsInfinity = sign > 0 === up;
  if (towardsInfinity) {
    for (const s of steps) if (s * p >= a - 1e-12) return sign * s * p;
    return sign * 10 * p;
  }
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]! * p <= a + 1e-12) return sign * steps[i]! * p;
  return 0;
}

/** Nice [min, max] covering the values, including 0 when all values share a sign. */
export function niceExtent(values: Iterable<number | null | undefined>): [number, number] | null {
  const e = extent(values);
  if (!e) return null;
  const lo = Math.min(0, e[0]);
  const hi = Math.max(0, e[1]);
  if (lo === hi) return [0, 1];
  return [lo < 0 ? niceBound(lo, false) : 0, hi > 0 ? niceBound(hi, true) : 0];
}
