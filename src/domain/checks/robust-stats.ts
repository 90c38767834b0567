// Robust location and spread for outliers (Iglewicz & Hoaglin's modified z-score):
// M = 0.6745 (x − median) / MAD, an outlier where |M| > 3.5. Where more than half the values
// are equal (MAD = 0) the mean absolute deviation stands in, scaled by 1.2533 so that both
// estimate one standard deviation of a normal sample alike; where that is 0 too, nothing is
// an outlier (every value but none is equal).

/** Median of the first n values of `xs`, which it reorders. */
export function medianInPlace(xs: Float64Array, n = xs.length): number {
  const a = n < 32 ? insertionSorted(xs, n) : xs.subarray(0, n).sort();
  const h = n >> 1;
  return n % 2 ? a[h]! : (a[h - 1]! + a[h]!) / 2;
}

export interface RobustScale {
  median: number;
  /** 0.6745 / MAD, or its mean-deviation stand-in; 0 when every value is alike. */
  factor: number;
}

/** Median and the factor that turns a deviation from it into a modified z-score. */
export function robustScale(values: Float64Array, n: number, scratch: Float64Array): RobustScale {
  scratch.set(values.subarray(0, n));
  const median = medianInPlace(scratch, n);
  let meanDev = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.abs(values[i]! - median);
    scratch[i] = d;
    meanDev += d;
  }
  const mad = medianInPlace(scratch, n);
  meanDev /= n;
  const factor = mad > 0 ? 0.6745 / mad : meanDev > 0 ? 1 / (1.2533 * meanDev) : 0;
  return { median, factor };
}

/**
 * The scale a value is compared on: rates as stated; counts and amounts on a log scale,
 * since departments differ by orders of magnitude and a count is skewed (a district's 3 and
 * 300 contracts are both ordinary, 3 and 30,000 are not).
 */
export function onScale(value: number, rate: boolean): number {
  return rate ? value : Math.log10(Math.max(0, value) + 1);
}

/** A department's handful of years: insertion sort beats a typed-array sort call. */
function insertionSorted(xs: Float64Array, n: number): Float64Array {
  for (let i = 1; i < n; i++) {
    const v = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > v) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = v;
  }
  return xs;
}
