// The first n items in a comparator's order, as `[...items].sort(cmp).slice(0, n)` gives them
// (items that compare equal keep their input order), in O(N log n) instead of O(N log N): the
// trend picks its 20 series among thousands of departments on every filter change.

export function firstN<T>(items: Iterable<T>, n: number, cmp: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const x of items) {
    // Most items do not beat the n-th kept one: one comparison each.
    if (out.length === n && cmp(x, out[n - 1]!) >= 0) continue;
    // After every kept item not greater than x, so that equal items keep their input order.
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(out[mid]!, x) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, x);
    if (out.length > n) out.pop();
  }
  return out;
}
