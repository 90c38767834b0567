// Strings the export frame and the ranking's key draw (kept apart from labels.ts so
// that its table stays one screen of view words).
import type { Lang } from './labels';

export interface ExportLabels {
  /** Ending of a shortened source list: 「等 12 个数据集」. */
  moreSources: (n: number) => string;
  sourceSeparator: string;
  colon: string;
  /** One line explaining the change marks next to ranking values. */
  changeMarks: string;
}

const zh: ExportLabels = {
  moreSources: (n) => `等 ${n} 个数据集`,
  sourceSeparator: '；',
  colon: '：',
  changeMarks: '▲ 较上年增加　▼ 较上年减少　＝ 与上年持平',
};

const en: ExportLabels = {
  moreSources: (n) => ` and ${n} more datasets`,
  sourceSeparator: '; ',
  colon: ': ',
  changeMarks: '▲ up on last year   ▼ down on last year   ＝ unchanged',
};

export function exportLabelsFor(lang: Lang): ExportLabels {
  return lang === 'en' ? en : zh;
}
