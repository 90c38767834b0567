// 解读: sentences written from the data under each chart.
export const zh = {
  narrativeTitle: '解读',
  narrativeCopy: '复制解读',
  narrativeCopied: '已复制',
  narrativeReset: '恢复自动生成的文字',
  narrativeHint: '由图表数据自动生成，可修改后复制；每个数字都来自图中的数据。',
};

export const en: Record<keyof typeof zh, string> = {
  narrativeTitle: 'Reading',
  narrativeCopy: 'Copy text',
  narrativeCopied: 'Copied',
  narrativeReset: 'Restore the generated text',
  narrativeHint: 'Written from the chart’s data; edit it before copying. Every number comes from the data shown.',
};
