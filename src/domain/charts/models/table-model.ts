// 数据表: the rows behind the current view as a sortable table. Missing values
// read 「未报告」, never 0.
import type { ChartRow, DatasetInfo, DepartmentInfo } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { changeAbs, changePct } from '../../metrics/change';
import { compareNames } from '../../metrics/ranking';
import { formatNumber } from '../chart-theme';
import { datasetLookup, fallbackIndicator, indicatorLabel } from '../common';
import { formatPct, signed, unitLabel } from '../format';
import { labelsFor, type Lang } from '../labels';

export type TableColumnKey =
  | 'department'
  | 'type'
  | 'indicator'
  | 'year'
  | 'value'
  | 'start'
  | 'end'
  | 'delta'
  | 'deltaPct'
  | 'unit'
  | 'qualifier'
  | 'dataset'
  | 'evidence';

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
  cells: Record<TableColumnKey, TableCell>;
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
  departmentCount: number;
  indicatorCount: number;
}

export interface TableModelInput {
  rows: readonly ChartRow[];
  indicators: readonly Indicator[];
  datasets: readonly DatasetInfo[];
  departments?: readonly DepartmentInfo[];
  lang: Lang;
  /** A range [from, to] with from < to adds start, end, Δ and Δ% columns; else one row per value. */
  years?: readonly [number, number] | null;
  sort?: TableSort | null;
}

const EMPTY: TableCell = { text: '', sort: null };

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
  const datasetText = (a: ChartRow | null, b: ChartRow | null = null) => {
    const x = a ? datasetName(a) : '';
    const y = b ? datasetName(b) : '';
    return x && y && x !== y ? x + L.enumSeparator + y : x || y;
  };
  const qualifierText = (a: ChartRow | null, b: ChartRow | null = null) => {
    if (!a?.qualifier && !a?.derived && !b?.qualifier && !b?.derived) return '';
    const parts = new Set<string>();
    for (const r of [a, b]) {
      if (r?.qualifier) parts.add(r.qualifier);
      if (r?.derived) parts.add(L.derived);
    }
    return [...parts].join(L.enumSeparator);
  };
  const isSimulated = (a: ChartRow | null, b: ChartRow | null = null) =>
    (!!a && ds.get(a.datasetId)?.kind === 'simulated') || (!!b && ds.get(b.datasetId)?.kind === 'simulated');
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

  const range = input.years && input.years[0] !== input.years[1] ? ([Math.min(...input.years), Math.max(...input.years)] as [number, number]) : null;
  const rows: TableRow[] = [];
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
          start: EMPTY,
          end: EMPTY,
          delta: EMPTY,
          deltaPct: EMPTY,
          unit: text(unitLabel(r.unit || ind.unit, lang)),
          qualifier: text(qualifierText(r)),
          dataset: text(datasetText(r)),
          evidence: evidenceCell(r, L.evidenceLoading),
        },
      });
    }
  } else {
    const [from, to] = range;
    columns = [
      { key: 'department', label: L.department, numeric: false },
      { key: 'type', label: L.departmentType, numeric: false },
      { key: 'indicator', label: L.indicator, numeric: false },
      { key: 'start', label: L.startValue(from), numeric: true },
      { key: 'end', label: L.endValue(to), numeric: true },
      { key: 'delta', label: L.deltaAbs, numeric: true },
      { key: 'deltaPct', label: L.deltaPct, numeric: true },
      { key: 'unit', label: L.unit, numeric: false },
      { key: 'qualifier', label: L.qualifier, numeric: false },
      { key: 'dataset', label: L.dataset, numeric: false },
      { key: 'evidence', label: L.evidence, numeric: false },
    ];
    const pairs = new Map<string, { dept: string; id: string; start: ChartRow | null; end: ChartRow | null }>();
    for (const r of input.rows) {
      if (r.year !== from && r.year !== to) continue;
      const k = `${r.department}\u0000${r.indicatorId}`;
      let p = pairs.get(k);
      if (!p) pairs.set(k, (p = { dept: r.department, id: r.indicatorId, start: null, end: null }));
      if (r.year === from) p.start = r;
      else p.end = r;
    }
    for (const [k, p] of pairs) {
      const any = (p.end ?? p.start)!;
      const ind = indicatorOf(any);
      departmentsSeen.add(p.dept);
      indicatorsSeen.add(p.id);
      const abs = changeAbs(p.start?.value, p.end?.value, from, to);
      const pctR = changePct(p.start?.value, p.end?.value, from, to);
      const unit = any.unit || ind.unit;
      rows.push({
        key: k,
        rowIds: [p.start?.rowId, p.end?.rowId].filter((x): x is number => x !== undefined),
        simulated: isSimulated(p.start, p.end),
        cells: {
          department: text(p.dept),
          type: text(types.get(p.dept) ?? ''),
          indicator: indicatorCell(ind),
          year: EMPTY,
          value: EMPTY,
          start: p.start ? num(p.start.value) : notReported,
          end: p.end ? num(p.end.value) : notReported,
          delta: abs.kind === 'value' ? { text: signed(abs.value), sort: abs.value } : { text: '—', sort: null },
          deltaPct:
            pctR.kind === 'value'
              ? { text: formatPct(pctR.value), sort: pctR.value }
              : { text: pctR.kind === 'zero-base' ? L.zeroBaseShort : '—', sort: null },
          unit: text(unitLabel(unit, lang)),
          qualifier: text(qualifierText(p.start, p.end)),
          dataset: text(datasetText(p.start, p.end)),
          evidence: evidenceCell(p.end ?? p.start!, L.evidenceLoading),
        },
      });
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
    departmentCount: departmentsSeen.size,
    indicatorCount: indicatorsSeen.size,
  };
  return input.sort ? sortTable(model, input.sort.key, input.sort.dir) : model;
}

function evidenceCell(r: ChartRow, loading: string): TableCell {
  if (r.evidence === undefined) return { text: loading, sort: null };
  return { text: r.evidence, sort: r.evidence === '' ? null : r.evidence };
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
  const strings = collationRanks(
    model.rows.map((r) => r.cells[key].sort).filter((v): v is string => typeof v === 'string'),
  );
  const keyOf = (c: TableCell): number | null =>
    c.sort === null ? null : typeof c.sort === 'number' ? c.sort : strings.get(c.sort)!;
  const keyed = model.rows.map((row, i) => ({ row, i, k: keyOf(row.cells[key]) }));
  keyed.sort((a, b) => {
    if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
    return sign * (a.k - b.k) || a.i - b.i;
  });
  return { ...model, rows: keyed.map((x) => x.row), sort: { key, dir } };
}
