// The rows an import rejected, as a CSV the user can fix and import again: 行号, the
// original cells under the original headers, 错误原因. Raw user text is neutralised like
// every export (formula characters), and the importer ignores 行号 and 错误原因.
import type { RejectedRow } from './import-types';
import { toCsv, type CsvValue, type CsvWriteOptions } from './write-csv';

export function rejectedRowsCsv(
  parsed: { headers: readonly string[]; rejected: readonly RejectedRow[] },
  opts: CsvWriteOptions = {},
): string {
  let width = parsed.headers.length;
  for (const r of parsed.rejected) width = Math.max(width, r.cells.length);
  const header: CsvValue[] = ['行号'];
  for (let i = 0; i < width; i++) header.push(parsed.headers[i] || `第${i + 1}列`);
  header.push('错误原因');
  const rows: CsvValue[][] = [header];
  for (const r of parsed.rejected) {
    const row: CsvValue[] = [r.line];
    for (let i = 0; i < width; i++) row.push(r.cells[i] ?? '');
    row.push(r.reasons.join('；'));
    rows.push(row);
  }
  return toCsv(rows, opts);
}
