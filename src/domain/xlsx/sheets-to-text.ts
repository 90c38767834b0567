// The sheets chosen for import as one CSV text for the CSV pipeline: one header (the union
// of the sheets' headers, so that one sheet per year imports as one table) and one line per
// data row, with a map from each line back to its sheet and row for messages.
import { headerKey } from '../csv/header-aliases';
import { cellRef } from './sheet-grid';
import type { SheetTable } from './understand-sheet';

export interface SheetText {
  text: string;
  /** Per line (index = line - 1): the sheet's index in `tables`, and its 0-based row. */
  lineSheet: Int32Array;
  lineRow: Int32Array;
  /** Union header labels, and for each table the sheet column of each union column (-1: none). */
  labels: string[];
  columnsOf: Int32Array[];
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sheetsToText(tables: readonly SheetTable[]): SheetText {
  const labels: string[] = [];
  const unionIndex = new Map<string, number[]>();
  const positions = tables.map((t) => {
    const seen = new Map<string, number>();
    return t.labels.map((label) => {
      const key = headerKey(label) || `#${label}`;
      const nth = seen.get(key) ?? 0;
      seen.set(key, nth + 1);
      const list = unionIndex.get(key) ?? [];
      if (list.length <= nth) {
        list.push(labels.length);
        labels.push(label);
        unionIndex.set(key, list);
      }
      return list[nth]!;
    });
  });
  const columnsOf = tables.map((t, ti) => {
    const cols = new Int32Array(labels.length).fill(-1);
    positions[ti]!.forEach((u, i) => (cols[u] = t.columns[i]!));
    return cols;
  });
  // A cell with line breaks spans physical lines of the text: each of them maps to its row.
  const sheetOf: number[] = [0];
  const rowOf: number[] = [tables[0]?.headerRows.at(-1) ?? 0];
  const out: string[] = [labels.map((l) => csvCell(l.replace(/\n/g, ' '))).join(',')];
  const row: string[] = new Array<string>(labels.length);
  tables.forEach((t, ti) => {
    const pos = positions[ti]!;
    for (const d of t.data) {
      row.fill('');
      for (let i = 0; i < pos.length; i++) row[pos[i]!] = d.cells[i] ?? '';
      const line = row.map(csvCell).join(',');
      out.push(line);
      let breaks = 0;
      for (let at = line.indexOf('\n'); at >= 0; at = line.indexOf('\n', at + 1)) breaks++;
      for (let k = 0; k <= breaks; k++) {
        sheetOf.push(ti);
        rowOf.push(d.row);
      }
    }
  });
  return { text: out.join('\n') + '\n', lineSheet: Int32Array.from(sheetOf), lineRow: Int32Array.from(rowOf), labels, columnsOf };
}

/** 「2024年!D7」 for a line and column label of the text; 「2024年!第7行」 without a column. */
export function placeOf(st: SheetText, tables: readonly SheetTable[], line: number, column?: string): string | undefined {
  if (line < 1 || line > st.lineSheet.length) return undefined;
  const ti = st.lineSheet[line - 1]!;
  const table = tables[ti];
  if (!table) return undefined;
  const row = st.lineRow[line - 1]!;
  const u = column === undefined ? -1 : st.labels.findIndex((l) => l.trim() === column.trim());
  const col = u >= 0 ? st.columnsOf[ti]![u]! : -1;
  return col >= 0 ? cellRef(table.name, row, col) : `${table.name}!第${row + 1}行`;
}
