// The facts a 通报 states about a trend chart, from the trend model it draws: each department's
// first and last reported year in the range (change absolute and in %; rates in percentage
// points), its peak, its run of rises or falls, the years it did not report (gaps, never 0);
// across departments the largest rise and fall and, for counts, the total over the same
// departments. A fact that cannot be stated exactly is absent.
import type { TrendModel } from '../charts/models/trend-model';
import type { ChartRow } from '../observations/chart-row';
import { exact, isAdditiveUnit, pctChange } from './narrative-text';

export interface Streak {
  kind: 'rise' | 'fall';
  /** Number of consecutive yearly changes of the same sign, ending at the last reported year. */
  years: number;
  rows: ChartRow[];
}

export interface SeriesFacts {
  department: string;
  first: ChartRow;
  last: ChartRow;
  /** last − first, when they are different years. */
  delta: number | null;
  /** Change in % (counts only, positive base). */
  pct: number | null;
  /** The highest value, when it is one year's alone and neither the first nor the last. */
  peak: ChartRow | null;
  streak: Streak | null;
  /** Years of the chart's axis this department did not report. */
  gaps: number[];
}

export interface YearTotal {
  year: number;
  value: number;
  /** A qualifier (约/余…) on one of the values. */
  approximate: boolean;
  rows: ChartRow[];
}

export interface TrendFacts {
  unit: string;
  additive: boolean;
  from: number;
  to: number;
  series: SeriesFacts[];
  /** Departments drawn without any value in the range. */
  unreported: string[];
  /** Departments asked for, when the chart shows only some of them. */
  capped: number | null;
  /** Totals of the first and last year over the same departments (counts, several departments). */
  total: { first: YearTotal; last: YearTotal; pct: number | null } | null;
  rise: SeriesFacts | null;
  fall: SeriesFacts | null;
  hasDerived: boolean;
  hasSimulated: boolean;
}

/** Streaks shorter than this are not worth a sentence. */
const MIN_STREAK = 2;

function streakOf(rows: ChartRow[]): Streak | null {
  // Walk back from the last reported year while the years are adjacent and move the same way.
  let kind: Streak['kind'] | null = null;
  let k = rows.length - 1;
  while (k > 0 && rows[k - 1]!.year === rows[k]!.year - 1) {
    const d = rows[k]!.value - rows[k - 1]!.value;
    const step = d > 0 ? 'rise' : d < 0 ? 'fall' : null;
    if (!step || (kind && step !== kind)) break;
    kind = step;
    k--;
  }
  const years = rows.length - 1 - k;
  return kind && years >= MIN_STREAK ? { kind, years, rows: rows.slice(k) } : null;
}

function peakOf(rows: ChartRow[]): ChartRow | null {
  if (rows.length < 3) return null;
  const max = Math.max(...rows.map((r) => r.value));
  const at = rows.filter((r) => r.value === max);
  const peak = at[0]!;
  return at.length === 1 && peak !== rows[0] && peak !== rows[rows.length - 1] ? peak : null;
}

function seriesFacts(department: string, rows: ChartRow[], axis: number[], additive: boolean): SeriesFacts {
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const reported = new Set(rows.map((r) => r.year));
  const two = first !== last;
  return {
    department,
    first,
    last,
    delta: two ? exact(last.value - first.value) : null,
    pct: two && additive ? pctChange(first.value, last.value) : null,
    peak: peakOf(rows),
    streak: streakOf(rows),
    gaps: axis.filter((y) => !reported.has(y)),
  };
}

function yearTotal(year: number, series: SeriesFacts[], pick: (s: SeriesFacts) => ChartRow): YearTotal {
  const rows = series.map(pick);
  return { year, value: exact(rows.reduce((a, r) => a + r.value, 0)), approximate: rows.some((r) => r.qualifier !== ''), rows };
}

/** The one series with the largest change of this sign; a tie is no single mover. */
function mover(series: SeriesFacts[], sign: 1 | -1): SeriesFacts | null {
  const moved = series.filter((s) => s.delta !== null && Math.sign(s.delta) === sign).sort((a, b) => sign * (b.delta! - a.delta!));
  return moved[0] && moved[0].delta !== moved[1]?.delta ? moved[0] : null;
}

export function trendFacts(m: TrendModel, simulatedDatasets: ReadonlySet<string> = new Set()): TrendFacts {
  const unit = m.unit;
  const additive = isAdditiveUnit(unit);
  const from = m.years[0] ?? 0;
  const to = m.years[m.years.length - 1] ?? 0;
  const series: SeriesFacts[] = [];
  const unreported: string[] = [];
  const all: ChartRow[] = [];
  for (const s of m.series) {
    const rows = s.points.flatMap((p) => (p.row ? [p.row] : []));
    all.push(...rows);
    if (rows.length) series.push(seriesFacts(s.department, rows, m.years, additive));
    else unreported.push(s.department);
  }
  let total: TrendFacts['total'] = null;
  // Like for like: every department with data reported both the first and the last year; and
  // all of them are drawn (a total of the top 20 would read as the district's).
  const alike = series.every((s) => s.first.year === from && s.last.year === to);
  if (additive && !m.capped && series.length > 1 && from < to && alike) {
    const first = yearTotal(from, series, (s) => s.first);
    const last = yearTotal(to, series, (s) => s.last);
    total = { first, last, pct: pctChange(first.value, last.value) };
  }
  const several = series.length > 1;
  return {
    unit,
    additive,
    from,
    to,
    series,
    unreported,
    capped: m.capped ? m.totalDepartments : null,
    total,
    rise: several ? mover(series, 1) : null,
    fall: several ? mover(series, -1) : null,
    hasDerived: all.some((r) => r.derived),
    hasSimulated: all.some((r) => simulatedDatasets.has(r.datasetId)),
  };
}
