// Fixed value-axis bounds for charts that draw only part of their data at a time
// (scrolling bar lists): the axis must not rescale while the user scrolls.

/** Smallest of 1, 2, 2.5, 5 × 10^k at or above x (0 for x ≤ 0). */
export function niceCeil(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(x)));
  for (const m of [1, 2, 2.5, 5]) if (m * p >= x * (1 - 1e-12)) return m * p;
  return 10 * p;
}

/**
 * Axis bounds that hold every value with `headroom` (a fraction) to spare on the far
 * side for value labels, rounded outwards to nice numbers; 0 is always inside.
 */
export function valueAxisBounds(values: Iterable<number | null>, headroom = 0.08): { min: number; max: number } {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v === null || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const span = hi - lo || 1;
  return { min: lo < 0 ? -niceCeil(-lo + span * headroom) : 0, max: hi > 0 ? niceCeil(hi + span * headroom) : lo < 0 ? 0 : 1 };
}
