// Extracted values go into a store that holds one value per department, year and
// indicator, in the indicator's unit. A report may state several figures that its
// words tie to one catalog indicator (两次研究部署 and 两次听取汇报 are both
// 「研究部署法治建设次数」), or a figure in a unit the catalog indicator cannot take
// (调解10余人次 for a count of 件). Such figures are kept, with their own words, as
// uncatalogued indicators instead of being merged or dropped.
import { isOtherIndicator, otherIndicatorId, similarity, type Catalog } from '../catalog/catalog';
import { normalizeUnit, unitsCompatible } from '../csv/units';
import { looseKey } from '../text/normalize-text';
import type { Observation } from '../types';

export type DemotionReason = 'unit' | 'duplicate';

export interface Demotion {
  index: number;
  reason: DemotionReason;
  from: string;
}

function demote<T extends Observation>(row: T): T {
  return { ...row, indicatorId: otherIndicatorId(row.indicatorText || row.indicatorId) };
}

/** How well the row's own words name the catalog indicator (0–1). */
function fit(row: Observation, catalog: Catalog): number {
  const ind = catalog.get(row.indicatorId);
  if (!ind) return 0;
  const key = looseKey(row.indicatorText);
  return Math.max(...[ind.labelZh, ...ind.aliases].map((n) => similarity(key, looseKey(n))));
}

export function prepareForStore<T extends Observation>(rows: readonly T[], catalog: Catalog): { rows: T[]; demotions: Demotion[] } {
  const demotions: Demotion[] = [];
  const out = rows.map((row, index) => {
    const ind = isOtherIndicator(row.indicatorId) ? undefined : catalog.get(row.indicatorId);
    if (!ind) return row;
    const unit = normalizeUnit(row.unit);
    if (!unit || unitsCompatible(unit, ind.unit)) return { ...row, unit: ind.unit };
    // 1.2万份 is 12,000 份 (money is different: 万元 is a unit of its own).
    const wan = /^万(.+)$/.exec(unit);
    if (wan && wan[1] !== '元' && unitsCompatible(wan[1]!, ind.unit))
      return { ...row, value: Math.round(row.value * 1e4 * 1e6) / 1e6, unit: ind.unit };
    // 行政检查1项 counts inspection items, not inspections: a close catalog name in the right unit.
    const alt = catalog
      .suggest(row.indicatorText, 5)
      .find((c) => unitsCompatible(unit, c.unit) && fit({ ...row, indicatorId: c.id }, catalog) >= 0.6);
    if (alt) return { ...row, indicatorId: alt.id, unit: alt.unit };
    demotions.push({ index, reason: 'unit', from: row.indicatorId });
    return demote(row);
  });
  // One value per department, year and catalog indicator. The largest figure keeps it (a
  // total is stated with its parts: 39个文件（含党组文件17个、行政文件22个）), then the best words.
  const groups = new Map<string, number[]>();
  out.forEach((row, i) => {
    if (isOtherIndicator(row.indicatorId)) return;
    const key = `${row.department}\u0001${row.year}\u0001${row.indicatorId}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const better = (i: number, best: number) =>
      out[i]!.value > out[best]!.value || (out[i]!.value === out[best]!.value && fit(out[i]!, catalog) > fit(out[best]!, catalog));
    const keep = members.reduce((best, i) => (better(i, best) ? i : best), members[0]!);
    for (const i of members) {
      if (i === keep) continue;
      demotions.push({ index: i, reason: 'duplicate', from: out[i]!.indicatorId });
      out[i] = demote(out[i]!);
    }
  }
  return { rows: out, demotions: demotions.sort((a, b) => a.index - b.index) };
}
