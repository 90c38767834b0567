// The shell: header, filters, view tabs, the active view, dialogs. The only place features meet.
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { LanguageButton } from './language-button';
import { Providers } from './providers';
import { useBoot } from './use-boot';
import { useUrlState } from './use-url-state';
import { useDashboardData } from '../queries/use-dashboard-data';
import { useDatasetChoice } from './use-dataset-choice';
import { DbBanner } from './db-banner';
import { isFileEdition } from './boot/file-edition';
import { LangProvider, useI18n } from '../i18n/i18n';
import { FilterPanel } from '../features/filters/filter-panel';
import { ViewTabs } from '../features/views/view-tabs';
import { ActiveView } from '../features/views/active-view';
import type { SourceTarget } from '../queries/source-target';
import { StatusBar } from '../features/status/status-bar';
import { useInvalidateStore } from '../queries/store-queries';
import { formatBytes } from '../lib/format';
import { usePrintJob } from '../features/print/print-store';
import { ChecksButton } from '../features/checks/checks-button';
import { FirstChartPreview } from './first-chart-preview';
import { useMatrixCellsQuery } from '../queries/matrix-cell-queries';
import { useChecks } from '../queries/check-queries';
import { datasetFilter } from '../features/views/view-context';

type Panel =
  'none' | 'import' | 'datasets' | 'extract' | 'departments' | 'catalog' | 'batch' | 'checks' | 'briefing' | 'round-board' | 'round-batch';

// Dialogs load on first use: they are not needed for the first chart.
// The service worker's notices come seconds after a first visit: registered once the page is drawn.
const UpdatePrompt = lazy(() => import('../features/status/update-prompt').then((m) => ({ default: m.UpdatePrompt })));
const ImportDialog = lazy(() => import('../features/import/import-dialog').then((m) => ({ default: m.ImportDialog })));
const DatasetsPanel = lazy(() => import('../features/datasets/datasets-panel').then((m) => ({ default: m.DatasetsPanel })));
const ExtractDialog = lazy(() => import('../features/extract/extract-dialog').then((m) => ({ default: m.ExtractDialog })));
const BatchExportDialog = lazy(() => import('../features/export/batch-export-dialog').then((m) => ({ default: m.BatchExportDialog })));
const DepartmentsPanel = lazy(() => import('../features/departments/departments-panel').then((m) => ({ default: m.DepartmentsPanel })));
const CatalogPanel = lazy(() => import('../features/catalog/catalog-panel').then((m) => ({ default: m.CatalogPanel })));
const ChecksPanel = lazy(() => import('../features/checks/checks-panel').then((m) => ({ default: m.ChecksPanel })));
const BriefingDialog = lazy(() => import('../features/export/briefing/briefing-dialog').then((m) => ({ default: m.BriefingDialog })));
const BatchDialog = lazy(() => import('../features/extract/batch-dialog').then((m) => ({ default: m.BatchDialog })));
const FilingBoard = lazy(() => import('../features/round/filing-board').then((m) => ({ default: m.FilingBoard })));
// Shown only when nothing is stored, and after boot: not part of the first chart.
const StartScreen = lazy(() => import('./start-screen').then((m) => ({ default: m.StartScreen })));
const FileEditionNotice = lazy(() => import('./boot/file-edition-notice').then((m) => ({ default: m.FileEditionNotice })));
const PacksNotice = lazy(() => import('./boot/packs-notice').then((m) => ({ default: m.PacksNotice })));
// Loaded with the first print job: nothing of it is needed to show a chart.
const PrintSheet = lazy(() => import('../features/print/print-sheet').then((m) => ({ default: m.PrintSheet })));
const SourceViewer = lazy(() => import('../features/source/source-viewer').then((m) => ({ default: m.SourceViewer })));

export function App() {
  return (
    <Providers>
      <Root />
    </Providers>
  );
}

