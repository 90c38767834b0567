// 批量导出: several charts of the current department selection as one ZIP of PNGs
// (named by indicator and department), or printed together on A4 pages.
import { useMemo, useState } from 'react';
import { Modal } from '../../components/ui/modal';
import type { DashboardData } from '../../queries/use-dashboard-data';
import type { UrlState } from '../../domain/url-state';
import { useI18n } from '../../i18n/i18n';
import { safeFileName, saveBlob } from '../../image-export/save-file';
import { todayIso } from '../../lib/format';
import { useCheckMarker } from '../checks/use-check-marker';
import { batchChart, indicatorsForSelection, selectionLabel, type BatchChart, type BatchKind } from './batch-specs';
import { ImageSettingsControls } from './export-settings-controls';
import { settingsBackground, settingsSize, useExportSettings } from './export-settings';
import { exportOptions, pageFileBase } from './export-spec';
import '../../i18n/messages/narrative'; // the briefing's strings, shared by both export dialogs (i18n/registry.ts)

interface Props {
  state: UrlState;
  data: DashboardData;
  onClose: () => void;
}

export function BatchExportDialog({ state, data, onClose }: Props) {
  const { t, lang } = useI18n();
  const settings = useExportSettings();
  const ctx = useMemo(() => ({ state, data, t }), [state, data, t]);
  const indicators = useMemo(() => indicatorsForSelection(ctx), [ctx]);
  const marker = useCheckMarker(data.snapshot);
  const [kind, setKind] = useState<BatchKind>('trend');
  /** A chart with its flagged figures marked, once the checks have arrived. */
  const chartOf = (id: string): BatchChart => {
    const c = batchChart(ctx, id, kind);
    return marker ? { ...c, spec: marker.spec(c.spec, c.rowAt) } : c;
  };
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(indicators.some((i) => i.id === data.effective?.indicator) ? [data.effective!.indicator] : []),
  );
  const [progress, setProgress] = useState<string>('');
  const [error, setError] = useState('');
  const who = selectionLabel(state, t);
  const picked = indicators.filter((i) => chosen.has(i.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const run = async (fn: () => Promise<void>) => {
    setError('');
    try {
      await fn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress('');
    }
  };
  const downloadZip = () =>
    run(async () => {
      const [{ renderPng }, { zipEntries }] = await Promise.all([
        import('../../image-export/render-chart-image'),
        import('../../image-export/zip'),
      ]);
      const size = settingsSize(settings);
      const entries = [];
      for (const [k, ind] of picked.entries()) {
        setProgress(t('batchProgress', { done: k, total: picked.length }));
        const { spec } = chartOf(ind.id);
        // A long ranking is several images, numbered as the chart's own export numbers them.
        const pages = exportOptions(spec, size);
        for (const [i, option] of pages.entries()) {
          const blob = await renderPng(option, size, settings.ratio, settingsBackground(settings), { watermark: settings.watermark });
          entries.push({ name: `${pageFileBase(spec.fileBase, i, pages.length, t)}.png`, data: new Uint8Array(await blob.arrayBuffer()) });
        }
      }
      const zip = zipEntries(entries);
      saveBlob(new Blob([zip], { type: 'application/zip' }), safeFileName(`法治年报图表-${who}-${todayIso()}.zip`));
    });
  const print = () =>
    run(async () => {
      setProgress(t('batchProgress', { done: 0, total: picked.length }));
      const { printCharts } = await import('../print/print-charts');
      const items = picked.map((ind) => chartOf(ind.id));
      await printCharts(items, {
        heading: t('batchPrintHeading', { who, n: items.length }),
        t,
        lang,
        watermark: settings.watermark,
        onProgress: (done, total) => setProgress(t('batchProgress', { done, total })),
        onShown: onClose,
      });
    });
  return (
    <Modal title={t('batchExport')} onClose={onClose} closeLabel={t('close')} wide>
      <p className="hint">
        {t('departments')}
        {t('labelColon')}
        {who}
      </p>
      <div className="row">
        <label>
          {t('batchChartKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value === 'ranking' ? 'ranking' : 'trend')}>
            <option value="trend">{t('viewTrend')}</option>
            <option value="ranking">{t('viewRanking')}</option>
          </select>
        </label>
        <button type="button" onClick={() => setChosen(new Set(indicators.map((i) => i.id)))}>
          {t('batchAllIndicators')}
        </button>
        <button type="button" onClick={() => setChosen(new Set())}>
          {t('selectNone')}
        </button>
        <span className="hint">{t('selected', { n: picked.length })}</span>
      </div>
      <fieldset className="batch-list" aria-label={t('indicator')}>
        {indicators.length === 0 && <p className="hint">{t('briefingNoIndicators')}</p>}
        {indicators.map((i) => (
          <label key={i.id}>
            <input type="checkbox" checked={chosen.has(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
            {/* Uncatalogued indicators are named in the report's own words. */}
            <span data-user-text={i.id.startsWith('other:') ? '' : undefined}>{i.label}</span> <span className="hint">({i.rows})</span>
          </label>
        ))}
      </fieldset>
      <div className="row export-settings">
        <ImageSettingsControls />
      </div>
      <div className="row actions">
        {progress && (
          <span role="status" className="hint">
            {progress}
          </span>
        )}
        <button type="button" disabled={!picked.length || !!progress} onClick={() => void print()}>
          {t('batchPrint')}
        </button>
        <button type="button" className="primary" disabled={!picked.length || !!progress} onClick={() => void downloadZip()}>
          {t('batchDownloadZip')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </Modal>
  );
}
