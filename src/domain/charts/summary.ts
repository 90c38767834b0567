// Plain-text descriptions of each chart for aria-label and screen readers:
// the key figures, not the whole data.
import { formatMaybe, formatPct, formatValue } from './format';
import { labelsFor, type Lang } from './labels';
import { indicatorLabel } from './common';
import type { TrendModel } from './models/trend-model';
import type { RankingModel } from './models/ranking-model';
import type { MatrixModel } from './models/matrix-model';
import type { ProfileModel } from './models/profile-model';
import type { TableModel } from './models/table-model';
import type { Direction } from '../types';

const MAX_ITEMS = 5;

function directionText(d: Direction, lang: Lang): string {
  const L = labelsFor(lang);
  return d === 'up' ? L.higherIsBetter : d === 'down' ? L.lowerIsBetter : L.noDirection;
}

function join(parts: string[], sep: string): string {
  return parts.filter((p) => p !== '').join(sep);
}

function more(total: number, shown: number, lang: Lang): string {
  if (total <= shown) return '';
  return labelsFor(lang).andMore(total, shown);
}

export function trendSummary(m: TrendModel, lang: Lang): string {
  const L = labelsFor(lang);
  const label = indicatorLabel(m.indicator, lang);
  const first = m.years[0];
  const last = m.years[m.years.length - 1];
  if (first === undefined || last === undefined || m.series.length === 0) {
    return `${label}${L.colon}${L.noData}${L.sentenceEnd}`;
  }
  const head = [label, L.modes[m.mode], L.yearRange(first, last), L.departmentsCount(m.series.length)].join(L.listSeparator);
  const items = m.series.slice(0, MAX_ITEMS).map((s) => {
    const reported = s.points.filter((p) => p.row);
    const a = reported[0];
    const b = reported[reported.length - 1];
    if (!a?.row || !b?.row) return `${s.department} ${L.notReported}`;
    const va = formatValue(a.row.value, a.row.unit || m.unit, a.row.qualifier, lang);
    const vb = formatValue(b.row.value, b.row.unit || m.unit, b.row.qualifier, lang);
    if (a === b) return `${s.department} ${L.yearLabel(a.year)} ${va}`;
    const pct = a.row.value !== 0 ? L.paren(formatPct(((b.row.value - a.row.value) / Math.abs(a.row.value)) * 100)) : '';
    return `${s.department} ${L.yearLabel(a.year)} ${va} → ${L.yearLabel(b.year)} ${vb}${pct}`;
  });
  const tail = more(m.series.length, MAX_ITEMS, lang);
  const capped = m.capped ? L.clauseSeparator + L.seriesCapped(m.series.length, m.totalDepartments, m.capYear) : '';
  return `${head}${L.colon}${join(items, L.clauseSeparator)}${tail ? L.listSeparator + tail : ''}${capped}${L.sentenceEnd}`;
}

export function rankingSummary(m: RankingModel, lang: Lang): string {
  const L = labelsFor(lang);
  const label = indicatorLabel(m.indicator, lang);
  const head = `${label} ${L.yearLabel(m.year)}`;
  const ranked = m.entries.filter((e) => e.row);
  if (ranked.length === 0) return `${head}${L.colon}${L.noData}${L.sentenceEnd}`;
  const val = (e: (typeof ranked)[number]) => formatValue(e.row!.value, e.row!.unit || m.unit, e.row!.qualifier, lang);
  const [hi, lo] = m.indicator.direction === 'neutral' || m.indicator.direction === 'up' ? [L.highest, L.lowest] : [L.lowest, L.highest];
  const first = ranked[0]!;
  const last = ranked[ranked.length - 1]!;
  const paren = L.paren;
  const parts = [`${first.department} ${val(first)}${paren(hi)}`];
  if (ranked.length > 1) parts.push(`${last.department} ${val(last)}${paren(lo)}`);
  if (m.median !== null) parts.push(`${L.median} ${formatMaybe(m.median, m.unit, '', lang)}`);
  if (m.target !== null) parts.push(`${L.target} ${formatMaybe(m.target, m.unit, '', lang)}`);
  parts.push(L.departmentsCount(m.reportedCount));
  if (m.unreportedCount > 0) parts.push(L.unreportedCount(m.unreportedCount));
  const dir = m.indicator.direction === 'neutral' ? '' : paren(directionText(m.indicator.direction, lang));
  return `${head}${dir}${L.colon}${join(parts, L.listSeparator)}${L.sentenceEnd}`;
}

export function matrixSummary(m: MatrixModel, lang: Lang): string {
  const L = labelsFor(lang);
  const head = `${L.views.matrix} ${L.yearLabel(m.year)}${L.paren(L.colourBy[m.colourBy])}`;
  if (m.rows.length === 0 || m.columns.length === 0) return `${head}${L.colon}${L.noData}${L.sentenceEnd}`;
  const parts = [
    `${L.departmentsCount(m.rows.length)} × ${L.indicatorsCount(m.columns.length)}`,
    L.cellCounts(m.reportedCount, m.missingCount),
  ];
  // One pass for the best (first of the highest) and worst (last of the lowest) average.
  let best: MatrixModel['rows'][number] | null = null;
  let worst: MatrixModel['rows'][number] | null = null;
  let scored = 0;
  for (const r of m.rows) {
    if (r.score === null) continue;
    scored++;
    if (!best || r.score > best.score!) best = r;
    if (!worst || r.score <= worst.score!) worst = r;
  }
  if (scored > 1) parts.push(L.bestWorstAverage(best!.department, worst!.department));
  return `${head}${L.colon}${join(parts, L.clauseSeparator)}${L.sentenceEnd}`;
}

export function profileSummary(m: ProfileModel, lang: Lang): string {
  const L = labelsFor(lang);
  const type = m.type ? L.paren(m.type) : '';
  const head = `${L.views.profile} ${m.department}${type}`;
  const first = m.years[0];
  const last = m.years[m.years.length - 1];
  if (m.panels.length === 0 || first === undefined || last === undefined) return `${head}${L.colon}${L.noData}${L.sentenceEnd}`;
  const parts = [`${L.indicatorsCount(m.panels.length)}${L.listSeparator}${L.yearRange(first, last)}`];
  for (const p of m.panels.slice(0, MAX_ITEMS)) {
    const latest = p.points.find((x) => x.year === p.latestYear)?.row;
    if (!latest) continue;
    const rank = p.peerRank ? L.listSeparator + L.peerRankOf(p.peerRank.type, p.peerRank.rank, p.peerRank.of) : '';
    parts.push(
      `${indicatorLabel(p.indicator, lang)} ${L.yearLabel(latest.year)} ${formatValue(latest.value, latest.unit || p.unit, latest.qualifier, lang)}${rank}`,
    );
  }
  const tail = more(m.panels.length, MAX_ITEMS, lang);
  return `${head}${L.colon}${join(parts, L.clauseSeparator)}${tail ? L.listSeparator + tail : ''}${L.sentenceEnd}`;
}

export function tableSummary(m: TableModel, lang: Lang): string {
  const L = labelsFor(lang);
  const parts = [L.rowsCount(m.rows.length), L.departmentsCount(m.departmentCount), L.indicatorsCount(m.indicatorCount)];
  // The years with figures, not the filter's range.
  const first = m.years[0];
  const last = m.years[m.years.length - 1];
  if (first !== undefined && last !== undefined) parts.push(L.yearRange(first, last));
  return `${L.views.table}${L.colon}${join(parts, L.listSeparator)}${L.sentenceEnd}`;
}
