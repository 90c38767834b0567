// Finding the header row: title rows above it are skipped; a second header row
// (two-row merged headers) is ambiguous; a file without header is named as such.
import type { Catalog } from '../catalog/catalog';
import { fieldOf, yearOfHeader } from './header-aliases';
import { parseValue } from './parse-value';
import { parseYear } from './parse-year';

export interface RawRow {
  cells: string[];
  line: number;
  /** Offset of the row in the text, and the physical line after it (to resume there). */
  start: number;
  nextPos: number;
  nextLine: number;
}

export function isBlankRow(cells: readonly string[]): boolean {
  for (const c of cells) if (c.length > 0 && c.trim() !== '') return false;
  return true;
}

/** Number of cells that name a field (部门, 年度, 指标, 数值 …); and whether one is the department. */
export function headerScore(cells: readonly string[]): { score: number; department: boolean } {
  let score = 0;
  let department = false;
  for (const c of cells) {
    if (c.length > 40) continue;
    const f = fieldOf(c);
    if (!f) continue;
    score++;
    if (f.field === 'department') department = true;
  }
  return { score, department };
}

function looksLikeHeader(cells: readonly string[]): boolean {
  const { score, department } = headerScore(cells);
  return score >= 2 || (score >= 1 && department);
}

/** Index of the header among the first rows, or -1. */
export function findHeaderIndex(rows: readonly RawRow[]): number {
  for (let i = 0; i < rows.length; i++) if (looksLikeHeader(rows[i]!.cells)) return i;
  return -1;
}

/** A cell that belongs in a header: a field name, a catalog indicator or category, a year column. */
function headerLikeCell(cell: string, catalog: Catalog, categories: Set<string>): boolean {
  const c = cell.trim();
  if (!c || c.length > 40) return false;
  return fieldOf(c) !== undefined || yearOfHeader(c) !== undefined || catalog.lookup(c) !== undefined || categories.has(c);
}

/**
 * Two-row headers: the row just above the header is a group row (several labels with
 * blank merged cells between them), or the row just below is a second header row.
 */
export function isAmbiguousHeader(rows: readonly RawRow[], headerIdx: number, catalog: Catalog): boolean {
  const categories = new Set(catalog.indicators.map((i) => i.category));
  const header = rows[headerIdx]!.cells;
  const below = rows[headerIdx + 1]?.cells;
  if (below) {
    const headerish = below.filter((c) => headerLikeCell(c, catalog, categories)).length;
    const numeric = below.filter((c) => c.trim() !== '' && (parseValue(c).kind === 'ok' || parseYear(c, 2100).kind === 'ok')).length;
    if (headerish >= 2 && numeric === 0) return true;
  }
  const above = headerIdx > 0 ? rows[headerIdx - 1]!.cells : undefined;
  if (above) {
    const width = Math.max(header.length, above.length);
    const filled = above.filter((c) => c.trim() !== '').length;
    let first = -1;
    let gaps = 0;
    for (let i = 0; i < width; i++) {
      const c = (above[i] ?? '').trim();
      if (c && first < 0) first = i;
      else if (!c && first >= 0 && i < header.length) gaps++;
    }
    const labels = above.filter((c) => headerLikeCell(c, catalog, categories)).length;
    if (filled >= 2 && gaps >= 1 && labels >= 1) return true;
  }
  return false;
}

/** Whether a row without a header looks like data (a year or a number in it). */
export function looksLikeData(cells: readonly string[]): boolean {
  let numbers = 0;
  for (const c of cells) {
    if (!c.trim()) continue;
    if (parseYear(c, 2100).kind === 'ok' || parseValue(c).kind === 'ok') numbers++;
  }
  return numbers >= 1;
}
