// Public API of the chart layer: data → library-agnostic model → complete
// ECharts option (set it with `notMerge: true`), plus a text summary for
// aria-label. Runtime-free of echarts (types only).
//
// Options use these echarts/core parts, which the renderer must register:
// LineChart, BarChart, HeatmapChart; GridComponent, TooltipComponent,
// TitleComponent, LegendComponent (scroll legend), DataZoomComponent (slider
// and inside), VisualMapComponent (continuous), MarkLineComponent,
// GraphicComponent, AriaComponent; CanvasRenderer or SVGRenderer.

export { buildTrendOption, modeAxisName, type TrendInput, type TrendLayout } from './options/trend-option';
export { buildRankingOption, type RankingInput } from './options/ranking-option';
export { buildMatrixOption, type MatrixInput } from './options/matrix-option';
export { buildProfileOption, panelRankText, type ProfileInput } from './options/profile-option';

export {
  buildTrendModel,
  TREND_MODES,
  DEFAULT_MAX_SERIES,
  type TrendMode,
  type TrendModel,
  type TrendModelInput,
  type TrendPoint,
  type TrendSeries,
} from './models/trend-model';
export { buildRankingModel, type RankingEntry, type RankingModel, type RankingModelInput } from './models/ranking-model';
export {
  buildMatrixModel,
  CHANGE_CAP_PCT,
  type MatrixCell,
  type MatrixColourBy,
  type MatrixColumnSort,
  type MatrixModel,
  type MatrixModelInput,
  type MatrixRowSort,
} from './models/matrix-model';
export { buildProfileModel, type ProfileModel, type ProfileModelInput, type ProfilePanel } from './models/profile-model';
export {
  buildTableModel,
  sortTable,
  type SortDirection,
  type TableCell,
  type TableColumn,
  type TableColumnKey,
  type TableModel,
  type TableModelInput,
  type TableRow,
  type TableSort,
} from './models/table-model';

export type { BuiltChart, ChartTitles, CommonChartInput } from './common';
export { escapeHtml } from './escape-html';
export { CHART_LABELS, labelsFor, type ChartLabels, type Lang } from './labels';
export { FONT_FAMILY, SERIES_PALETTES, formatNumber, type PaletteName } from './chart-theme';
export { formatChange, formatMaybe, formatValue, shortenEvidence, unitLabel } from './format';
export { matrixSummary, profileSummary, rankingSummary, tableSummary, trendSummary } from './summary';

import { buildRankingOption } from './options/ranking-option';
/** 对比: cross-department bars for one year, sorted — the ranking chart. */
export const buildCompareOption = buildRankingOption;
