// Strings of the export bar, print and import preview additions (issue 16). Chinese first; English complete.
export const zh = {
  exportCsvForm: 'CSV 格式',
  exportCsvFormPeople: '表格（中文表头）',
  exportCsvFormWide: '部门×年度宽表',
  exportCsvFormMachine: '机器格式（英文表头、指标 id）',
  exportPrintRank: '名次',
  skippedCellsCount: '跳过的空单元格',
  skippedCellsList: '空或「-」的单元格没有数据，未导入（不记为 0）：{cells}{more}',
  skippedCellAt: '第 {line} 行「{column}」列',
  skippedCellsMore: ' 等 {n} 个',
  skippedCellsSeparator: '、',
};

export const en: Record<keyof typeof zh, string> = {
  exportCsvForm: 'CSV layout',
  exportCsvFormPeople: 'Table (Chinese headers)',
  exportCsvFormWide: 'Department × year table',
  exportCsvFormMachine: 'Machine form (English headers, indicator ids)',
  exportPrintRank: 'Rank',
  skippedCellsCount: 'Empty cells skipped',
  skippedCellsList: 'Empty or “-” cells hold no data and are not imported (never stored as 0): {cells}{more}',
  skippedCellAt: 'line {line}, column “{column}”',
  skippedCellsMore: ' ({n} in all)',
  skippedCellsSeparator: '; ',
};
