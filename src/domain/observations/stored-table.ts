// All stored observations merged into one columnar table with global dictionaries.
// Built once per store version from the numeric chunks; every filter and chart reads it.
import { Dictionary, type NumericColumns } from './columns';

export interface ChunkInput {
  chunkId: number;
  datasetId: string;
  columns: NumericColumns;
  /** Rows superseded by a later import (1 = removed); they are skipped. */
  removed?: Uint8Array;
}

/** The strings and provenance of one stored row, read lazily for the rows a view shows. */
export interface RowText {
  evidence: string;
  indicatorText: string;
  line: number;
  start: number;
  end: number;
  file: string;
}

/** The numeric columns of every stored row, with global dictionaries and row indexes. */
export interface StoredTable extends NumericColumns {
  datasetIds: string[];
  /** Dataset of each row (code into `datasetIds`). */
  ds: Uint16Array;
  /** Chunk id and row within it: where the row's text part lives. */
  chunk: Uint32Array;
  pos: Uint32Array;
  /** Rows grouped by indicator code, so that one indicator is read without a full scan. */
  byIndicator: Uint32Array[];
  /** Rows grouped by year, so that a year or two are read without a full scan. */
  byYear: YearIndex;
  /** The store version the table was read at (db/repositories/store-version.ts); absent when built otherwise. */
  storeVersion?: number;
}

/** Row indices per year, each group in table order: `groups[year - from]`. */
export interface YearIndex {
  from: number;
  groups: Uint32Array[];
}

function remap(local: string[], dict: Dictionary): Uint32Array {
  const m = new Uint32Array(local.length);
  for (let i = 0; i < local.length; i++) m[i] = dict.code(local[i]!);
  return m;
}

export function buildStoredTable(chunks: readonly ChunkInput[]): StoredTable {
  let n = 0;
  for (const c of chunks) n += c.columns.length - countRemoved(c.removed);
  const departments = new Dictionary();
  const indicators = new Dictionary();
  const units = new Dictionary();
  const datasets = new Dictionary();
  const t: StoredTable = {
    length: n,
    departments: departments.values,
    indicators: indicators.values,
    units: units.values,
    datasetIds: datasets.values,
    dept: new Uint32Array(n),
    ind: new Uint32Array(n),
    year: new Uint16Array(n),
    value: new Float64Array(n),
    unit: new Uint16Array(n),
    qual: new Uint8Array(n),
    flags: new Uint8Array(n),
    ds: new Uint16Array(n),
    chunk: new Uint32Array(n),
    pos: new Uint32Array(n),
    byIndicator: [],
    byYear: { from: 0, groups: [] },
  };
  let o = 0;
  for (const c of chunks) {
    const col = c.columns;
    const dm = remap(col.departments, departments);
    const im = remap(col.indicators, indicators);
    const um = remap(col.units, units);
    const d = datasets.code(c.datasetId);
    const start = o;
    const removed = c.removed;
    if (!removed) {
      t.year.set(col.year, start);
      t.value.set(col.value, start);
      t.qual.set(col.qual, start);
      t.flags.set(col.flags, start);
    }
    for (let i = 0; i < col.length; i++) {
      if (removed && removed[i]) continue;
      t.dept[o] = dm[col.dept[i]!]!;
      t.ind[o] = im[col.ind[i]!]!;
      t.unit[o] = um[col.unit[i]!]!;
      t.pos[o] = i;
      if (removed) {
        t.year[o] = col.year[i]!;
        t.value[o] = col.value[i]!;
        t.qual[o] = col.qual[i]!;
        t.flags[o] = col.flags[i]!;
      }
      o++;
    }
    t.ds.fill(d, start, o);
    t.chunk.fill(c.chunkId, start, o);
  }
  t.byIndicator = groupBy(t.ind, indicators.values.length);
  t.byYear = groupByYear(t.year);
  return t;
}

function countRemoved(removed: Uint8Array | undefined): number {
  if (!removed) return 0;
  let k = 0;
  for (let i = 0; i < removed.length; i++) k += removed[i]!;
  return k;
}

/** Row indices grouped by a code column (counting sort: two linear passes). */
function groupBy(codes: Uint32Array | Uint16Array, size: number, offset = 0): Uint32Array[] {
  const counts = new Uint32Array(size);
  for (let i = 0; i < codes.length; i++) counts[codes[i]! - offset]!++;
  const groups = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(size);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i]! - offset;
    groups[c]![fill[c]!++] = i;
  }
  return groups;
}

/** Row indices per year, each group in table order. */
export function groupByYear(year: Uint16Array): YearIndex {
  if (year.length === 0) return { from: 0, groups: [] };
  let lo = year[0]!;
  let hi = lo;
  for (let i = 1; i < year.length; i++) {
    const y = year[i]!;
    if (y < lo) lo = y;
    else if (y > hi) hi = y;
  }
  return { from: lo, groups: groupBy(year, hi - lo + 1, lo) };
}
