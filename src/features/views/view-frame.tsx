// What every chart view shares: heading, view controls, export bar and the chart.
import type { EChartsOption } from 'echarts';
import { lazy, Suspense, type ReactNode } from 'react';
import { EChart } from '../../components/chart/echart';
import { useI18n } from '../../i18n/i18n';
import { ExportBar, type ExportSpec } from '../export/export-bar';
import type { NarrativeProps } from './narrative-panel';

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
}

export function ViewFrame({ title, subtitle, demo, controls, option, summary, height, exportSpec, onEvents, below, narrative }: Props) {
  const { t } = useI18n();
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
        {exportSpec && <ExportBar spec={exportSpec} title={title} demo={demo} />}
      </div>
      {controls && <div className="view-controls">{controls}</div>}
      {option ? (
        <EChart option={option} summary={summary} style={{ height, width: '100%' }} onEvents={onEvents} testId="main-chart" />
      ) : (
        <p className="loading">{t('noData')}</p>
      )}
      {below}
      {narrative && (
        <Suspense fallback={null}>
          <NarrativePanel {...narrative} chart={{ title, spec: exportSpec, height }} />
        </Suspense>
      )}
    </div>
  );
}
