// 数据表: the rows behind the current view as a sortable table. Missing values
// read 「未报告」, never 0.
import type { ChartRow, DatasetInfo, DepartmentInfo } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { changeAbs, changePct } from '../../metrics/change';
import { compareNames } from '../../metrics/name-order';
import { formatNumber } from '../chart-theme';
import { datasetLookup, fallbackIndicator, indicatorLabel } from '../common';
import { formatPct, signed, unitLabel } from '../format';
import { labelsFor, type Lang } from '../labels';

type FixedColumnKey =
  'department' | 'type' | 'indicator' | 'year' | 'value' | 'span' | 'delta' | 'deltaPct' | 'unit' | 'qualifier' | 'dataset' | 'evidence';

/** A fixed column, or one year's values in a range (`y2023`). */
export type TableColumnKey = FixedColumnKey | `y${number}`;

export interface TableColumn {
  key: TableColumnKey;
  label: string;
  numeric: boolean;
}

export interface TableCell {
  text: string;
  /** Sort key; null (missing) always sorts last. */
  sort: number | string | null;
}

export interface TableRow {
  key: string;
  /** Stored row ids behind this table row (for opening sources). */
  rowIds: number[];
  simulated: boolean;
  /** Cells by column key; every year column of the range has one (未报告 when missing). */
  cells: Record<FixedColumnKey, TableCell> & Partial<Record<`y${number}`, TableCell>>;
}

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  key: TableColumnKey;
  dir: SortDirection;
}

export interface TableModel {
  columns: TableColumn[];
  rows: TableRow[];
  sort: TableSort | null;
  /** Year range when the table compares two years, else null. */
  range: [number, number] | null;
  /** Years of the range that have data (one column each), ascending; empty for one year. */
  years: number[];
  /** Observations behind the rows (every one is in a cell). */
  observationCount: number;
  departmentCount: number;
  indicatorCount: number;
}

export interface TableModelInput {
  rows: readonly ChartRow[];
  indicators: readonly Indicator[];
  datasets: readonly DatasetInfo[];
  departments?: readonly DepartmentInfo[];
  lang: Lang;
  /**
   * A range [from, to] with from < to: one row per department × indicator with a column per
   * year that has data, and Δ, Δ% from the first to the last reported year; else one row per value.
   */
  years?: readonly [number, number] | null;
  sort?: TableSort | null;
}

const EMPTY: TableCell = { text: '', sort: null };

/** A row's cell in a column (empty for a column the model did not build). */
export function tableCell(row: TableRow, key: TableColumnKey): TableCell {
  return (row.cells as Partial<Record<TableColumnKey, TableCell>>)[key] ?? EMPTY;
}

const yearKey = (y: number): `y${number}` => `y${y}`;

