// One sheet read the way a person reads it: title rows above the header (with the year of
// the table in them or in the sheet name), the header, data rows, and the rows that are
// not data and not errors either: 合计/小计/总计, 注/说明/填表人/填报单位 lines.
import type { Catalog } from '../catalog/catalog';
import { fieldOf, yearOfHeader } from '../csv/header-aliases';
import { FieldResolver } from '../csv/field-resolver';
import { findSheetHeader } from './header-rows';
import type { SheetGrid } from './sheet-grid';

export type SkipKind = 'title' | 'summary' | 'footer';

interface SkippedRow {
  /** 0-based sheet row. */
  row: number;
  /** 0-based column of the cell that says what the row is. */
  col: number;
  kind: SkipKind;
  text: string;
}

export interface SheetTable {
  name: string;
  status: 'data' | 'text-only' | 'empty' | 'no-header';
  /** Year of every row when the sheet has no year column (from the title or the sheet name). */
  year?: number;
  yearFrom?: 'title' | 'sheet-name';
  /** Header labels (two-row headers combined); 「年度」 appended when the year comes from the title or name. */
  labels: string[];
  /** Sheet column of each label; -1 for the appended 「年度」. */
  columns: number[];
  headerRows: number[];
  /** Data rows: 0-based sheet row and the cells under `labels`. */
  data: { row: number; cells: string[] }[];
  skipped: SkippedRow[];
}

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;
const NAME_YEAR = /(?:^|\D)((?:19|20)\d{2})(?:\s*年度?)?(?:$|\D)/;

function firstText(cells: readonly string[]): { col: number; text: string } | null {
  for (let c = 0; c < cells.length; c++) if (cells[c]!.trim() !== '') return { col: c, text: cells[c]!.trim() };
  return null;
}

function tableYear(name: string, titles: readonly string[]): Pick<SheetTable, 'year' | 'yearFrom'> {
  for (const t of titles) {
    if (FieldResolver.structuralKind(t) === 'footer') continue; // 填报日期：2025年1月 is not the table's year
    const m = TITLE_YEAR.exec(t);
    if (m) return { year: Number(m[1]), yearFrom: 'title' };
  }
  const m = NAME_YEAR.exec(name);
  return m ? { year: Number(m[1]), yearFrom: 'sheet-name' } : {};
}

function hasYearColumn(labels: readonly string[]): boolean {
  return labels.some((l) => fieldOf(l)?.field === 'year' || yearOfHeader(l) !== undefined);
}

export function understandSheet(grid: SheetGrid, catalog: Catalog): SheetTable {
  const table: SheetTable = { name: grid.name, status: 'data', labels: [], columns: [], headerRows: [], data: [], skipped: [] };
  const rows = grid.rows;
  if (!rows.some((r) => firstText(r))) return { ...table, status: 'empty' };
  if (!grid.hasNumber) return { ...table, status: 'text-only' };
  const header = findSheetHeader(grid, catalog);
  if (!header) return { ...table, status: 'no-header' };
  const first = header.rows[0]!;
  const titles: string[] = [];
  for (let r = 0; r < first; r++) {
    const t = firstText(rows[r] ?? []);
    if (!t) continue;
    const text = (rows[r] ?? [])
      .filter((c) => c.trim())
      .filter((c, i, a) => a.indexOf(c) === i)
      .join(' ');
    titles.push(text);
    table.skipped.push({ row: r, col: t.col, kind: FieldResolver.structuralKind(t.text) === 'footer' ? 'footer' : 'title', text });
  }
  Object.assign(table, tableYear(grid.name, titles));
  table.headerRows = header.rows;
  table.labels = header.labels.slice();
  table.columns = header.labels.map((_, i) => i);
  const addYear = table.year !== undefined && !hasYearColumn(table.labels);
  if (addYear) {
    table.labels.push('年度');
    table.columns.push(-1);
  } else {
    delete table.year;
    delete table.yearFrom;
  }
  const deptCol = table.labels.findIndex((l) => fieldOf(l)?.field === 'department');
  const width = header.labels.length;
  let afterFooter = false;
  for (let r = header.rows[header.rows.length - 1]! + 1; r < rows.length; r++) {
    const raw = rows[r] ?? [];
    const t = firstText(raw);
    if (!t) continue;
    const dept = deptCol >= 0 ? (raw[deptCol] ?? '').trim() : '';
    const kind = FieldResolver.structuralKind(dept) || FieldResolver.structuralKind(t.text);
    const filled = raw.filter((c) => c.trim() !== '').length;
    if (kind === 'summary') {
      table.skipped.push({ row: r, col: dept && FieldResolver.structuralKind(dept) ? deptCol : t.col, kind, text: dept || t.text });
      continue;
    }
    if (kind === 'footer' || (afterFooter && filled === 1)) {
      afterFooter = true;
      table.skipped.push({ row: r, col: t.col, kind: 'footer', text: t.text });
      continue;
    }
    const cells = raw.slice(0, width);
    while (cells.length < width) cells.push('');
    if (addYear) cells.push(String(table.year));
    table.data.push({ row: r, cells });
  }
  return table;
}
