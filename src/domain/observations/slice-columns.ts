// Cuts columns into chunk-sized pieces, each with its own compact dictionaries,
// so a stored chunk never carries strings it does not use.
import type { NumericColumns, TextColumns } from './columns';

/**
 * Scratch arrays, one per source dictionary (global code → local code + 1, 0 = unseen),
 * reused by every slice of the same columns: a text part of a million-row import looks up
 * its 4,096 evidence codes in a typed array instead of building a Map each time.
 */
const scratch = new WeakMap<readonly string[], Uint32Array>();

function scratchFor(dict: readonly string[]): Uint32Array {
  let s = scratch.get(dict);
  // Dictionaries can still grow while being sliced (builders share their value arrays).
  if (!s || s.length < dict.length) {
    s = new Uint32Array(dict.length);
    scratch.set(dict, s);
  }
  return s;
}

function localize(codes: Uint32Array | Uint16Array, dict: readonly string[], from: number, to: number) {
  const seen = scratchFor(dict);
  const values: string[] = [];
  const used: number[] = [];
  const out = new Uint32Array(to - from);
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    let l = seen[c]!;
    if (l === 0) {
      values.push(dict[c]!);
      used.push(c);
      l = seen[c] = values.length;
    }
    out[i - from] = l - 1;
  }
  // Leave the scratch array clean for the next slice.
  for (const c of used) seen[c] = 0;
  return { values, codes: out };
}

export function sliceNumeric(c: NumericColumns, from: number, to: number): NumericColumns {
  const d = localize(c.dept, c.departments, from, to);
  const ind = localize(c.ind, c.indicators, from, to);
  const u = localize(c.unit, c.units, from, to);
  return {
    length: to - from,
    departments: d.values,
    indicators: ind.values,
    units: u.values,
    dept: d.codes,
    ind: ind.codes,
    year: c.year.slice(from, to),
    value: c.value.slice(from, to),
    unit: Uint16Array.from(u.codes),
    qual: c.qual.slice(from, to),
    flags: c.flags.slice(from, to),
  };
}

export function sliceText(c: TextColumns, from: number, to: number): TextColumns {
  const t = localize(c.text, c.indicatorTexts, from, to);
  const e = localize(c.ev, c.evidences, from, to);
  const f = localize(c.file, c.files, from, to);
  return {
    length: to - from,
    indicatorTexts: t.values,
    text: t.codes,
    evidences: e.values,
    ev: e.codes,
    line: c.line.slice(from, to),
    start: c.start.slice(from, to),
    end: c.end.slice(from, to),
    files: f.values,
    file: f.codes,
  };
}
