// Finding an indicator by any part of its name: the review table's picker and the
// 指标目录 panel type 「出庭」 and get 负责人出庭应诉率, grouped by category.
import type { Indicator } from './types';
import { looseKey } from './text/normalize-text';

interface IndicatorGroup {
  category: string;
  indicators: Indicator[];
}

/** Whether an indicator's id, labels, category or one of its aliases (or `extra` words) contains the query. */
export function indicatorMatches(ind: Indicator, query: string, extra: readonly string[] = []): boolean {
  const q = looseKey(query);
  if (!q) return true;
  return [ind.labelZh, ind.labelEn, ind.id, ind.category, ...ind.aliases, ...extra].some((s) => looseKey(s).includes(q));
}

/** Catalog order kept: categories in order of first appearance, indicators in catalog order within them. */
function groupByCategory(indicators: readonly Indicator[]): IndicatorGroup[] {
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const list = groups.get(ind.category);
    if (list) list.push(ind);
    else groups.set(ind.category, [ind]);
  }
  return [...groups].map(([category, list]) => ({ category, indicators: list }));
}

/** The indicators matching the query, grouped by category; `extraWords` adds searchable words per id (learned aliases). */
export function searchIndicators(
  indicators: readonly Indicator[],
  query: string,
  extraWords?: ReadonlyMap<string, readonly string[]>,
): IndicatorGroup[] {
  return groupByCategory(indicators.filter((ind) => indicatorMatches(ind, query, extraWords?.get(ind.id))));
}
