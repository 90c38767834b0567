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
