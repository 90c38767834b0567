// Export the current chart: PNG (1×/2×/3×, preset or custom size, optional watermark),
// SVG, a copy on the clipboard, a print page, and the data behind it as CSV that Excel
// opens correctly (UTF-8 with BOM, or GBK for old versions).
import type { EChartsOption } from 'echarts';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import { copyPngToClipboard, ClipboardUnavailable } from '../../image-export/clipboard';
import { saveBlob, safeFileName } from '../../image-export/save-file';
import { useCatalog } from '../../queries/store-queries';
import { CsvEncodingControl, CsvFormControl, ImageSettingsControls } from './export-settings-controls';
import { settingsBackground, settingsSize, useExportSettings } from './export-settings';
import { exportOptions, pageFileBase, type ExportSpec } from './export-spec';
import { csvTextParts, saveCsv } from './save-csv';
import { saveXlsx } from './save-xlsx';
import './export.css';

export type { ExportSpec };

// Rendering for export, the CSV writer and printing load on first use, not with the page.
const renderer = () => import('../../image-export/render-chart-image');
const printer = () => import('../print/print-charts');
const zipper = () => import('../../image-export/zip');

type Note = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

export function ExportBar({ spec, title, demo = false }: { spec: ExportSpec; title?: string; demo?: boolean }) {
  const { t, lang } = useI18n();
  const settings = useExportSettings();
  const catalog = useCatalog().data;
  const [note, setNote] = useState<Note>(null);
  const [busy, setBusy] = useState(false);
  const size = settingsSize(settings);
  const background = settingsBackground(settings);
  const extras = { watermark: settings.watermark };
  const run = async (fn: () => Promise<Note | void>) => {
    setNote(null);
    setBusy(true);
    try {
      setNote((await fn()) ?? null);
    } catch (e) {
      setNote({ kind: 'error', text: e instanceof ClipboardUnavailable ? t('copyFailed') : e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const options = () => exportOptions(spec, size);
  const png = async (option: EChartsOption) => (await renderer()).renderPng(option, size, settings.ratio, background, extras);
  /** One file, or a ZIP of numbered pages when the chart needs several images. */
  const saveImages = async (files: Blob[], ext: string): Promise<Note> => {
    if (files.length === 1) {
      saveBlob(files[0]!, safeFileName(`${spec.fileBase}${ext}`));
      return null;
    }
    const { zipEntries } = await zipper();
    const entries = await Promise.all(
      files.map(async (b, i) => ({
        name: `${pageFileBase(spec.fileBase, i, files.length, t)}${ext}`,
        data: new Uint8Array(await b.arrayBuffer()),
      })),
    );
    saveBlob(
      new Blob([zipEntries(entries)], { type: 'application/zip' }),
      safeFileName(`${spec.fileBase}${ext.replace(/\.\w+$/, '')}.zip`),
    );
    return { kind: 'ok' as const, text: t('exportPagedNote', { n: files.length }) };
  };
  /** Every page of the chart rendered by `render`, saved as one file or a ZIP. */
  const saveEach = async (render: (option: EChartsOption) => Promise<Blob>, ext: string) => {
    const files: Blob[] = [];
    for (const option of options()) files.push(await render(option));
    return saveImages(files, ext);
  };
  const svg = async (option: EChartsOption) => {
    const { renderSvg } = await renderer();
    return new Blob([await renderSvg(option, size, background, extras)], { type: 'image/svg+xml;charset=utf-8' });
  };
  /** A button that runs one export, disabled while any export runs. */
  const action = (label: MessageKey, act: () => Promise<Note | void>) => (
    <button type="button" disabled={busy} onClick={() => void run(act)}>
      {t(label)}
    </button>
  );
  return (
    <div className="export-bar" role="group" aria-label={t('exportMenu')}>
      <div className="export-settings">
        <ImageSettingsControls />
      </div>
      <div className="export-actions">
        {action('exportPng', () => saveEach(png, `@${settings.ratio}x.png`))}
        {action('exportSvg', () => saveEach(svg, '.svg'))}
        {action('copyImage', async () => {
          const all = options();
          await copyPngToClipboard(png(all[0]!));
          return all.length > 1
            ? { kind: 'warning', text: t('exportCopiedFirstPage', { n: all.length }) }
            : { kind: 'ok', text: t('copied') };
        })}
        {action('print', async () => {
          const { printCharts } = await printer();
          await printCharts([{ spec, title: title ?? spec.fileBase }], {
            heading: title ?? spec.fileBase,
            t,
            lang,
            watermark: settings.watermark,
          });
        })}
        <CsvFormControl />
        <CsvEncodingControl />
        {action('exportCsv', async () => {
          const parts = await csvTextParts(await spec.rows(), settings.csvForm, (id) => catalog?.get(id), spec.checks);
          const outside = saveCsv(parts, `${spec.fileBase}.csv`, settings.csvEncoding);
          return outside.length ? { kind: 'warning', text: t('gbkWarning', { chars: outside.join(' ') }) } : undefined;
        })}
        {action('excelExport', async () =>
          saveXlsx(await spec.rows(), `${spec.fileBase}.xlsx`, { title: title ?? spec.fileBase, simulated: demo }, spec.checks),
        )}
        {note && (
          <span role={note.kind === 'ok' ? 'status' : 'alert'} className={note.kind}>
            {note.text}
          </span>
        )}
      </div>
    </div>
  );
}
