// Strings of the analysis views, the filters and the start screen. Chinese first; English complete.
export const zh = {
  viewsTableCount: '共 {rows} 行 · {values} 个数值',
};

export const en: Record<keyof typeof zh, string> = {
  viewsTableCount: '{rows} rows · {values} values',
};
