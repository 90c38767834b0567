// The header's buttons for features whose own strings load with them (registry.ts).
export const zh = {
  checksPanel: '数据核查',
  checksPanelCount: '数据核查（{n}）',
  catalogPanel: '指标目录',
  roundBoard: '报备审查',
  roundBatch: '年报收取',
  briefing: '生成简报',
};
