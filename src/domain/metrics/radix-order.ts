// Ascending order of finite numbers by LSD radix sort on their IEEE-754 bits.
// The matrix ranks a few thousand values per indicator on every filter change; a
// comparison sort plus a binary search per value took most of its time, where the
// radix order gives every value's position in a few linear passes.

const DIGITS = 8;
const BUCKETS = 256;

/** Reusable buffers for sorting up to `capacity` values. */
export class RadixOrder {
  private readonly bits: Float64Array;
  private readonly words: Uint32Array;
  private lo: Uint32Array;
  private hi: Uint32Array;
  private loTmp: Uint32Array;
  private hiTmp: Uint32Array;
  private order: Uint32Array;
  private orderTmp: Uint32Array;
  private readonly counts = new Uint32Array(DIGITS * BUCKETS);

  constructor(readonly capacity: number) {
    this.bits = new Float64Array(1);
    this.words = new Uint32Array(this.bits.buffer);
    this.lo = new Uint32Array(capacity);
    this.hi = new Uint32Array(capacity);
    this.loTmp = new Uint32Array(capacity);
    this.hiTmp = new Uint32Array(capacity);
    this.order = new Uint32Array(capacity);
    this.orderTmp = new Uint32Array(capacity);
  }

  /**
   * Positions 0..m-1 of `values` in ascending order (stable; -0 equals 0). Values must
   * be finite. The result is a view into the sorter's buffers, valid until the next call.
   */
  sort(values: ArrayLike<number>, m: number): Uint32Array {
    if (m > this.capacity) throw new RangeError(`RadixOrder: ${m} values, capacity ${this.capacity}`);
    const { bits, words, counts } = this;
    const le = isLittleEndian();
    counts.fill(0);
    for (let i = 0; i < m; i++) {
      // `+ 0` turns -0 into 0, so that equal numbers get equal keys.
      bits[0] = values[i]! + 0;
      let h = words[le ? 1 : 0]!;
      let l = words[le ? 0 : 1]!;
      // Sortable as unsigned integers: negatives have all bits flipped, positives the sign bit.
      if (h & 0x80000000) {
        h = ~h >>> 0;
        l = ~l >>> 0;
      } else h = (h | 0x80000000) >>> 0;
      this.hi[i] = h;
      this.lo[i] = l;
      this.order[i] = i;
      counts[l & 255]!++;
      counts[BUCKETS + ((l >>> 8) & 255)]!++;
      counts[2 * BUCKETS + ((l >>> 16) & 255)]!++;
      counts[3 * BUCKETS + (l >>> 24)]!++;
      counts[4 * BUCKETS + (h & 255)]!++;
      counts[5 * BUCKETS + ((h >>> 8) & 255)]!++;
      counts[6 * BUCKETS + ((h >>> 16) & 255)]!++;
      counts[7 * BUCKETS + (h >>> 24)]!++;
    }
    for (let d = 0; d < DIGITS; d++) {
      const base = d * BUCKETS;
      // A digit shared by every value changes nothing: skip its pass.
      let single = false;
      for (let b = 0; b < BUCKETS; b++) {
        const c = counts[base + b]!;
        if (c === m) single = true;
        if (c !== 0) break;
      }
      if (single || m < 2) continue;
      let sum = 0;
      for (let b = 0; b < BUCKETS; b++) {
        const c = counts[base + b]!;
        counts[base + b] = sum;
        sum += c;
      }
      const shift = (d & 3) * 8;
      const key = d < 4 ? this.lo : this.hi;
      const { lo, hi, order, loTmp, hiTmp, orderTmp } = this;
      for (let i = 0; i < m; i++) {
        const to = counts[base + ((key[i]! >>> shift) & 255)]!++;
        loTmp[to] = lo[i]!;
        hiTmp[to] = hi[i]!;
        orderTmp[to] = order[i]!;
      }
      this.lo = loTmp;
      this.hi = hiTmp;
      this.order = orderTmp;
      this.loTmp = lo;
      this.hiTmp = hi;
      this.orderTmp = order;
    }
    return this.order.subarray(0, m);
  }
}

let littleEndian: boolean | null = null;
function isLittleEndian(): boolean {
  return (littleEndian ??= new Uint8Array(new Uint16Array([1]).buffer)[0] === 1);
}
