// A dictionary of the text columns: a plain string[] or packed UTF-16 (packed-strings.ts).
// Columns built in the page or in Node hold arrays; the import worker packs its big
// dictionaries before posting them, and text parts keep the form they were cut from.
// Text parts stored before packing existed hold arrays, so every reader accepts both.
import { isPackedStrings, packStrings, packedGet, packedLength, unpackStrings, type PackedStrings } from '../text/packed-strings';

export type StringDict = readonly string[] | PackedStrings;

export function isPackedDict(d: StringDict): d is PackedStrings {
  return !Array.isArray(d) && isPackedStrings(d);
}

export function dictSize(d: StringDict): number {
  return isPackedDict(d) ? packedLength(d) : d.length;
}

/** Entry i (decoded on demand when packed), undefined outside the dictionary. */
export function dictAt(d: StringDict, i: number): string | undefined {
  return isPackedDict(d) ? packedGet(d, i) : d[i];
}

/** Every entry as strings: the array itself, or all of a packed one decoded at once. */
export function dictValues(d: StringDict): readonly string[] {
  return isPackedDict(d) ? unpackStrings(d) : d;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Packed, unless an entry is not well-formed UTF-16: decoding would turn a lone surrogate
 * into U+FFFD, and a stored text must read back exactly as it was written, so such a
 * dictionary stays an array.
 */
export function packDict(d: StringDict): StringDict {
  if (isPackedDict(d)) return d;
  const values = d;
  for (const v of values) if (!isWellFormed(v)) return values;
  return packStrings(values);
}

/** Whether a string is well-formed UTF-16 (no lone surrogate), so that it can be packed. */
export function isWellFormed(s: string): boolean {
  return !(SURROGATE.test(s) && LONE_SURROGATE.test(s));
}
