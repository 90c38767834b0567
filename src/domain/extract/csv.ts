// Extracted rows → CSV (RFC 4180 quoting, CRLF), the format of the extract CLI and of
// data/sample-reports.csv.
import { isOtherIndicator } from '../catalog/catalog';
import { OBSERVATION_HEADER } from '../csv/write-csv';
import type { ExtractedRow } from './types';

/** The observations' export header without `derived`: only stated rows are written. */
export const CSV_HEADER = OBSERVATION_HEADER.filter((h) => h !== 'derived');

/** Quotes a field when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvLine(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(',');
}

/** Stated rows only: derived values (previous years from 同比) have no column to say so. */
export function rowsToCsv(rows: readonly ExtractedRow[], sourceName: (row: ExtractedRow) => string, withHeader = true): string {
  const lines = withHeader ? [csvLine(CSV_HEADER)] : [];
  for (const r of rows) {
    if (r.derived) continue;
    lines.push(
      csvLine([
        r.department,
        r.year,
        isOtherIndicator(r.indicatorId) ? '' : r.indicatorId,
        r.indicatorText,
        r.value,
        r.unit,
        r.qualifier,
        r.evidence,
        `${sourceName(r)}#${r.source.start}-${r.source.end}`,
      ]),
    );
  }
  return lines.length ? lines.join('\r\n') + '\r\n' : '';
}
