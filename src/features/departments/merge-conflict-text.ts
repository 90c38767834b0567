// A merge conflict as a supervisor reads it: 「2024年 行政处罚案件数：12 ≠ 15」, never the indicator's id.
import type { Catalog } from '../../domain/catalog/catalog';
import { formatNumber } from '../../domain/charts/chart-theme';
import type { MergeConflict } from '../../domain/departments/merge-plan';
import type { Lang } from '../../i18n/i18n';

export function mergeConflictText(c: MergeConflict, catalog: Catalog, lang: Lang): string {
  const ind = catalog.resolve(c.indicatorId);
  const label = lang === 'en' ? ind.labelEn : ind.labelZh;
  const values = `${formatNumber(c.fromValue)} ≠ ${formatNumber(c.toValue)}`;
  return lang === 'en' ? `${c.year} ${label}: ${values}` : `${c.year}年 ${label}：${values}`;
}
