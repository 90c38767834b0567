// One indicator's rows ordered by department, then year: runs of one department and year
// (a "cell", which several datasets or a derived value may share) come out together.
import { FLAG_DERIVED } from '../observations/columns';
import type { CheckTable } from './check-table';
import type { FindingSink } from './finding-sink';
import type { CheckRule } from './types';

const IDX_BITS = 2 ** 21;

/** Rows of one indicator, sorted by (department, year). */
export function sortedByCell(t: CheckTable, rows: Uint32Array, minYear: number, yearSpan: number): Uint32Array {
  const n = rows.length;
  if (n >= IDX_BITS) return sortedByComparator(t, rows);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const r = rows[k]!;
    keys[k] = (t.dept[r]! * yearSpan + (t.year[r]! - minYear)) * IDX_BITS + k;
  }
  keys.sort();
  const out = new Uint32Array(n);
  for (let k = 0; k < n; k++) out[k] = rows[keys[k]! % IDX_BITS]!;
  return out;
}

function sortedByComparator(t: CheckTable, rows: Uint32Array): Uint32Array {
  return rows.slice().sort((a, b) => t.dept[a]! - t.dept[b]! || t.year[a]! - t.year[b]! || a - b);
}

/** Whether two stated values are the same figure (float noise aside). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * A value derived from a 同比 change is computed from a rounded percentage and a rounded
 * figure: it agrees with the stated one within half a unit or 1%.
 */
const agreesWithDerived = (stated: number, derived: number) => Math.abs(stated - derived) <= Math.max(0.5, 0.01 * Math.abs(stated));

export interface CellRules {
  conflict?: CheckRule;
  yoy?: CheckRule;
}

/**
 * Checks one cell (rows [from, to) of `sorted`, one department and year): stated values that
 * differ between datasets, and derived values that differ from the stated one. Returns the
 * cell's representative row (the first stated one in the indicator's usual unit), or -1.
 */
export function checkCell(
  t: CheckTable,
  sorted: Uint32Array,
  from: number,
  to: number,
  unit: number,
  rules: CellRules,
  sink: FindingSink,
): number {
  let rep = -1;
  for (let k = from; k < to; k++) {
    const r = sorted[k]!;
    if (t.flags[r]! & FLAG_DERIVED || t.unit[r] !== unit) continue;
    if (rep < 0) rep = r;
    else if (rules.conflict && !same(t.value[r]!, t.value[rep]!)) sink.add(rules.conflict, r, [rep], t.value[rep]!);
  }
  if (rep < 0 || !rules.yoy) return rep;
  for (let k = from; k < to; k++) {
    const r = sorted[k]!;
    if (!(t.flags[r]! & FLAG_DERIVED) || t.unit[r] !== unit) continue;
    if (!agreesWithDerived(t.value[rep]!, t.value[r]!)) sink.add(rules.yoy, r, [rep], t.value[rep]!);
  }
  return rep;
}

/** The unit most rows of an indicator are in: values in another unit are not compared. */
export function usualUnit(t: CheckTable, rows: Uint32Array): number {
  const counts = new Map<number, number>();
  let best = rows.length ? t.unit[rows[0]!]! : 0;
  for (let k = 0; k < rows.length; k++) {
    const u = t.unit[rows[k]!]!;
    const c = (counts.get(u) ?? 0) + 1;
    counts.set(u, c);
    if (c > (counts.get(best) ?? 0)) best = u;
  }
  return best;
}
