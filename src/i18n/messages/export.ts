// Strings of the export bar, print and import preview additions (issue 16). Chinese first; English complete.
export const zh = {
  exportCsvForm: 'CSV 格式',
  exportCsvFormPeople: '表格（中文表头）',
  exportCsvFormWide: '部门×年度宽表',
  exportCsvFormMachine: '机器格式（英文表头、指标 id）',
  exportPrintRank: '名次',
  exportPageFile: '第{page}页（共{pages}页）',
  exportPagedNote: '图表较大，已分为 {n} 张图片（ZIP），每张注明所含部门和指标。',
  exportCopiedFirstPage: '图表共 {n} 页，只复制了第 1 页；「导出 PNG」可得到全部页。',
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
  exportPageFile: 'page {page} of {pages}',
  exportPagedNote: 'The chart is large: saved as {n} images (ZIP), each stating the departments and indicators it holds.',
  exportCopiedFirstPage: 'The chart has {n} pages; only page 1 was copied. “Export PNG” saves them all.',
  skippedCellsCount: 'Empty cells skipped',
  skippedCellsList: 'Empty or “-” cells hold no data and are not imported (never stored as 0): {cells}{more}',
  skippedCellAt: 'line {line}, column “{column}”',
  skippedCellsMore: ' ({n} in all)',
  skippedCellsSeparator: '; ',
};
