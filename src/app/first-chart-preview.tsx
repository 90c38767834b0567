// The first chart drawn from the view kept at the last visit (queries/first-view.ts),
// while the store worker reads the table; the dashboard replaces it once the table is in.
// Drawn by the trend view's own option builder from the model and input it kept, so the
// chart is the one the dashboard then shows. Around it the dashboard's own tabs, trend controls
// and export bar, disabled (one fieldset): the layout is the dashboard's, so the chart does not
// move when the dashboard replaces the preview. Nothing kept, or kept for another URL state or an older
// store version: the plain loading line.
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { trendOptionFromModel } from '../domain/charts/options/trend-option';
import { paintLineChart } from '../components/chart/line-chart-painting';
import { encodeState, type UrlState } from '../domain/url-state';
import { ViewFrame } from '../features/views/view-frame';
import { ViewTabs } from '../features/views/view-tabs';
import { TrendControls } from '../features/views/trend-view';
import type { ExportSpec } from '../features/export/export-bar';
import type { ViewProps } from '../features/views/view-context';
import { useI18n } from '../i18n/i18n';
import { takeFirstView, takeFirstViewAtHand } from '../queries/first-view';

interface Props {
  state: UrlState;
  update: ViewProps['update'];
  fallback: ReactNode;
}

/** Stands for the export of the chart to come: its buttons are disabled until the table is in. */
const PENDING_EXPORT: ExportSpec = { fileBase: '', buildOption: () => ({}), rows: () => Promise.resolve([]) };

export function FirstChartPreview({ state, update, fallback }: Props) {
  const { t } = useI18n();
  const stateKey = encodeState(state);
  const enabled = state.view === 'trend' && typeof indexedDB !== 'undefined';
  const kept = useQuery({
    queryKey: ['first-view', stateKey],
    queryFn: () => takeFirstView(stateKey),
    initialData: () => (enabled ? takeFirstViewAtHand(stateKey) : undefined),
    enabled,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const view = kept.data;
  const built = useMemo(() => (view ? trendOptionFromModel(view.model, view.input) : null), [view]);
  if (!view || !built) return fallback;
  return (
    <main className="layout" aria-busy="true">
      <aside className="filters" aria-label={t('filters')}>
        <p className="loading" role="status">
          {t('loading')}
        </p>
      </aside>
      <section className="content">
        <ViewTabs view={state.view} onChange={(v) => update({ view: v })} />
        <fieldset className="pending-view" disabled>
          <ViewFrame
            title={view.title}
            subtitle={view.subtitle}
            demo={view.demo}
            option={built.option}
            summary={built.summary}
            height={built.height}
            exportSpec={PENDING_EXPORT}
            painter={paintLineChart}
            controls={<TrendControls state={state} update={update} />}
          />
        </fieldset>
      </section>
    </main>
  );
}
