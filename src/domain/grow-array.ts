// Typed arrays that builders append to: grown by a factor of their length (appends cost
// amortised O(1)) to at least what is needed, keeping their contents.
export type GrowableArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;

/** `a` itself when it holds `need` elements, else a copy with room for max(need, factor × length). */
export function grown<T extends GrowableArray>(a: T, need: number, factor = 2): T {
  if (need <= a.length) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, Math.ceil(a.length * factor)));
  b.set(a);
  return b;
}
