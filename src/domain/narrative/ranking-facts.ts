// The facts a 通报 states about one indicator in one year, computed from the ranking model the
// chart draws: how many reported, the total (only where values add up), the change on last
// year (only over the same departments), highest and lowest, the largest rises and falls, and
// who did not report. A fact that cannot be stated exactly is absent, never approximated.
import type { RankingEntry, RankingModel } from '../charts/models/ranking-model';
import type { ChartRow } from '../observations/chart-row';
import type { Qualifier } from '../types';
import { exact, isAdditiveUnit, pctChange } from './narrative-text';

export { exact };

export interface NamedValue {
  departments: string[];
  value: number;
  qualifier: Qualifier;
  rows: ChartRow[];
}

export interface Mover {
  department: string;
  /** This year minus last year, in the indicator's unit (percentage points for rates). */
  delta: number;
  /** Last year's row, then this year's. */
  rows: ChartRow[];
}

export interface RankingFacts {
  year: number;
  unit: string;
  /** Rates (%, ‰) never add up across departments; counts and amounts do. */
  additive: boolean;
  reported: number;
  /** The one department that reported, when only one did. */
  only: NamedValue | null;
  /** Sum of this year's values; `approximate` when one of them is 约/余/以上…. */
  total: { value: number; approximate: boolean; rows: ChartRow[] } | null;
  /** The total a year earlier, over exactly the same departments, and the change in %. */
  previousTotal: { value: number; pct: number | null; rows: ChartRow[] } | null;
  /** This year's rows (what the count of departments reporting and the median are read from). */
  rows: ChartRow[];
  median: number | null;
  highest: NamedValue | null;
  lowest: NamedValue | null;
  rise: Mover | null;
  fall: Mover | null;
  unreported: string[];
  hasDerived: boolean;
  hasSimulated: boolean;
}

function extremes(entries: RankingEntry[], pick: (a: number, b: number) => boolean): NamedValue | null {
  let best: RankingEntry[] = [];
  for (const e of entries) {
    if (!best.length || pick(e.value!, best[0]!.value!)) best = [e];
    else if (e.value === best[0]!.value) best.push(e);
  }
  const first = best[0];
  if (!first) return null;
  // Tied departments share the statement; a qualifier is kept only where all agree.
  const q = best.every((e) => e.row!.qualifier === first.row!.qualifier) ? first.row!.qualifier : '';
  return { departments: best.map((e) => e.department), value: first.value!, qualifier: q, rows: best.map((e) => e.row!) };
}

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : exact((s[h - 1]! + s[h]!) / 2);
}

export function rankingFacts(m: RankingModel, simulatedDatasets: ReadonlySet<string> = new Set()): RankingFacts {
  const unit = m.unit;
  const additive = isAdditiveUnit(unit);
  const rep = m.entries.filter((e) => e.row && e.value !== null);
  const base: RankingFacts = {
    year: m.year,
    unit,
    additive,
    reported: rep.length,
    rows: rep.map((e) => e.row!),
    only: null,
    total: null,
    previousTotal: null,
    median: null,
    highest: null,
    lowest: null,
    rise: null,
    fall: null,
    unreported: m.entries.filter((e) => !e.row).map((e) => e.department),
    hasDerived: rep.some((e) => e.row!.derived),
    hasSimulated: rep.some((e) => simulatedDatasets.has(e.row!.datasetId)),
  };
  if (rep.length === 1) {
    const e = rep[0]!;
    return { ...base, only: { departments: [e.department], value: e.value!, qualifier: e.row!.qualifier, rows: [e.row!] } };
  }
  if (!rep.length) return base;
  if (additive) {
    const total = exact(rep.reduce((s, e) => s + e.value!, 0));
    base.total = { value: total, approximate: rep.some((e) => e.row!.qualifier !== ''), rows: base.rows };
    // Like for like: only when every department of this year also reported the year before.
    if (rep.every((e) => e.previous)) {
      const prev = exact(rep.reduce((s, e) => s + e.previous!.value, 0));
      base.previousTotal = { value: prev, pct: pctChange(prev, total), rows: rep.map((e) => e.previous!) };
    }
  } else if (rep.length >= 3) {
    base.median = median(rep.map((e) => e.value!));
  }
  const highest = extremes(rep, (a, b) => a > b);
  const lowest = extremes(rep, (a, b) => a < b);
  if (highest && lowest && highest.value !== lowest.value) {
    base.highest = highest;
    base.lowest = lowest;
  }
  const moves = rep
    .filter((e) => e.previous)
    .map((e) => ({ department: e.department, delta: exact(e.value! - e.previous!.value), rows: [e.previous!, e.row!] }));
  const up = moves.filter((x) => x.delta > 0).sort((a, b) => b.delta - a.delta);
  const down = moves.filter((x) => x.delta < 0).sort((a, b) => a.delta - b.delta);
  // A largest rise shared by two departments is no single mover: say nothing.
  base.rise = up[0] && up[0].delta !== up[1]?.delta ? up[0] : null;
  base.fall = down[0] && down[0].delta !== down[1]?.delta ? down[0] : null;
  return base;
}
