// 排名 / 对比: one indicator in one year, departments sorted best first
// (largest first for neutral indicators), with the change since the year before.
import type { ChartRow } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { change, type Change } from '../../metrics/change';
import { namePlaces, sortNames } from '../../metrics/name-order';
import { rankByDirection } from '../../metrics/ranking';
import { median } from '../../metrics/stats';

export interface RankingEntry {
  department: string;
  /** The row of the ranked year; null when the department did not report. */
  row: ChartRow | null;
  value: number | null;
  rank: number | null;
  /** 1 = best (or largest for neutral indicators), 0 = worst. */
  percentile: number | null;
  /** Change since the previous year; null when not reported this year. */
  change: Change | null;
  previous: ChartRow | null;
}

export interface RankingModel {
  indicator: Indicator;
  year: number;
  unit: string;
  /** Ranked departments first (best first), then those not reported (by name). */
  entries: RankingEntry[];
  reportedCount: number;
  unreportedCount: number;
  median: number | null;
  target: number | null;
  hasApproximate: boolean;
  hasDerived: boolean;
}

export interface RankingModelInput {
  rows: readonly ChartRow[];
  indicator: Indicator;
  year: number;
  /** Departments to rank; those without a value are listed as not reported. Empty = all in the rows. */
  departments?: readonly string[];
}

export function buildRankingModel(input: RankingModelInput): RankingModel {
  const { indicator, year } = input;
  const current = new Map<string, ChartRow>();
  const previous = new Map<string, ChartRow>();
  for (const r of input.rows) {
    if (r.indicatorId !== indicator.id) continue;
    if (r.year === year) current.set(r.department, r);
    else if (r.year === year - 1) previous.set(r.department, r);
  }
  const wanted = input.departments && input.departments.length ? new Set(input.departments) : null;
  const reported = [...current.values()].filter((r) => !wanted || wanted.has(r.department));
  const at = namePlaces(current.keys());
  const ranked = rankByDirection(
    reported,
    (r) => r.value,
    indicator.direction,
    (r) => at.get(r.department)!,
  );
  const entries: RankingEntry[] = ranked.map((x) => {
    const prev = previous.get(x.item.department) ?? null;
    return {
      department: x.item.department,
      row: x.item,
      value: x.value,
      rank: x.rank,
      percentile: x.percentile,
      change: change(prev?.value, x.value, year - 1, year),
      previous: prev,
    };
  });
  const missing = wanted ? sortNames([...wanted].filter((d) => !current.has(d))) : [];
  for (const department of missing) {
    entries.push({
      department,
      row: null,
      value: null,
      rank: null,
      percentile: null,
      change: null,
      previous: previous.get(department) ?? null,
    });
  }
  return {
    indicator,
    year,
    unit: indicator.unit || reported[0]?.unit || '',
    entries,
    reportedCount: ranked.length,
    unreportedCount: missing.length,
    median: median(ranked.map((r) => r.value)),
    target: indicator.target ?? null,
    hasApproximate: ranked.some((r) => !!r.item.qualifier),
    hasDerived: ranked.some((r) => r.item.derived),
  };
}
