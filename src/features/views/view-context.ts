// What a view receives from the shell, and helpers every view uses.
import type { DashboardData } from '../../queries/use-dashboard-data';
import type { ChartTitles } from '../../domain/charts/common';
import type { TrendMode } from '../../domain/charts/models/trend-model';
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
