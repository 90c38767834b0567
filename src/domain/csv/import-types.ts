// Public shapes of the CSV import.
import type { Catalog } from '../catalog/catalog';
import type { ObservationColumns } from '../observations/columns';
import type { Department, Issue } from '../types';
import type { Layout } from './column-plan';
import type { Delimiter } from './delimiter';
import type { Locate } from './issues';

/** A problem of one row (or one cell of a wide row), before it becomes an Issue. */
export interface RowError {
  code: string;
  text: string;
  column?: string;
  line?: number;
}

export interface RejectedRow {
  /** Physical line where the row starts. */
  line: number;
  /** The row's cells as read (before any normalisation). */
  cells: string[];
  /** Why the row (or some of its cells, in wide files) was not imported, in Chinese. */
  reasons: string[];
  /** Workbooks: the sheet and row, 「2024年!第7行」. */
  place?: string;
}

export interface ImportStats {
  /** Data rows read (header, title, summary, footer and blank rows excluded). */
  dataRows: number;
  /** Observations accepted. */
  records: number;
  /** Rows rejected entirely or, in wide files, in part. */
  rejected: number;
  warnings: number;
  /** Exact repeats dropped (W_DUPLICATE_ROW). */
  duplicates: number;
  /** Empty or 「-」 cells of a wide file: no data, so nothing stored (never 0). */
  skippedCells: number;
}

/** A cell of a wide file skipped because it holds no value. */
export interface SkippedCell {
  line: number;
  column: string;
  /** The cell as written ('' when blank). */
  text: string;
}

export interface ParsedImport {
  /** The file can be imported (some rows may still be rejected). */
  ok: boolean;
  fileName: string;
  encoding: string;
  delimiter: Delimiter;
  layout: Layout;
  headers: string[];
  /** Accepted observations; source.line = physical line, start/end = -1. */
  columns: ObservationColumns;
  rejected: RejectedRow[];
  /** File-level errors, row errors and warnings. */
  issues: Issue[];
  /** Departments of the accepted rows, with region/type from the file's 地区/部门类型 columns. */
  departments: Department[];
  stats: ImportStats;
  /** The first skipped cells (stats.skippedCells counts them all). */
  skippedCells: SkippedCell[];
  /** Workbooks: every sheet and what was made of it. */
  sheets?: SheetSummary[];
}

export interface ImportProgress {
  rows: number;
  /** 0–1, share of the text read. */
  fraction: number;
}

export interface ImportOptions {
  fileName: string;
  catalog: Catalog;
  /** User's choice ('UTF-8', 'GBK', 'UTF-16LE', 'UTF-16BE'); a BOM wins over it. */
  encoding?: string;
  /** Department registry: alias → canonical name. */
  departmentAliases?: Map<string, string>;
  /** Store indicators missing from the catalog as `other:<name>` instead of rejecting them. */
  allowCustomIndicators?: boolean;
  onProgress?: (p: ImportProgress) => void;
  isCancelled?: () => boolean;
  /** For tests: the year used for 「当年」 checks (default: the clock's year). */
  currentYear?: number;
  /** Keep evidence packed while parsing (the worker posts it as typed arrays). */
  packEvidence?: boolean;
  /** Workbooks: the sheets to import (default: every sheet with data). */
  sheets?: string[];
  /** Workbooks: names sheet and cell of a line of the text made from the sheets. */
  locate?: Locate;
}

/** What a workbook import made of one sheet. */
export interface SheetSummary {
  name: string;
  status: 'data' | 'text-only' | 'empty' | 'no-header';
  /** Imported in this run (a sheet with data the user did not deselect). */
  selected: boolean;
  dataRows: number;
  year?: number;
  yearFrom?: 'title' | 'sheet-name';
  /** Rows that are not data: 「A1 标题」, 「A9 合计」. */
  skipped: string[];
}
