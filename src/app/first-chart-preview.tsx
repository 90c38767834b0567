// The first chart drawn from the view kept at the last visit (queries/first-view.ts),
// while the store worker reads the table; the dashboard replaces it once the table is in.
// Drawn by the trend view's own option builder from the model and input it kept, so the
// chart is the one the dashboard then shows. Nothing kept, or kept for another URL state or an older
// store version: the plain loading line.
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { trendOptionFromModel } from '../domain/charts/options/trend-option';
import { encodeState, type UrlState } from '../domain/url-state';
import { ViewFrame } from '../features/views/view-frame';
import { ViewTabs } from '../features/views/view-tabs';
import { useI18n } from '../i18n/i18n';
import { takeFirstView } from '../queries/first-view';

interface Props {
  state: UrlState;
  onView: (view: UrlState['view']) => void;
  fallback: ReactNode;
}

export function FirstChartPreview({ state, onView, fallback }: Props) {
  const { t } = useI18n();
  const stateKey = encodeState(state);
  const kept = useQuery({
    queryKey: ['first-view', stateKey],
    queryFn: () => takeFirstView(stateKey),
    enabled: state.view === 'trend' && typeof indexedDB !== 'undefined',
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
        <ViewTabs view={state.view} onChange={onView} />
        <ViewFrame
          title={view.title}
          subtitle={view.subtitle}
          demo={view.demo}
          option={built.option}
          summary={built.summary}
          height={built.height}
          exportSpec={null}
        />
      </section>
    </main>
  );
}
