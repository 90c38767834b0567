// Strings of the export bar, print and import preview additions (issue 16). Chinese first; English complete.
export const zh = {
  exportCsvForm: 'CSV 格式',
  exportCsvFormPeople: '表格（中文表头）',
  exportCsvFormWide: '部门×年度宽表',
  exportCsvFormMachine: '机器格式（英文表头、指标 id）',
  exportPrintRank: '名次',
};

export const en: Record<keyof typeof zh, string> = {
  exportCsvForm: 'CSV layout',
  exportCsvFormPeople: 'Table (Chinese headers)',
  exportCsvFormWide: 'Department × year table',
  exportCsvFormMachine: 'Machine form (English headers, indicator ids)',
  exportPrintRank: 'Rank',
};
