// The facts a 通报 states about one department's profile, from the profile model it draws: in
// its latest reported year, how many indicators it reported, which rose and fell against the
// year before (the largest relative rise and fall; rates stated in percentage points), on which
// it ranks first or last among its peers, and which it reported before but not that year.
import type { ProfileModel } from '../charts/models/profile-model';
import type { ChartRow } from '../observations/chart-row';
import type { Indicator } from '../types';
import { exact, isAdditiveUnit, pctChange } from './narrative-text';

export interface IndicatorChange {
  indicator: Indicator;
  unit: string;
  previous: ChartRow;
  current: ChartRow;
  delta: number;
  /** Change in % (counts only, positive base). */
  pct: number | null;
  /** Relative change, what "rose most" compares across units; null without a positive base. */
  relative: number | null;
}

export interface ProfileFacts {
  department: string;
  /** Peers' department type ('' = every department). */
  type: string;
  year: number;
  /** The department's rows of `year`. */
  rows: ChartRow[];
  changes: IndicatorChange[];
  rise: IndicatorChange | null;
  fall: IndicatorChange | null;
  /** Indicators on which it ranks first / last among at least two peers in `year`. */
  first: Indicator[];
  last: Indicator[];
  /** Indicators it reported in earlier years of the range but not in `year`. */
  missing: Indicator[];
  hasDerived: boolean;
  hasSimulated: boolean;
}

function largest(changes: IndicatorChange[], sign: 1 | -1): IndicatorChange | null {
  const moved = changes
    .filter((c) => c.relative !== null && Math.sign(c.delta) === sign)
    .sort((a, b) => sign * (b.relative! - a.relative!));
  return moved[0] && moved[0].relative !== moved[1]?.relative ? moved[0] : null;
}

export function profileFacts(m: ProfileModel, simulatedDatasets: ReadonlySet<string> = new Set()): ProfileFacts | null {
  const year = Math.max(...m.panels.map((p) => p.latestYear ?? -Infinity));
  if (!Number.isFinite(year)) return null;
  const rows: ChartRow[] = [];
  const changes: IndicatorChange[] = [];
  const first: Indicator[] = [];
  const last: Indicator[] = [];
  const missing: Indicator[] = [];
  for (const p of m.panels) {
    const current = p.points.find((x) => x.year === year)?.row ?? null;
    if (!current) {
      missing.push(p.indicator);
      continue;
    }
    rows.push(current);
    const previous = p.points.find((x) => x.year === year - 1)?.row ?? null;
    if (previous) {
      const delta = exact(current.value - previous.value);
      const relative = previous.value > 0 ? delta / previous.value : null;
      const pct = isAdditiveUnit(p.unit) ? pctChange(previous.value, current.value) : null;
      changes.push({ indicator: p.indicator, unit: p.unit, previous, current, delta, pct, relative });
    }
    const r = p.peerRank;
    if (r && r.of > 1 && p.latestYear === year) {
      if (r.rank === 1) first.push(p.indicator);
      else if (r.rank === r.of) last.push(p.indicator);
    }
  }
  const used = [...rows, ...changes.map((c) => c.previous)];
  return {
    department: m.department,
    type: m.type,
    year,
    rows,
    changes,
    rise: largest(changes, 1),
    fall: largest(changes, -1),
    first,
    last,
    missing,
    hasDerived: used.some((r) => r.derived),
    hasSimulated: used.some((r) => simulatedDatasets.has(r.datasetId)),
  };
}
