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
  /** Which part of a paged matrix export an image holds. */
  matrixPage: (page: number, pages: number, rows: Span, columns: Span) => string;
  /** Which bars of a paged ranking export an image holds. */
  rankingPage: (page: number, pages: number, bars: Span) => string;
}

/** Items from..to (1-based) of total. */
export interface Span {
  from: number;
  to: number;
  total: number;
}

const zh: ExportLabels = {
  moreSources: (n) => `等 ${n} 个数据集`,
  sourceSeparator: '；',
  colon: '：',
  changeMarks: '▲ 较上年增加　▼ 较上年减少　＝ 与上年持平',
  matrixPage: (p, n, r, c) => `第 ${p}/${n} 页：部门 ${r.from}–${r.to}（共 ${r.total} 个），指标 ${c.from}–${c.to}（共 ${c.total} 个）`,
  rankingPage: (p, n, b) => `第 ${p}/${n} 页：第 ${b.from}–${b.to} 位（共 ${b.total} 个部门）`,
};

const en: ExportLabels = {
  moreSources: (n) => ` and ${n} more datasets`,
  sourceSeparator: '; ',
  colon: ': ',
  changeMarks: '▲ up on last year   ▼ down on last year   ＝ unchanged',
  matrixPage: (p, n, r, c) => `Page ${p}/${n}: departments ${r.from}–${r.to} of ${r.total}, indicators ${c.from}–${c.to} of ${c.total}`,
  rankingPage: (p, n, b) => `Page ${p}/${n}: bars ${b.from}–${b.to} of ${b.total} departments`,
};

export function exportLabelsFor(lang: Lang): ExportLabels {
  return lang === 'en' ? en : zh;
}
