// A worksheet as a person reads it: a grid of cell texts. A merged cell's value fills its
// whole span; a cell formatted as a percentage is the percentage (0.985 → 「98.5%」);
// formulas give their cached values (never evaluated); line breaks inside a cell are LF.
import type { CellObject, Range, WorkSheet } from '@e965/xlsx';

export interface SheetGrid {
  name: string;
  /** rows[r][c]: cell text of sheet row r + 1, column c ('' when empty). */
  rows: string[][];
  /** Merged ranges (0-based, inclusive). */
  merges: Range[];
  /** Whether any cell holds a number (a text-only sheet such as 填表说明 has none). */
  hasNumber: boolean;
}

/** The subset of SheetJS's SSF this module uses. */
export interface NumberFormatter {
  is_date(fmt: string): boolean;
  format(fmt: string, value: number): string;
}

const ERROR_TEXT: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A' };

/** 15 significant digits, as Excel shows them: 0.1 + 0.2 is 0.3, not 0.30000000000000004. */
function numberText(v: number): string {
  return String(Number(v.toPrecision(15)));
}

/** A number format that shows a percentage: a % outside quotes and escapes. */
function isPercentFormat(fmt: string): boolean {
  return /%/.test(fmt.replace(/"[^"]*"|\\./g, ''));
}

function cellText(c: CellObject | undefined, ssf: NumberFormatter): { text: string; number: boolean } {
  if (!c) return { text: '', number: false };
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      const fmt = typeof c.z === 'string' ? c.z : '';
      if (fmt && isPercentFormat(fmt)) return { text: `${Number((v * 100).toPrecision(12))}%`, number: true };
      if (fmt && ssf.is_date(fmt)) return { text: ssf.format(fmt, v), number: false };
      return { text: numberText(v), number: true };
    }
    case 's':
      return { text: String(c.v ?? '').replace(/\r\n?/g, '\n'), number: false };
    case 'b':
      return { text: c.v ? 'TRUE' : 'FALSE', number: false };
    case 'e':
      return { text: ERROR_TEXT[c.v as number] ?? '#N/A', number: false };
    case 'd':
      return { text: c.v instanceof Date ? c.v.toISOString().slice(0, 10) : String(c.v), number: false };
    default:
      return { text: '', number: false };
  }
}

/** Reads a dense-mode worksheet into a grid. */
export function sheetGrid(name: string, ws: WorkSheet, ssf: NumberFormatter): SheetGrid {
  const data = ws['!data'] ?? [];
  const rows: string[][] = [];
  let hasNumber = false;
  for (let r = 0; r < data.length; r++) {
    const src = data[r];
    const row: string[] = [];
    if (src) {
      for (let c = 0; c < src.length; c++) {
        const t = cellText(src[c], ssf);
        row.push(t.text);
        if (t.number) hasNumber = true;
      }
      while (row.length && row[row.length - 1] === '') row.pop();
    }
    rows.push(row);
  }
  const merges = ws['!merges'] ?? [];
  for (const m of merges) {
    const value = rows[m.s.r]?.[m.s.c] ?? '';
    if (!value) continue;
    for (let r = m.s.r; r <= m.e.r; r++) {
      const row = (rows[r] ??= []);
      while (row.length <= m.e.c) row.push('');
      for (let c = m.s.c; c <= m.e.c; c++) row[c] = value;
    }
  }
  return { name, rows, merges, hasNumber };
}

/** 「D」 for column index 3, 「AA」 for 26. */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 「2024年!D7」: sheet name and A1 reference (row and column 0-based). */
export function cellRef(sheet: string, row: number, col: number): string {
  return `${sheet}!${columnLetters(col)}${row + 1}`;
}
