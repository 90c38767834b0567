// 部门画像: one department, all its indicators over the years, each with the
// department's rank among peers of the same type in its latest reported year.
import type { ChartRow, DepartmentInfo } from '../../observations/chart-row';
import type { Indicator } from '../../types';
import { change, type Change } from '../../metrics/change';
import { infoMap, peerRank, type PeerRank } from '../../metrics/ranking';
import { median } from '../../metrics/stats';
import { fallbackIndicator } from '../common';
import { yearList } from './trend-model';

export interface ProfilePoint {
  year: number;
  row: ChartRow | null;
  change: Change;
  /** Median of the department's peers (same type) in this year; null with fewer than 2 peers. */
  peerMedian: number | null;
}

export interface ProfilePanel {
  indicator: Indicator;
  unit: string;
  points: ProfilePoint[];
  latestYear: number | null;
  /** Rank among peers of the same type in `latestYear`. */
  peerRank: PeerRank | null;
  hasApproximate: boolean;
  hasDerived: boolean;
}

export interface ProfileModel {
  department: string;
  type: string;
  years: number[];
  panels: ProfilePanel[];
}

export interface ProfileModelInput {
  /** Rows of every department (peers are needed for ranks and medians). */
  rows: readonly ChartRow[];
  department: string;
  departments: readonly DepartmentInfo[];
  /** Catalog indicators, in display order; other ids get a neutral fallback. */
  indicators: readonly Indicator[];
  /** Year range; default: the years the department reported. */
  years?: readonly [number, number];
}

export function buildProfileModel(input: ProfileModelInput): ProfileModel {
  const { department } = input;
  const info = infoMap(input.departments);
  const type = info.get(department)?.type ?? '';
  const typeOf = (d: string) => info.get(d)?.type ?? '';

  // indicator → year → department → row, for the department's indicators only.
  const own = new Map<string, Map<number, ChartRow>>();
  for (const r of input.rows) {
    if (r.department !== department) continue;
    let m = own.get(r.indicatorId);
    if (!m) own.set(r.indicatorId, (m = new Map<number, ChartRow>()));
    m.set(r.year, r);
  }
  const all = new Map<string, Map<number, Map<string, number>>>();
  for (const r of input.rows) {
    if (!own.has(r.indicatorId)) continue;
    let byYear = all.get(r.indicatorId);
    if (!byYear) all.set(r.indicatorId, (byYear = new Map<number, Map<string, number>>()));
    let byDept = byYear.get(r.year);
    if (!byDept) byYear.set(r.year, (byDept = new Map<string, number>()));
    byDept.set(r.department, r.value);
  }

  let years: number[];
  if (input.years) years = yearList(input.years);
  else {
    const ys = [...own.values()].flatMap((m) => [...m.keys()]);
    years = ys.length ? yearList([Math.min(...ys), Math.max(...ys)]) : [];
  }

  const order = new Map<string, number>();
  input.indicators.forEach((ind, i) => order.set(ind.id, i));
  const ids = [...own.keys()].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));

  const panels: ProfilePanel[] = [];
  for (const id of ids) {
    const byYear = own.get(id)!;
    const anyRow = byYear.values().next().value as ChartRow;
    const indicator = input.indicators[order.get(id) ?? -1] ?? fallbackIndicator(id, anyRow.indicatorText, anyRow.unit);
    const peers = all.get(id)!;
    const points: ProfilePoint[] = years.map((year) => {
      const row = byYear.get(year) ?? null;
      const prev = byYear.get(year - 1);
      const values = peers.get(year);
      const peerValues = values ? [...values].filter(([d]) => typeOf(d) === type).map(([, v]) => v) : [];
      return {
        year,
        row,
        change: change(prev?.value, row?.value, year - 1, year),
        peerMedian: peerValues.length >= 2 ? median(peerValues) : null,
      };
    });
    if (!points.some((p) => p.row)) continue;
    let latestYear: number | null = null;
    for (const p of points) if (p.row) latestYear = p.year;
    const rank = latestYear === null ? null : peerRank(department, peers.get(latestYear) ?? new Map(), info, indicator.direction);
    panels.push({
      indicator,
      unit: indicator.unit || anyRow.unit,
      points,
      latestYear,
      peerRank: rank,
      hasApproximate: points.some((p) => !!p.row?.qualifier),
      hasDerived: points.some((p) => !!p.row?.derived),
    });
  }
  return { department, type, years, panels };
}
