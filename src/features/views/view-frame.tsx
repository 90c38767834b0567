// What every chart view shares: heading, view controls, export bar and the chart.
import type { EChartsOption } from 'echarts';
import type { ReactNode } from 'react';
import { EChart } from '../../components/chart/echart';
import { useI18n } from '../../i18n/i18n';
import { ExportBar, type ExportSpec } from '../export/export-bar';

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
}

export function ViewFrame({ title, subtitle, demo, controls, option, summary, height, exportSpec, onEvents, below }: Props) {
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
    </div>
  );
}