/** The print preview, mounted (and loaded) while a print job runs; its own component so that a job re-renders only it. */
function PrintSlot() {
  const job = usePrintJob();
  return job ? (
    <Suspense fallback={null}>
      <PrintSheet />
    </Suspense>
  ) : null;
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
  useDatasetChoice(state, update, data.derived?.datasetInfos);
  // The matrix's cells are built in the store worker once the checks are done, while the
  // first view is looked at: the worker's work then delays neither the table nor the checks.
  useMatrixCellsQuery(data.snapshot, datasetFilter(state), useChecks(data.snapshot).isFetched);
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
  const openRowSource = useCallback(
    async (rowId: number) => {
      if (data.snapshot)
        setSource(await (await import('../queries/source-target')).sourceTargetForRow(data.snapshot, rowId, data.datasets ?? []));
    },
    [data.snapshot, data.datasets],
  );
  const closePanel = useCallback(() => setPanel('none'), []);

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
          <button type="button" onClick={() => setPanel('round-batch')}>
            {t('roundBatch')}
          </button>
          <button type="button" onClick={() => setPanel('round-board')}>
            {t('roundBoard')}
          </button>
          <button type="button" onClick={() => setPanel('datasets')}>
            {t('datasetsPanel')}
          </button>
          <button type="button" onClick={() => setPanel('departments')}>
            {t('departmentsPanel')}
          </button>
          <button type="button" onClick={() => setPanel('catalog')}>
            {t('catalogPanel')}
          </button>
          <ChecksButton snapshot={data.snapshot} disabled={!data.ready} onOpen={() => setPanel('checks')} />
          <button type="button" disabled={!data.ready} onClick={() => setPanel('batch')}>
            {t('batchExport')}
          </button>
          <button type="button" disabled={!data.ready} onClick={() => setPanel('briefing')}>
            {t('briefing')}
          </button>
          <LanguageButton onSwitch={(next) => update({ lang: next })} />
        </nav>
      </header>
      <DbBanner bootError={boot.error} />
      {isFileEdition && (
        <Suspense fallback={null}>
          <FileEditionNotice />
        </Suspense>
      )}
      {/* What comes while the page is in use lies over its corner: nothing under the pointer moves. */}
      <div className="notice-stack">
        <Suspense fallback={null}>
          {!isFileEdition && <UpdatePrompt />}
          {boot.isSuccess && <PacksNotice ready />}
        </Suspense>
      </div>
      {data.ready && data.snapshot?.table.length === 0 ? (
        <Suspense fallback={null}>
          <StartScreen
            onImport={() => setPanel('import')}
            onExtract={() => setPanel('extract')}
            onLoadSamples={async () => {
              if (!data.catalog) return;
              const { reloadBundledData } = await import('./boot/bundled-data');
              await reloadBundledData(data.catalog, 'sample');
              await reloadBundledData(data.catalog, 'demo');
              await invalidate();
            }}
          />
        </Suspense>
      ) : data.ready ? (
        <main className="layout">
          <FilterPanel state={state} update={update} data={data} />
          <section className="content">
            <ViewTabs view={state.view} onChange={(view) => update({ view })} />
            <ActiveView state={state} update={update} data={data} onOpenSource={setSource} />
          </section>
        </main>
      ) : (
        <FirstChartPreview
          state={state}
          update={update}
          fallback={
            <p className="loading" role="status">
              {boot.isPending ? t('firstLoad') : t('loading')}
            </p>
          }
        />
      )}
      <StatusBar datasets={data.datasets ?? []} />
      <Suspense fallback={null}>
        {panel === 'import' && <ImportDialog deps={flowDeps} onClose={closePanel} datasets={data.datasets ?? []} catalog={data.catalog} />}
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
        {panel === 'extract' && data.catalog && (
          <ExtractDialog catalog={data.catalog} table={data.snapshot?.table} onClose={closePanel} onCommitted={invalidate} />
        )}
        {panel === 'batch' && data.ready && <BatchExportDialog state={state} data={data} onClose={closePanel} />}
        {panel === 'briefing' && data.ready && <BriefingDialog state={state} data={data} onClose={closePanel} />}
        {panel === 'departments' && data.derived && data.snapshot && data.catalog && (
          <DepartmentsPanel
            catalog={data.catalog}
            departments={data.derived.everyDepartment}
            registry={data.registry ?? []}
            table={data.snapshot.table}
            onClose={closePanel}
            onChanged={invalidate}
          />
        )}
        {panel === 'catalog' && data.catalog && <CatalogPanel catalog={data.catalog} onClose={closePanel} />}
        {panel === 'checks' && data.snapshot && data.catalog && (
          <ChecksPanel
            snapshot={data.snapshot}
            catalog={data.catalog}
            datasets={data.datasets ?? []}
            onClose={closePanel}
            onOpenSource={(rowId) => void openRowSource(rowId)}
            onChanged={invalidate}
          />
        )}
        {panel === 'round-batch' && data.catalog && (
          <BatchDialog
            catalog={data.catalog}
            table={data.snapshot?.table}
            registry={data.registry ?? []}
            onClose={closePanel}
            onCommitted={invalidate}
          />
        )}
        {/* Escape over an opened report closes only the report. */}
        {panel === 'round-board' && (
          <FilingBoard
            registry={data.registry ?? []}
            onClose={() => !source && closePanel()}
            onChanged={invalidate}
            onOpenSource={setSource}
          />
        )}
        {source && <SourceViewer target={source} onClose={() => setSource(null)} />}
      </Suspense>
      <PrintSlot />
    </div>
  );
}
