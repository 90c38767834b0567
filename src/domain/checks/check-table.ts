// The columns the checks read: a StoredTable is one, and so is a table built for a preview.
export interface CheckTable {
  length: number;
  departments: string[];
  indicators: string[];
  units: string[];
  dept: Uint32Array;
  ind: Uint32Array;
  year: Uint16Array;
  value: Float64Array;
  unit: Uint16Array;
  flags: Uint8Array;
  ds: Uint16Array;
  /** Rows grouped by indicator code. */
  byIndicator: Uint32Array[];
}

/** Bit 0 of flags: a value derived (e.g. from 同比), not stated. Same as columns.ts. */
export const DERIVED = 1;

/**
 * A copy of the columns the checks read. The store worker keeps one while it transfers the
 * table itself to the page, so that the checks run after the first chart, not before it.
 */
export function copyForChecks(t: CheckTable): CheckTable {
  return {
    length: t.length,
    departments: t.departments,
    indicators: t.indicators,
    units: t.units,
    dept: t.dept.slice(),
    ind: t.ind.slice(),
    year: t.year.slice(),
    value: t.value.slice(),
    unit: t.unit.slice(),
    flags: t.flags.slice(),
    ds: t.ds.slice(),
    byIndicator: t.byIndicator.map((g) => g.slice()),
  };
}