export function buildTableModel(input: TableModelInput): TableModel {
  const { lang } = input;
  const L = labelsFor(lang);
  const inds = new Map<string, Indicator>();
  input.indicators.forEach((ind) => inds.set(ind.id, ind));
  const order = new Map<string, number>();
  input.indicators.forEach((ind, i) => order.set(ind.id, i));
  const ds = datasetLookup(input.datasets);
  const types = new Map<string, string>();
  for (const d of input.departments ?? []) types.set(d.name, d.type);
  const indicatorOf = (r: ChartRow) => inds.get(r.indicatorId) ?? fallbackIndicator(r.indicatorId, r.indicatorText, r.unit);
  const notReported: TableCell = { text: L.notReported, sort: null };
  const num = (v: number): TableCell => ({ text: formatNumber(v), sort: v });
  // Cells of repeated strings are shared: a 100k-row table allocates little.
  const textCells = new Map<string, TableCell>();
  const text = (t: string): TableCell => {
    let c = textCells.get(t);
    if (!c) textCells.set(t, (c = { text: t, sort: t === '' ? null : t }));
    return c;
  };
  const datasetName = (r: ChartRow) => ds.get(r.datasetId)?.name ?? r.datasetId;
  const datasetNames = (rs: readonly ChartRow[]) => [...new Set(rs.map(datasetName))].join(L.enumSeparator);
  const qualifierText = (rs: readonly ChartRow[]) => {
    const parts = new Set<string>();
    for (const r of rs) {
      if (r.qualifier) parts.add(r.qualifier);
      if (r.derived) parts.add(L.derived);
    }
    return [...parts].join(L.enumSeparator);
  };
  const isSimulated = (r: ChartRow) => ds.get(r.datasetId)?.kind === 'simulated';
  const indicatorCells = new Map<string, TableCell>();
  const indicatorCell = (ind: Indicator): TableCell => {
    let c = indicatorCells.get(ind.id);
    if (!c) indicatorCells.set(ind.id, (c = { text: indicatorLabel(ind, lang), sort: order.get(ind.id) ?? 1e9 }));
    return c;
  };
  const yearCells = new Map<number, TableCell>();
  const yearCell = (y: number): TableCell => {
    let c = yearCells.get(y);
    if (!c) yearCells.set(y, (c = { text: String(y), sort: y }));
    return c;
  };

  const range =
    input.years && input.years[0] !== input.years[1] ? ([Math.min(...input.years), Math.max(...input.years)] as [number, number]) : null;
  const rows: TableRow[] = [];
  const years: number[] = [];
  let observationCount = 0;
  const departmentsSeen = new Set<string>();
  const indicatorsSeen = new Set<string>();
  let columns: TableColumn[];

  if (!range) {
    const year = input.years?.[0];
    columns = [
      { key: 'department', label: L.department, numeric: false },
      { key: 'type', label: L.departmentType, numeric: false },
      { key: 'indicator', label: L.indicator, numeric: false },
      { key: 'year', label: L.year, numeric: true },
      { key: 'value', label: L.value, numeric: true },
      { key: 'unit', label: L.unit, numeric: false },
      { key: 'qualifier', label: L.qualifier, numeric: false },
      { key: 'dataset', label: L.dataset, numeric: false },
      { key: 'evidence', label: L.evidence, numeric: false },
    ];
    for (const r of input.rows) {
      if (year !== undefined && r.year !== year) continue;
      const ind = indicatorOf(r);
      departmentsSeen.add(r.department);
      indicatorsSeen.add(r.indicatorId);
      observationCount++;
      rows.push({
        key: `${r.rowId}`,
        rowIds: [r.rowId],
        simulated: isSimulated(r),
        cells: {
          department: text(r.department),
          type: text(types.get(r.department) ?? ''),
          indicator: indicatorCell(ind),
          year: yearCell(r.year),
          value: Number.isFinite(r.value) ? num(r.value) : notReported,
          span: EMPTY,
          delta: EMPTY,
          deltaPct: EMPTY,
          unit: text(unitLabel(r.unit || ind.unit, lang)),
          qualifier: text(qualifierText([r])),
          dataset: text(datasetName(r)),
          evidence: evidenceCell(r.evidence, L.evidenceLoading),
        },
      });
    }
  } else {
    const [from, to] = range;
    const groups = new Map<string, ChartRow[]>();
    const present = new Set<number>();
    for (const r of input.rows) {
      if (r.year < from || r.year > to) continue;
      const k = `${r.department}\u0000${r.indicatorId}`;
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
      present.add(r.year);
    }
    years.push(...[...present].sort((a, b) => a - b));
    columns = [
      { key: 'department', label: L.department, numeric: false },
      { key: 'type', label: L.departmentType, numeric: false },
      { key: 'indicator', label: L.indicator, numeric: false },
      ...years.map((y): TableColumn => ({ key: yearKey(y), label: L.yearValue(y), numeric: true })),
      { key: 'span', label: L.firstLastYears, numeric: false },
      { key: 'delta', label: L.deltaFirstLast, numeric: true },
      { key: 'deltaPct', label: L.deltaPctFirstLast, numeric: true },
      { key: 'unit', label: L.unit, numeric: false },
      { key: 'qualifier', label: L.qualifier, numeric: false },
      { key: 'dataset', label: L.dataset, numeric: false },
      { key: 'evidence', label: L.evidence, numeric: false },
    ];
    for (const [k, group] of groups) {
      // One value per department, indicator and year in the store; later rows win if not.
      group.sort((a, b) => a.year - b.year);
      const first = group[0]!;
      const last = group[group.length - 1]!;
      const ind = indicatorOf(last);
      departmentsSeen.add(first.department);
      indicatorsSeen.add(first.indicatorId);
      observationCount += group.length;
      const reported = first !== last;
      const abs = changeAbs(first.value, last.value, first.year, last.year);
      const pctR = changePct(first.value, last.value, first.year, last.year);
      const cells: TableRow['cells'] = {
        department: text(first.department),
        type: text(types.get(first.department) ?? ''),
        indicator: indicatorCell(ind),
        year: EMPTY,
        value: EMPTY,
        span: reported ? text(`${first.year}→${last.year}`) : text(String(first.year)),
        delta: reported && abs.kind === 'value' ? { text: signed(abs.value), sort: abs.value } : { text: '—', sort: null },
        deltaPct:
          reported && pctR.kind === 'value'
            ? { text: formatPct(pctR.value), sort: pctR.value }
            : { text: reported && pctR.kind === 'zero-base' ? L.zeroBaseShort : '—', sort: null },
        unit: text(unitLabel(last.unit || ind.unit, lang)),
        qualifier: text(qualifierText(group)),
        dataset: text(datasetNames(group)),
        evidence: evidenceCell(last.evidence, L.evidenceLoading),
      };
      for (const y of years) cells[yearKey(y)] = notReported;
      for (const r of group) if (Number.isFinite(r.value)) cells[yearKey(r.year)] = num(r.value);
      rows.push({ key: k, rowIds: group.map((r) => r.rowId), simulated: group.some((r) => isSimulated(r)), cells });
    }
  }

  // Default order: department, then indicator in catalog order, then year.
  const deptRank = collationRanks(rows.map((r) => r.cells.department.text));
  rows.sort(
    (a, b) =>
      deptRank.get(a.cells.department.text)! - deptRank.get(b.cells.department.text)! ||
      (a.cells.indicator.sort as number) - (b.cells.indicator.sort as number) ||
      ((a.cells.year.sort as number) ?? 0) - ((b.cells.year.sort as number) ?? 0),
  );
  const model: TableModel = {
    columns,
    rows,
    sort: null,
    range,
    years,
    observationCount,
    departmentCount: departmentsSeen.size,
    indicatorCount: indicatorsSeen.size,
  };
  return input.sort ? sortTable(model, input.sort.key, input.sort.dir) : model;
}

