// Excel import and export: sheet choice in the import preview, .xlsx export buttons.
export const zh = {
  excelChooseFile: '选择 CSV 文件或 Excel 工作簿',
  excelDropHere: '将 CSV 或 Excel（.xlsx/.xls）文件拖到此处，或',
  excelSheets: '工作表',
  excelSheetRows: '{n} 行数据',
  excelSheetYear: '年度 {year}（取自{from}）',
  excelYearFromTitle: '标题',
  excelYearFromName: '工作表名称',
  excelSheetTextOnly: '只有文字，已跳过',
  excelSheetNoHeader: '没有找到表头，未导入',
  excelSheetEmpty: '空工作表',
  excelSkippedRows: '跳过的行：{rows}',
  excelExport: '导出 Excel',
  excelExportDataset: '导出 Excel（.xlsx）',
};
