// Keeps the given rows of a column set (in order). Numeric dictionaries are compacted (the
// commit lists the departments of what it writes); text dictionaries are shared with the
// source, since every stored text part compacts its own: a packed evidence dictionary of
// a million-row import is neither decoded nor copied here.
import type { NumericColumns, ObservationColumns } from './columns';
import { compact } from './slice-columns';

function gather<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>(a: T, rows: Uint32Array): T {
  const out = new (a.constructor as new (n: number) => T)(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = a[rows[k]!]!;
  return out;
}

export function pickRows(cols: ObservationColumns, rows: ArrayLike<number>): ObservationColumns {
  const at = Uint32Array.from(rows);
  const n = cols.numeric;
  const t = cols.text;
  const dept = compact(n.dept, n.departments, 0, at.length, at);
  const ind = compact(n.ind, n.indicators, 0, at.length, at);
  const unit = compact(n.unit, n.units, 0, at.length, at);
  return {
    numeric: {
      length: at.length,
      departments: dept.values,
      indicators: ind.values,
      units: unit.values,
      dept: dept.codes,
      ind: ind.codes,
      year: gather(n.year, at),
      value: gather(n.value, at),
      unit: Uint16Array.from(unit.codes),
      qual: gather(n.qual, at),
      flags: gather(n.flags, at),
    },
    text: {
      length: at.length,
      indicatorTexts: t.indicatorTexts,
      text: gather(t.text, at),
      evidences: t.evidences,
      ev: gather(t.ev, at),
      line: gather(t.line, at),
      start: gather(t.start, at),
      end: gather(t.end, at),
      files: t.files,
      file: gather(t.file, at),
    },
  };
}

/** Department names of the given rows (null: all rows), in order of first use. */
export function departmentsOfRows(n: NumericColumns, rows: ArrayLike<number> | null): string[] {
  if (!rows) return compact(n.dept, n.departments, 0, n.length).values;
  return compact(n.dept, n.departments, 0, rows.length, rows).values;
}
