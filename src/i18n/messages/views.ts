// Strings of the analysis views, the filters and the start screen. Chinese first; English complete.
export const zh = {
  viewsTableCount: '共 {rows} 行 · {values} 个数值',
  viewsOtherIndicators: '目录外指标',
  viewsShowOther: '显示目录外指标（{n}）',
  viewsHideOther: '收起目录外指标',
};

export const en: Record<keyof typeof zh, string> = {
  viewsTableCount: '{rows} rows · {values} values',
  viewsOtherIndicators: 'Uncatalogued indicators',
  viewsShowOther: 'Show uncatalogued indicators ({n})',
  viewsHideOther: 'Hide uncatalogued indicators',
};
