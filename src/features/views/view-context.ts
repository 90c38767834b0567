// What a view receives from the shell, and helpers every view uses.
import type { DashboardData } from '../../queries/use-dashboard-data';
import { indicatorLabel, type ChartTitles } from '../../domain/charts/common';
import { unitLabel } from '../../domain/charts/format';
import { labelsFor, type Lang } from '../../domain/charts/labels';
import type { TrendMode } from '../../domain/charts/models/trend-model';
import type { Indicator } from '../../domain/types';
import type { ChartRow, DatasetInfo } from '../../domain/observations/chart-row';
import type { UrlState } from '../../domain/url-state';
import type { Translate } from '../../i18n/i18n';
import type { ImageSize } from '../../image-export/image-size';
import { todayIso } from '../../lib/format';
import type { SourceTarget } from '../../queries/source-target';

export interface ViewProps {
  state: UrlState;
  update: (patch: Partial<UrlState>, replace?: boolean) => void;
  data: DashboardData;
  onOpenSource: (target: SourceTarget) => void;
}

/** Dataset filter of the URL: empty = every dataset. */
export function datasetFilter(state: UrlState): string[] | undefined {
  return state.datasets.length ? state.datasets : undefined;
}

/** Titles, source datasets and date for an exported image of the given width. */
export function exportTitles(
  title: string,
  subtitle: string,
  rows: readonly ChartRow[],
  datasets: readonly DatasetInfo[],
  size: ImageSize,
): ChartTitles {
  const used = new Set(rows.map((r) => r.datasetId));
  const sources = datasets.filter((d) => used.has(d.id)).map((d) => d.name);
  return { title, subtitle, sources, date: todayIso(), width: size.width };
}

/** A trend mode's name, in the chart's controls and in exported subtitles. */
export function modeLabel(t: Translate, m: TrendMode): string {
  return t(m === 'absolute' ? 'modeAbsolute' : m === 'yoy-abs' ? 'modeYoyAbs' : m === 'yoy-pct' ? 'modeYoyPct' : 'modeIndex');
}

/** The first and last of the years a chart draws, or the filter's range when it draws none. */
export function shownYearRange(drawn: readonly number[], filter: readonly [number, number]): [number, number] {
  return drawn.length ? [drawn[0]!, drawn[drawn.length - 1]!] : [filter[0], filter[1]];
}

/** The ranking's title (view, its exports, the data table's image, batch export): 「清理规范性文件数（件）2024年各部门排名」. */
export function rankingTitle(t: Translate, lang: Lang, indicator: Indicator, unit: string, year: number): string {
  return t('chartTitleRanking', { indicator: indicatorLabel(indicator, lang), unit: unitLabel(unit, lang) || unit, year });
}

/** The ranking's subtitle: how many departments reported (「部门：12」). */
export function rankingSubtitle(t: Translate, reported: number): string {
  return `${t('departments')}${t('labelColon')}${reported}`;
}

/**
 * The trend's title (view, exports, batch export, briefing heading): 「清理规范性文件数（件）2019—2023年趋势」
 * with the years the chart draws (its model's axis: data within the filter), not the filter's.
 */
export function trendTitle(t: Translate, lang: Lang, indicator: Indicator, unit: string, years: readonly [number, number]): string {
  return t('chartTitleTrend', {
    indicator: indicatorLabel(indicator, lang),
    unit: unitLabel(unit, lang) || unit,
    years: labelsFor(lang).yearRange(years[0], years[1]),
  });
}
