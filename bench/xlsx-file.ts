// The generated long CSV as an .xlsx workbook (one sheet, years and values as numbers,
// percentages formatted as percentages, strings shared as Excel writes them), for the optional `--sizes 100k-xlsx` case.
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';

export function csvTextToXlsx(text: string): Uint8Array {
  const rows = Papa.parse<string[]>(text.trim(), { header: false, skipEmptyLines: true }).data;
  const aoa: (string | number | XLSX.CellObject)[][] = rows.map((r, i) => {
    if (i === 0) return r;
    const [dept, year, ind, value, unit, evidence] = r;
    const v = Number(value);
    // A percentage as Excel stores it: 0.985 formatted 0.0%.
    const cell: number | XLSX.CellObject = unit === '%' ? { t: 'n', v: v / 100, z: '0.0%' } : v;
    return [dept!, Number(year), ind!, cell, unit === '%' ? '' : unit!, evidence!];
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), '数据');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer);
}
