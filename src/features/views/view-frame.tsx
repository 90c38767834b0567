// What every chart view shares: heading, view controls, export bar and the chart.
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { EChart } from '../../components/chart/echart';
import type { ChartPainting } from '../../components/chart/chart-painting';
import type { CellPrefilter, RowAt } from '../../domain/charts/check-marks';
import { useI18n } from '../../i18n/i18n';
import type { TableSnapshot } from '../../queries/store-queries';
import { useCheckMarker } from '../checks/use-check-marker';
import type { ExportSpec } from '../export/export-bar';
import { preloadedModule } from '../../lib/preloaded-module';
import type { NarrativeProps } from './narrative-panel';

// Fetched while the table loads, outside the first chunk; drawn with the first chart.
const useExportBar = preloadedModule(() => import('../export/export-bar'));
// 解读 and its sentence code load after the chart, not with the page (the trend view is in the first chunk).
const NarrativePanel = lazy(() => import('./narrative-panel').then((m) => ({ default: m.NarrativePanel })));

interface Props {
  title: string;
  subtitle: string;
  demo: boolean;
  controls?: ReactNode;
  option: EChartsOption | null;
  summary: string;
  height: number;
  exportSpec: ExportSpec | null;
  onEvents?: Record<string, (params: unknown) => void>;
  below?: ReactNode;
  /** 解读 under the chart: the chart's model and the data (its title, export and height are this frame's). */
  narrative?: Omit<NarrativeProps, 'chart'>;
  /** Marks the figures the data checks flagged (once they arrive): the table and each point's row. */
  marks?: { snapshot: TableSnapshot | undefined; rowAt: RowAt; rowIdAt?: CellPrefilter['rowIdAt'] };
  /** Receives the chart's element, for views that fit their option to its width. */
  chartRef?: (el: HTMLElement | null) => void;
  /** How parts of the chart are painted (the matrix's cells, the trend's points; see components/chart). */
  painter?: () => ChartPainting;
  /** Controls over the chart (the ranking's scroll bar). */
  overlay?: ReactNode;
}

export function ViewFrame({
  title,
  subtitle,
  demo,
  controls,
  option,
  summary,
  height,
  exportSpec,
  onEvents,
  below,
  narrative,
  marks,
  chartRef,
  painter,
  overlay,
}: Props) {
  const { t } = useI18n();
  const labels = useMemo(() => ({ legend: t('chartLegend') }), [t]);
  const ExportBar = useExportBar()?.ExportBar;
  const marker = useCheckMarker(marks?.snapshot);
  const rowAt = marks?.rowAt;
  const rowIdAt = marks?.rowIdAt;
  const shown = useMemo(
    () => (option && marker && rowAt ? marker.chart(option, rowAt, rowIdAt) : option),
    [option, marker, rowAt, rowIdAt],
  );
  const spec = exportSpec && marker && rowAt ? marker.spec(exportSpec, rowAt) : exportSpec;
  return (
    <div id="view-panel" role="tabpanel" className="view">
      <div className="view-head">
        <div className="view-title">
          <h2>
            {title}
            {demo && <span className="badge demo">{t('demoBadge')}</span>}
          </h2>
          <span className="hint">{subtitle}</span>
        </div>
        {spec && ExportBar && <ExportBar spec={spec} title={title} demo={demo} />}
      </div>
      {controls && <div className="view-controls">{controls}</div>}
      {shown ? (
        <EChart
          option={shown}
          summary={summary}
          style={{ height, width: '100%' }}
          onEvents={onEvents}
          testId="main-chart"
          frameRef={chartRef}
          painter={painter}
          labels={labels}
          overlay={overlay}
        />
      ) : (
        <p className="loading">{t('noData')}</p>
      )}
      {below}
      {narrative && (
        <Suspense fallback={null}>
          <NarrativePanel {...narrative} chart={{ title, spec, height }} />
        </Suspense>
      )}
    </div>
  );
}
