// Cuts columns into chunk-sized pieces, each with its own compact dictionaries,
// so a stored chunk never carries strings it does not use.
import type { NumericColumns, TextColumns } from './columns';

function localize(codes: Uint32Array | Uint16Array, dict: readonly string[], from: number, to: number) {
  const map = new Map<number, number>();
  const values: string[] = [];
  const out = new Uint32Array(to - from);
  for (let i = from; i < to; i++) {
    const c = codes[i]!;
    let l = map.get(c);
    if (l === undefined) {
      l = values.length;
      values.push(dict[c]!);
      map.set(c, l);
    }
    out[i - from] = l;
  }
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
