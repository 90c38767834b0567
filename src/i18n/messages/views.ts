// Strings of the analysis views, the filters and the start screen. Chinese first; English complete.
export const zh = {
  viewsTableCount: '共 {rows} 行 · {values} 个数值',
  viewsStartTitle: '还没有数据',
  viewsStartIntro: '看板中的数据集都已删除。可以从以下任一方式开始：',
  viewsStartImport: '导入 CSV 或 Excel 表格（部门、年度、指标、数值）',
  viewsStartExtract: '从法治政府建设年度报告全文中提取数字，核对后导入',
  viewsStartSamples: '载入示例数据',
  viewsStartSamplesHint: '随附的5份真实年度报告摘录和一份演示数据（模拟）',
  viewsStartSamplesFailed: '示例数据载入失败，请重试。',
  viewsMatrixUnlisted: '另有{n}个部门{year}年无数据，未列出',
  viewsMatrixScroll: '滚动矩阵：第{first}–{last}行，共{total}行',
  viewsRankingScroll: '滚动排名：第{first}–{last}名，共{total}个部门',
  viewsOtherIndicators: '目录外指标',
  viewsShowOther: '显示目录外指标（{n}）',
  viewsHideOther: '收起目录外指标',
};
