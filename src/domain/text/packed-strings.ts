// A list of strings as one Uint8Array of UTF-8 bytes plus a Uint32Array of n + 1 byte
// offsets. A million evidence sentences as a string[] cost the receiving thread ~140 ms
// to deserialise (one string at a time) when posted from a worker, and again when cloned
// into IndexedDB; two typed arrays are transferred without a copy and cloned as two
// memcpys. A string is decoded only when it is read.
//
// Plain data, not a class: it must come out of postMessage and IndexedDB unchanged.
// Strings must be well-formed UTF-16: TextEncoder turns a lone surrogate into U+FFFD.

export interface PackedStrings {
  /** The UTF-8 bytes of every string, back to back (exactly offsets[n] long). */
  readonly bytes: Uint8Array;
  /** String i is bytes[offsets[i]] up to bytes[offsets[i + 1]]. */
  readonly offsets: Uint32Array;
}

const encoder = new TextEncoder();
// ignoreBOM: a string that starts with U+FEFF keeps it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

export function isPackedStrings(v: unknown): v is PackedStrings {
  const p = v as PackedStrings | null;
  return typeof p === 'object' && p !== null && p.bytes instanceof Uint8Array && p.offsets instanceof Uint32Array;
}

export function packedLength(p: PackedStrings): number {
  return p.offsets.length - 1;
}

/** String i, or undefined outside the list (like indexing an array). */
export function packedGet(p: PackedStrings, i: number): string | undefined {
  const from = p.offsets[i];
  const to = p.offsets[i + 1];
  if (from === undefined || to === undefined) return undefined;
  return from === to ? '' : decoder.decode(p.bytes.subarray(from, to));
}

/**
 * Every string at once (backups, CSV export): one decode call for all bytes, then slices at
 * the offsets, instead of a decode call and a subarray per string. Relies on the bytes being
 * valid UTF-8, which they are when written by TextEncoder.
 */
export function unpackStrings(p: PackedStrings): string[] {
  const n = packedLength(p);
  const out: string[] = new Array(n);
  if (n <= 0) return [];
  const { bytes, offsets } = p;
  const all = decoder.decode(bytes.subarray(0, offsets[n]));
  // Walk the characters once, counting UTF-16 units: the lead byte gives each character's
  // length in bytes; a 4-byte character is a surrogate pair (2 units).
  let b = offsets[0]!;
  let unit = 0;
  for (let i = 0; i < n; i++) {
    const start = unit;
    const end = offsets[i + 1]!;
    while (b < end) {
      const x = bytes[b]!;
      if (x < 0x80) b++;
      else if (x < 0xe0) b += 2;
      else if (x < 0xf0) b += 3;
      else {
        b += 4;
        unit++;
      }
      unit++;
    }
    out[i] = all.slice(start, unit);
  }
  return out;
}

/**
 * The entries at `indices` of a packed list, as a new exact-size packed list, by copying
 * bytes (no decoding). Runs of consecutive indices, the usual case when every row has its
 * own evidence, are copied with one set() each.
 */
export function pickPacked(src: PackedStrings, indices: ArrayLike<number>): PackedStrings {
  const so = src.offsets;
  const n = indices.length;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const c = indices[k]!;
    total += so[c + 1]! - so[c]!;
  }
  const bytes = new Uint8Array(total);
  const offsets = new Uint32Array(n + 1);
  let u = 0;
  for (let k = 0; k < n; ) {
    let j = k + 1;
    while (j < n && indices[j] === indices[j - 1]! + 1) j++;
    const from = so[indices[k]!]!;
    const to = so[indices[j - 1]! + 1]!;
    bytes.set(src.bytes.subarray(from, to), u);
    for (let m = k; m < j; m++) offsets[m + 1] = so[indices[m]! + 1]! - from + u;
    u += to - from;
    k = j;
  }
  return { bytes, offsets };
}

/** Appends strings into growing buffers; build() returns exact-size arrays. */
export class PackedStringsBuilder {
  private bytes: Uint8Array;
  private offsets: Uint32Array;
  private used = 0;
  private count = 0;

  constructor(expectedStrings = 64, expectedBytes = expectedStrings * 32) {
    this.bytes = new Uint8Array(Math.max(64, expectedBytes));
    this.offsets = new Uint32Array(Math.max(16, expectedStrings + 1));
  }

  get length(): number {
    return this.count;
  }

  private reserve(bytes: number): void {
    if (this.count + 2 > this.offsets.length) {
      const o = new Uint32Array(this.offsets.length * 2);
      o.set(this.offsets);
      this.offsets = o;
    }
    const need = this.used + bytes;
    if (need <= this.bytes.length) return;
    const b = new Uint8Array(Math.max(need, this.bytes.length * 2));
    b.set(this.bytes.subarray(0, this.used));
    this.bytes = b;
  }

  /** Adds a string; returns its index. */
  add(s: string): number {
    // UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
    this.reserve(s.length * 3);
    if (s.length) this.used += encoder.encodeInto(s, this.bytes.subarray(this.used)).written;
    this.offsets[++this.count] = this.used;
    return this.count - 1;
  }

  /** Exact-size copies: a view into a larger buffer would transfer or clone all of it. */
  build(): PackedStrings {
    return { bytes: this.bytes.slice(0, this.used), offsets: this.offsets.slice(0, this.count + 1) };
  }
}

export function packStrings(values: readonly string[]): PackedStrings {
  let chars = 0;
  for (const v of values) chars += v.length;
  // Room for mostly Chinese text (3 bytes per character) in one allocation.
  const b = new PackedStringsBuilder(values.length, chars * 3);
  for (const v of values) b.add(v);
  return b.build();
}
