// Shared helpers of the extraction tests.
import { extractReport, type ExtractedRow, type ExtractOptions } from '../../../src/domain/extract';
import { loadCatalog } from '../../helpers/project-files';

export const catalog = loadCatalog();

/** Extracts a short excerpt as the 2024 report of 测试局 (options win over detection). */
export function extract(text: string, opts: ExtractOptions = { department: '测试局', year: 2024 }) {
  return extractReport(text, catalog, opts);
}

/** value + unit (+ qualifier) of every stated row, in order: ['3次', '10项余']. */
export function values(text: string, opts?: ExtractOptions): string[] {
  return extract(text, opts)
    .rows.filter((r) => !r.derived)
    .map((r) => `${r.value}${r.unit}${r.qualifier}`);
}

export function row(rows: readonly ExtractedRow[], value: number, unit?: string): ExtractedRow {
  const found = rows.find((r) => r.value === value && (unit === undefined || r.unit === unit));
  if (!found) throw new Error(`no row ${value}${unit ?? ''} in ${JSON.stringify(rows.map((r) => `${r.value}${r.unit}`))}`);
  return found;
}