/** The 原文 cell: the sentence (none sorts last), or `loading` while it is read. */
export function evidenceCell(evidence: string | undefined, loading: string): TableCell {
  if (evidence === undefined) return { text: loading, sort: null };
  return { text: evidence, sort: evidence === '' ? null : evidence };
}

/** Position of each distinct string in Chinese collation order (collating each string once). */
function collationRanks(values: Iterable<string>): Map<string, number> {
  const unique = [...new Set(values)].sort(compareNames);
  const m = new Map<string, number>();
  unique.forEach((v, i) => m.set(v, i));
  return m;
}

/**
 * A new model sorted by one column (stable; missing values last in both
 * directions). Strings sort in Chinese collation order. O(n log n).
 */
export function sortTable(model: TableModel, key: TableColumnKey, dir: SortDirection): TableModel {
  const sign = dir === 'asc' ? 1 : -1;
  const strings = collationRanks(model.rows.map((r) => tableCell(r, key).sort).filter((v): v is string => typeof v === 'string'));
  const keyOf = (c: TableCell): number | null => (c.sort === null ? null : typeof c.sort === 'number' ? c.sort : strings.get(c.sort)!);
  const keyed = model.rows.map((row, i) => ({ row, i, k: keyOf(tableCell(row, key)) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    return sign * (a.k - b.k) || a.i - b.i;
  });
  return { ...model, rows: keyed.map((x) => x.row), sort: { key, dir } };
}
