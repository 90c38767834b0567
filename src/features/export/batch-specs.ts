// The charts a batch export can make: for each indicator with data for the current
// department selection, its trend or its ranking, built exactly as the views build them.
import type { RowAt } from '../../domain/charts/check-marks';
import type { DashboardData } from '../../queries/use-dashboard-data';
import { indicatorLabel } from '../../domain/charts/common';
import { buildRankingModel, type RankingModel } from '../../domain/charts/models/ranking-model';
import { rankingRowAt } from '../../domain/charts/options/ranking-export';
import { rankingImages } from './ranking-images';
import { buildTrendOption } from '../../domain/charts/options/trend-option';
import { selectRows, yearsIn } from '../../domain/observations/select-rows';
import type { UrlState } from '../../domain/url-state';
import type { Translate } from '../../i18n/i18n';
import { observationsForRows } from '../../queries/view-export';
import { datasetFilter, exportTitles, modeLabel, rankingSubtitle, rankingTitle, shownYearRange, trendTitle } from '../views/view-context';
import type { ExportSpec } from './export-spec';

export type BatchKind = 'trend' | 'ranking';

export interface BatchContext {
  state: UrlState;
  data: DashboardData;
  t: Translate;
}

export interface BatchIndicator {
  id: string;
  label: string;
  rows: number;
}

export interface BatchChart {
  spec: ExportSpec;
  title: string;
  /** The ranking the chart draws (ranking charts): what 解读 and a briefing's table read. */
  ranking?: RankingModel;
  /** A point's row, for the marks on flagged figures. */
  rowAt: RowAt;
}

function selection(state: UrlState): string[] | undefined {
  return state.departments.length ? state.departments : undefined;
}

/** Indicators with data for the selected departments (all departments when none is selected), in catalog order. */
export function indicatorsForSelection({ state, data }: BatchContext): BatchIndicator[] {
  const table = data.snapshot!.table;
  const counts = new Map<string, number>();
  for (const r of selectRows(table, { departments: selection(state), datasets: datasetFilter(state) }))
    counts.set(r.indicatorId, (counts.get(r.indicatorId) ?? 0) + 1);
  const catalog = data.catalog!;
  const order = new Map(catalog.indicators.map((ind, i) => [ind.id, i]));
  return [...counts]
    .map(([id, rows]) => ({ id, rows, label: indicatorLabel(catalog.resolve(id), state.lang) }))
    .sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9) || a.label.localeCompare(b.label, 'zh-CN'));
}

/** 「甲区财政局」, 「甲区财政局等3个部门」 or 「全部部门」, for file names. */
export function selectionLabel(state: UrlState, t: Translate): string {
  const d = state.departments;
  if (d.length === 0) return t('allDepartments');
  if (d.length === 1) return d[0]!;
  return t('departmentsAndMore', { first: d[0]!, n: d.length });
}

export function batchChart(ctx: BatchContext, indicatorId: string, kind: BatchKind): BatchChart {
  const { state, data, t } = ctx;
  const { snapshot, catalog, derived } = data;
  const table = snapshot!.table;
  const indicator = catalog!.resolve(indicatorId);
  const years = yearsIn(table, indicatorId);
  const common = { lang: state.lang, palette: state.palette, decal: state.decal, datasets: derived!.datasetInfos };
  const who = selectionLabel(state, t);
  if (kind === 'ranking') {
    const year = state.year !== null && years.includes(state.year) ? state.year : years[years.length - 1]!;
    const rows = selectRows(table, {
      indicators: [indicatorId],
      departments: selection(state),
      yearFrom: year - 1,
      yearTo: year,
      datasets: datasetFilter(state),
    });
    const current = rows.filter((r) => r.year === year);
    const unit = indicator.unit || current[0]?.unit || '';
    const title = rankingTitle(t, state.lang, indicator, unit, year);
    const input = { rows, indicator, year, departments: selection(state), ...common };
    const model = buildRankingModel(input);
    const subtitle = rankingSubtitle(t, model.reportedCount);
    return {
      title,
      ranking: model,
      rowAt: rankingRowAt(model),
      spec: {
        fileBase: `${indicator.labelZh}-排名-${year}-${who}`,
        ...rankingImages(
          (size) => ({ ...input, titles: exportTitles(title, subtitle, current, derived!.datasetInfos, size) }),
          () => model,
        ),
        rows: () => observationsForRows(snapshot!, current),
        ranking: model.entries,
      },
    };
  }
  const lo = Math.min(state.yearFrom ?? years[0]!, state.yearTo ?? years[years.length - 1]!);
  const hi = Math.max(state.yearFrom ?? years[0]!, state.yearTo ?? years[years.length - 1]!);
  const rows = selectRows(table, {
    indicators: [indicatorId],
    departments: selection(state),
    yearFrom: lo,
    yearTo: hi,
    datasets: datasetFilter(state),
  });
  const departments = state.departments.length ? state.departments : [...new Set(rows.map((r) => r.department))];
  const unit = indicator.unit || rows[0]?.unit || '';
  const subtitle = `${t('departments')}${t('labelColon')}${departments.length} · ${t('mode')}${t('labelColon')}${modeLabel(t, state.mode)}`;
  const input = {
    rows,
    indicator,
    departments,
    years: [lo, hi] as const,
    mode: state.mode,
    layout: state.layout,
    sharedY: state.sharedY,
    ...common,
  };
  const { model } = buildTrendOption(input);
  const [first, last] = shownYearRange(model.years, [lo, hi]);
  const title = trendTitle(t, state.lang, indicator, unit, [first, last]);
  return {
    title,
    rowAt: (p) => model.series[p.seriesIndex ?? -1]?.points[p.dataIndex]?.row ?? null,
    spec: {
      fileBase: `${indicator.labelZh}-趋势-${first}-${last}-${who}`,
      buildOption: (size) =>
        buildTrendOption({ ...input, titles: exportTitles(title, subtitle, rows, derived!.datasetInfos, size) }).option,
      rows: () => observationsForRows(snapshot!, rows),
    },
  };
}
