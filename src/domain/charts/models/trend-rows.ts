// The rows a trend draws, picked from the stored table's columns before any row object is made.
// With thousands of departments and none chosen, the trend draws the `maxSeries` with the
// highest latest value in range (trend-model.ts); only their rows become ChartRows, instead of
// every department's on every filter change. The model built from them is the one built from
// all the rows: it is given every department's name and the years with a figure.
import { namePlaces } from '../../metrics/name-order';
import { chartRowAt, selectRowIndices, type RowFilter } from '../../observations/select-rows';
import type { ChartRow } from '../../observations/chart-row';
import type { StoredTable } from '../../observations/stored-table';
import { DEFAULT_MAX_SERIES, topByLatest, yearList } from './trend-model';

export interface TrendRows {
  /** Rows of the departments that can be drawn (all of them when few or chosen). */
  rows: ChartRow[];
  /** Every department with a row, in table order of its first row. */
  departments: string[];
  /** Years with a row, among every department's. */
  years: number[];
}

export function trendRows(t: StoredTable, f: RowFilter, maxSeries = DEFAULT_MAX_SERIES): TrendRows {
  const at = selectRowIndices(t, f);
  const D = t.departments.length;
  const firstSeen = new Uint8Array(D);
  const order: number[] = [];
  // Years seen, by offset in the table's year index (a Set costs a hash per row).
  const { from: firstYear, groups } = t.byYear;
  const yearSeen = new Uint8Array(groups.length);
  // The latest year of each department within the years a trend draws, and its value there
  // (the later of duplicate rows, as the model reads them).
  const asked = f.yearFrom !== undefined && f.yearTo !== undefined ? yearList([f.yearFrom, f.yearTo]) : null;
  const lo = asked?.[0] ?? -Infinity;
  const hi = asked?.at(-1) ?? Infinity;
  const latestYear = new Int32Array(D).fill(-1);
  const latestValue = new Float64Array(D);
  for (let k = 0; k < at.length; k++) {
    const i = at[k]!;
    const d = t.dept[i]!;
    const y = t.year[i]!;
    if (!firstSeen[d]) {
      firstSeen[d] = 1;
      order.push(d);
    }
    yearSeen[y - firstYear] = 1;
    if (y < lo || y > hi || y < latestYear[d]!) continue;
    latestYear[d] = y;
    latestValue[d] = t.value[i]!;
  }
  const departments = order.map((d) => t.departments[d]!);
  const years: number[] = [];
  yearSeen.forEach((on, k) => on && years.push(firstYear + k));
  if (f.departments || order.length <= maxSeries) return { rows: Array.from(at, (i) => chartRowAt(t, i)), departments, years };
  // The model's own choice, made here over every department's latest value, by code.
  const places = namePlaces(departments);
  const place = new Float64Array(D);
  for (const d of order) place[d] = places.get(t.departments[d]!)!;
  const top = topByLatest(
    order,
    (d) => (latestYear[d]! >= 0 ? latestValue[d]! : undefined),
    (d) => place[d]!,
    maxSeries,
  );
  const drawn = new Uint8Array(D);
  for (const d of top) drawn[d] = 1;
  const rows: ChartRow[] = [];
  for (let k = 0; k < at.length; k++) if (drawn[t.dept[at[k]!]!]) rows.push(chartRowAt(t, at[k]!));
  return { rows, departments, years };
}
