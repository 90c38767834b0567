// A list of strings as one Uint16Array of UTF-16 code units plus a Uint32Array of n + 1
// offsets. A million evidence sentences as a string[] cost the receiving thread ~140 ms
// to deserialise (one string at a time) when posted from a worker, and again when cloned
// into IndexedDB; two typed arrays are transferred without a copy and cloned as two
// memcpys. A string is decoded only when it is read.
//
// UTF-16, not UTF-8: packing copies code units (no encoder; about 2.5 times faster than
// TextEncoder for a million sentences) and Chinese takes 2 bytes a character instead of 3.
//
// Plain data, not a class: it must come out of postMessage and IndexedDB unchanged.
// Strings must be well-formed UTF-16: bulk decoding turns a lone surrogate into U+FFFD.

import { grown } from '../grow-array';

export interface PackedStrings {
  /** The UTF-16 code units of every string, back to back (exactly offsets[n] long). */
  readonly units: Uint16Array;
  /** String i is units[offsets[i]] up to units[offsets[i + 1]]. */
  readonly offsets: Uint32Array;
}

// ignoreBOM: a string that starts with U+FEFF keeps it. Code units are stored in the
// platform's order, which is little-endian wherever browsers run.
const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });

export function isPackedStrings(v: unknown): v is PackedStrings {
  const p = v as PackedStrings | null;
  return typeof p === 'object' && p !== null && p.units instanceof Uint16Array && p.offsets instanceof Uint32Array;
}

export function packedLength(p: PackedStrings): number {
  return p.offsets.length - 1;
}

/** String i, or undefined outside the list (like indexing an array). */
export function packedGet(p: PackedStrings, i: number): string | undefined {
  const from = p.offsets[i];
  const to = p.offsets[i + 1];
  if (from === undefined || to === undefined) return undefined;
  return from === to ? '' : decoder.decode(p.units.subarray(from, to));
}

/** Every string at once (backups, CSV export): one decode call for all units, then slices. */
export function unpackStrings(p: PackedStrings): string[] {
  const n = packedLength(p);
  if (n <= 0) return [];
  const { units, offsets } = p;
  const base = offsets[0]!;
  const all = decoder.decode(units.subarray(base, offsets[n]));
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = all.slice(offsets[i]! - base, offsets[i + 1]! - base);
  return out;
}

/**
 * The entries at `indices` of a packed list, as a new exact-size packed list, by copying
 * code units (no decoding). Runs of consecutive indices, the usual case when every row has
 * its own evidence, are copied with one set() each.
 */
export function pickPacked(src: PackedStrings, indices: ArrayLike<number>): PackedStrings {
  const so = src.offsets;
  const n = indices.length;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const c = indices[k]!;
    total += so[c + 1]! - so[c]!;
  }
  const units = new Uint16Array(total);
  const offsets = new Uint32Array(n + 1);
  let u = 0;
  for (let k = 0; k < n;) {
    let j = k + 1;
    while (j < n && indices[j] === indices[j - 1]! + 1) j++;
    const from = so[indices[k]!]!;
    const to = so[indices[j - 1]! + 1]!;
    units.set(src.units.subarray(from, to), u);
    for (let m = k; m < j; m++) offsets[m + 1] = so[indices[m]! + 1]! - from + u;
    u += to - from;
    k = j;
  }
  return { units, offsets };
}

export function packStrings(values: readonly string[]): PackedStrings {
  let total = 0;
  for (const v of values) total += v.length;
  const b = new PackedStringsBuilder(total, values.length);
  for (const v of values) b.push(v);
  return b.build();
}

/**
 * Packs strings as they come, so that a million evidence sentences are copied while they
 * are fresh instead of in a second pass over a million old strings. Strings must be
 * well-formed UTF-16 (see packDict for the check).
 */
export class PackedStringsBuilder {
  private units: Uint16Array;
  private offsets: Uint32Array;
  private n = 0;
  private u = 0;

  constructor(expectedUnits = 1 << 16, expectedStrings = 1 << 12) {
    this.units = new Uint16Array(expectedUnits);
    this.offsets = new Uint32Array(expectedStrings + 1);
  }

  get length(): number {
    return this.n;
  }

  /** Appends a string; returns its index. */
  push(s: string): number {
    const len = s.length;
    if (this.u + len > this.units.length) this.units = grown(this.units, this.u + len, 1.5);
    if (this.n + 2 > this.offsets.length) this.offsets = grown(this.offsets, this.n + 2, 1.5);
    const units = this.units;
    let u = this.u;
    for (let j = 0; j < len; j++) units[u++] = s.charCodeAt(j);
    this.u = u;
    this.offsets[++this.n] = u;
    return this.n - 1;
  }

  /** The strings so far, as exact-size arrays (the builder's own when they are full). */
  build(): PackedStrings {
    const exact = <T extends Uint16Array | Uint32Array>(a: T, n: number): T => (a.length === n ? a : (a.slice(0, n) as T));
    return { units: exact(this.units, this.u), offsets: exact(this.offsets, this.n + 1) };
  }
}
