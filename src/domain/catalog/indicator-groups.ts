// The indicator picker's list: catalog indicators grouped by category in catalog order,
// uncatalogued (`other:`) ones apart, so that one extraction does not bury the catalog.
import type { Lang } from '../charts/labels';
import { unitLabel } from '../charts/format';
import { looseKey } from '../text/normalize-text';
import { isOtherIndicator, type Catalog } from './catalog';

export interface IndicatorItem {
  id: string;
  label: string;
  /** The catalog unit, or for an uncatalogued indicator the unit its figures state ('' if none). */
  unit: string;
}

export interface IndicatorGroups {
  /** Catalog categories in catalog order. */
  catalogued: { category: string; items: IndicatorItem[] }[];
  /** Uncatalogued indicators listed (all of them when shown, searched for, or the current one). */
  other: IndicatorItem[];
  /** Uncatalogued indicators with data (listed or not). */
  otherCount: number;
}

export interface GroupArgs {
  /** Indicator ids with data. */
  available: Iterable<string>;
  catalog: Catalog;
  query: string;
  lang: Lang;
  /** The current indicator: always listed. */
  value: string;
  /** List every uncatalogued indicator (the group is expanded). */
  showOther: boolean;
  otherUnits: ReadonlyMap<string, string>;
}

export function groupIndicators(a: GroupArgs): IndicatorGroups {
  const q = looseKey(a.query);
  const order = new Map(a.catalog.indicators.map((ind, i) => [ind.id, i]));
  const byCat = new Map<string, { item: IndicatorItem; pos: number }[]>();
  const other: IndicatorItem[] = [];
  let otherCount = 0;
  for (const id of a.available) {
    const ind = a.catalog.resolve(id);
    const custom = isOtherIndicator(id);
    if (custom) otherCount++;
    const hay = looseKey([ind.labelZh, ind.labelEn, ind.id, ...ind.aliases].join(' '));
    const matches = q ? hay.includes(q) : true;
    if (!matches && id !== a.value) continue;
    const item = { id, label: a.lang === 'en' ? ind.labelEn : ind.labelZh, unit: custom ? (a.otherUnits.get(id) ?? '') : ind.unit };
    if (custom) {
      // Collapsed, the group lists only what a search finds and the current indicator.
      if (a.showOther || q || id === a.value) other.push(item);
      continue;
    }
    const list = byCat.get(ind.category) ?? [];
    list.push({ item, pos: order.get(id) ?? 1e9 });
    byCat.set(ind.category, list);
  }
  const catalogued = [...byCat.entries()]
    .map(([category, list]) => ({ category, list: list.sort((x, y) => x.pos - y.pos) }))
    .sort((x, y) => x.list[0]!.pos - y.list[0]!.pos)
    .map(({ category, list }) => ({ category, items: list.map((x) => x.item) }));
  other.sort((x, y) => x.label.localeCompare(y.label, 'zh-CN'));
  return { catalogued, other, otherCount };
}

/**
 * The current indicator as far as the grouping depends on it: it is listed for itself only
 * against a search or as an uncatalogued indicator while their group is collapsed; otherwise
 * any value groups alike (''), so that choosing another indicator does not group them anew.
 */
export function groupingValue(value: string, query: string, showOther: boolean): string {
  return looseKey(query) || (isOtherIndicator(value) && !showOther) ? value : '';
}

/** An option's text: the name and, when known, the unit in brackets. */
export function indicatorOptionText(item: IndicatorItem, lang: Lang): string {
  if (!item.unit) return item.label;
  if (lang === 'zh') return `${item.label}（${item.unit}）`;
  const u = unitLabel(item.unit, lang);
  return u ? `${item.label} (${u})` : item.label;
}
