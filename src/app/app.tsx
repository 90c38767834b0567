// The shell: header, filters, view tabs, the active view, dialogs. The only place features meet.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { LanguageButton } from './language-button';
import { Providers } from './providers';
import { useBoot } from './use-boot';
import { useUrlState } from './use-url-state';
import { useDashboardData } from '../queries/use-dashboard-data';
import { DbBanner } from './db-banner';
import { LangProvider, useI18n } from '../i18n/i18n';
import { FilterPanel } from '../features/filters/filter-panel';
import { ViewTabs } from '../features/views/view-tabs';
import { ActiveView } from '../features/views/active-view';
import { useImportFlow } from '../features/import/use-import-flow';
import type { SourceTarget } from '../queries/source-target';
import { StatusBar } from '../features/status/status-bar';
import { UpdatePrompt } from '../features/status/update-prompt';
import { useInvalidateStore } from '../queries/store-queries';
import { formatBytes } from '../lib/format';
import { PrintSheet } from '../features/print/print-sheet';

type Panel = 'none' | 'import' | 'datasets' | 'extract' | 'departments' | 'batch';

// Dialogs load on first use: they are not needed for the first chart.
const ImportDialog = lazy(() => import('../features/import/import-dialog').then((m) => ({ default: m.ImportDialog })));
const DatasetsPanel = lazy(() => import('../features/datasets/datasets-panel').then((m) => ({ default: m.DatasetsPanel })));
const ExtractDialog = lazy(() => import('../features/extract/extract-dialog').then((m) => ({ default: m.ExtractDialog })));
const BatchExportDialog = lazy(() => import('../features/export/batch-export-dialog').then((m) => ({ default: m.BatchExportDialog })));
const DepartmentsPanel = lazy(() => import('../features/departments/departments-panel').then((m) => ({ default: m.DepartmentsPanel })));
const SourceViewer = lazy(() => import('../features/source/source-viewer').then((m) => ({ default: m.SourceViewer })));

export function App() {
  return (
    <Providers>
      <Root />
    </Providers>
  );
}

function Root() {
  const [state, update] = useUrlState();
  return (
    <LangProvider lang={state.lang}>
      <Dashboard state={state} update={update} />
    </LangProvider>
  );
}

function Dashboard({ state, update }: { state: ReturnType<typeof useUrlState>[0]; update: ReturnType<typeof useUrlState>[1] }) {
  const { t } = useI18n();
  const boot = useBoot();
  const data = useDashboardData(state, boot.isSuccess);
  const invalidate = useInvalidateStore();
  const [panel, setPanel] = useState<Panel>('none');
  const [source, setSource] = useState<SourceTarget | null>(null);
  const flowDeps = useMemo(
    () => ({
      catalog: data.catalog,
      table: data.snapshot?.table,
      departments: data.registry,
      onCommitted: invalidate,
      formatBytes,
    }),
    [data.catalog, data.snapshot, data.registry, invalidate],
  );
  const flow = useImportFlow(flowDeps);
  const closePanel = useCallback(() => {
    setPanel('none');
    flow.reset();
  }, [flow]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('appTitle')}</h1>
          <span className="hint">{t('appSubtitle')}</span>
        </div>
        <nav className="header-actions" aria-label={t('appTitle')}>
          <button type="button" className="primary" onClick={() => setPanel('import')}>
            {t('import')}
          </button>
          <button type="button" onClick={() => setPanel('extract')}>
            {t('extract')}
          </button>
          <button type="button" onClick={() => setPanel('datasets')}>
            {t('datasetsPanel')}
          </button>
          <button type="button" onClick={() => setPanel('departments')}>
            {t('departmentsPanel')}
          </button>
          <button type="button" disabled={!data.ready} onClick={() => setPanel('batch')}>
            {t('batchExport')}
          </button>
          <LanguageButton onSwitch={(next) => update({ lang: next })} />
        </nav>
      </header>
      <DbBanner bootError={boot.error} />
      <UpdatePrompt />
      {data.ready ? (
        <main className="layout">
          <FilterPanel state={state} update={update} data={data} />
          <section className="content">
            <ViewTabs view={state.view} onChange={(view) => update({ view })} />
            <ActiveView state={state} update={update} data={data} onOpenSource={setSource} />
          </section>
        </main>
      ) : (
        <p className="loading" role="status">
          {boot.isPending ? t('firstLoad') : t('loading')}
        </p>
      )}
      <StatusBar datasets={data.datasets ?? []} />
      <Suspense fallback={null}>
      {panel === 'import' && <ImportDialog flow={flow} onClose={closePanel} datasets={data.datasets ?? []} />}
      {panel === 'datasets' && (
        <DatasetsPanel
          datasets={data.datasets ?? []}
          onClose={closePanel}
          onChanged={invalidate}
          onReloadBundled={async (which) => {
            if (data.catalog) await (await import('./boot/bundled-data')).reloadBundledData(data.catalog, which);
          }}
        />
      )}
      {panel === 'extract' && data.catalog && <ExtractDialog catalog={data.catalog} table={data.snapshot?.table} onClose={closePanel} onCommitted={invalidate} />}
      {panel === 'batch' && data.ready && <BatchExportDialog state={state} data={data} onClose={closePanel} />}
      {panel === 'departments' && data.derived && data.snapshot && (
        <DepartmentsPanel departments={data.derived.departments} registry={data.registry ?? []} table={data.snapshot.table} onClose={closePanel} onChanged={invalidate} />
      )}
      {source && <SourceViewer target={source} onClose={() => setSource(null)} />}
      </Suspense>
      <PrintSheet />
    </div>
  );
}
