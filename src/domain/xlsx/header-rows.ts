// The header of a sheet: one row, or a two-row merged header read as 「group + sub-header」
// (「规范性文件」 over 「清理（件）」 → 「规范性文件清理数（件）」 when the catalog knows it).
import type { Catalog } from '../catalog/catalog';
import { fieldOf } from '../csv/header-aliases';
import { looksLikeHeader } from '../csv/header-detect';
import { parseValue } from '../csv/parse-value';
import { isKnownUnit, normalizeUnit } from '../csv/units';
import { splitUnitSuffix } from '../text/normalize-text';
import type { SheetGrid } from './sheet-grid';

export interface SheetHeader {
  /** 0-based rows the header occupies (one or two). */
  rows: number[];
  labels: string[];
}

/** Rows searched for a header (titles and 填报单位 lines come first). */
const SEARCH_ROWS = 30;

const BARE_UNIT = /^单位$/;
const DEPARTMENT_NAME = /(局|委|办|院|中心|政府|队|部|会|处|站|厅|署|街道|镇|乡|所|室|公司|法院|检察院)$/;

/**
 * A bare 「单位」 over department names is the reporting unit (the department), not a unit of
 * measure: renamed when the row has no department column and the cells below are not units.
 */
function reportingUnitColumn(cells: string[], below: readonly string[][]): string[] {
  if (cells.some((c) => fieldOf(c)?.field === 'department')) return cells;
  const i = cells.findIndex((c) => BARE_UNIT.test(c.trim()));
  if (i < 0) return cells;
  const values = below.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');
  const names = values.filter((v) => !isKnownUnit(normalizeUnit(v)) && (DEPARTMENT_NAME.test(v) || v.length > 4));
  if (!values.length || names.length * 2 < values.length) return cells;
  const out = cells.slice();
  out[i] = '部门';
  return out;
}

/** Header cells without their wrapping: 「清理↵（件）」 → 「清理（件）」. */
function unwrap(cells: readonly string[]): string[] {
  return cells.map((c) => c.replace(/\s*\n\s*/g, ''));
}

function isNumberCell(c: string): boolean {
  return c.trim() !== '' && parseValue(c).kind === 'ok';
}

/** A merge across columns that is not a title spanning the whole table. */
function groupMergeOn(grid: SheetGrid, row: number, width: number): boolean {
  return grid.merges.some((m) => m.s.r <= row && m.e.r >= row && m.e.c > m.s.c && m.e.c - m.s.c + 1 < width);
}

/** The row below the header is its second row: no numbers, new labels, the first column merged down or blank. */
function isSubHeader(top: readonly string[], below: readonly string[] | undefined): boolean {
  if (!below || below.some(isNumberCell)) return false;
  const first = (below[0] ?? '').trim();
  if (first && first !== (top[0] ?? '').trim()) return false;
  return below.some((c, i) => c.trim() !== '' && c.trim() !== (top[i] ?? '').trim());
}

/** The catalog name for 「group + sub-header」, or 「group / sub-header」 when the catalog has none. */
function combineHeader(group: string, sub: string, catalog: Catalog): string {
  const g = group.trim();
  const { label, unit } = splitUnitSuffix(sub.trim());
  const suffix = unit ? `（${unit}）` : '';
  for (const name of [g + label, label + g, `${g}${label}数`, `${label}${g}数`, label]) {
    if (catalog.lookup(name)) return name + suffix;
  }
  if (fieldOf(sub)) return sub.trim();
  return `${g} / ${sub.trim()}`;
}

function combineRows(top: readonly string[], below: readonly string[], catalog: Catalog): string[] {
  const width = Math.max(top.length, below.length);
  const labels: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const t = (top[c] ?? '').trim();
    const s = (below[c] ?? '').trim();
    // An unmerged group cell stands over the blank cells to its right.
    if (t) group = s && s !== t ? t : '';
    const g = t || group;
    // A column merged down (部门, or 单位 read as 部门) keeps its top label.
    labels.push(!s || s === g || (c === 0 && t) ? g : g ? combineHeader(g, s, catalog) : s);
  }
  return labels;
}

/** Finds the header among the first rows (after title rows), or null. */
export function findSheetHeader(grid: SheetGrid, catalog: Catalog): SheetHeader | null {
  const rows = grid.rows;
  const limit = Math.min(rows.length, SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const raw = unwrap(rows[r] ?? []);
    if (!raw.some((c) => c.trim() !== '')) continue;
    const cells = reportingUnitColumn(raw, rows.slice(r + 1, r + 6));
    if (!looksLikeHeader(cells)) continue;
    const width = cells.length;
    const above = r > 0 ? unwrap(rows[r - 1] ?? []) : undefined;
    if (above && groupMergeOn(grid, r - 1, width) && !groupMergeOn(grid, r, width)) {
      return { rows: [r - 1, r], labels: combineRows(above, cells, catalog) };
    }
    const below = rows[r + 1] && unwrap(rows[r + 1]!);
    if (isSubHeader(raw, below)) {
      return { rows: [r, r + 1], labels: combineRows(cells, below!, catalog) };
    }
    return { rows: [r], labels: cells.map((c) => c.trim()) };
  }
  return null;
}
