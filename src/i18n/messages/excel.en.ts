// English for messages/excel.ts: loaded only when the interface switches to English.
import type { zh } from './excel';

export const en: Record<keyof typeof zh, string> = {
  excelChooseFile: 'Choose a CSV file or Excel workbook',
  excelDropHere: 'Drop a CSV or Excel (.xlsx/.xls) file here, or',
  excelSheets: 'Sheets',
  excelSheetRows: '{n} data rows',
  excelSheetYear: 'year {year} (from the {from})',
  excelYearFromTitle: 'title',
  excelYearFromName: 'sheet name',
  excelSheetTextOnly: 'text only, skipped',
  excelSheetNoHeader: 'no header found, not imported',
  excelSheetEmpty: 'empty sheet',
  excelSkippedRows: 'skipped rows: {rows}',
  excelExport: 'Export Excel',
  excelExportDataset: 'Export Excel (.xlsx)',
};
