// A merge conflict as a supervisor reads it: 「2024年 行政处罚案件数：12 ≠ 15」, never the indicator's id.
import type { Catalog } from '../../domain/catalog/catalog';
import { formatValue } from '../../domain/charts/format';
import type { MergeConflict } from '../../domain/departments/merge-plan';
import type { Lang } from '../../i18n/i18n';

export function mergeConflictText(c: MergeConflict, catalog: Catalog, lang: Lang): string {
  const ind = catalog.resolve(c.indicatorId);
  const label = lang === 'en' ? ind.labelEn : ind.labelZh;
  // Numbers without a unit (formatValue's module is shared with the first chart's chunk already).
  const values = `${formatValue(c.fromValue, '', '', lang)} ≠ ${formatValue(c.toValue, '', '', lang)}`;
  return lang === 'en' ? `${c.year} ${label}: ${values}` : `${c.year}年 ${label}：${values}`;
}
