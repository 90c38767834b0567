// Export the current chart: PNG (1×/2×/3×, preset or custom size, optional watermark),
// SVG, a copy on the clipboard, a print page, and the data behind it as CSV that Excel
// opens correctly (UTF-8 with BOM, or GBK for old versions).
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { copyPngToClipboard, ClipboardUnavailable } from '../../image-export/clipboard';
import { saveBlob, safeFileName } from '../../image-export/save-file';
import { CsvEncodingControl, ImageSettingsControls } from './export-settings-controls';
import { settingsBackground, settingsSize, useExportSettings } from './export-settings';
import type { ExportSpec } from './export-spec';
import { saveCsv } from './save-csv';
import './export.css';

export type { ExportSpec };

// Rendering for export, the CSV writer and printing load on first use, not with the page.
const renderer = () => import('../../image-export/render-chart-image');
const csvWriter = () => import('../../domain/csv/write-csv');
const printer = () => import('../print/print-charts');

type Note = { kind: 'ok' | 'warning' | 'error'; text: string } | null;

export function ExportBar({ spec, title }: { spec: ExportSpec; title?: string }) {
  const { t, lang } = useI18n();
  const settings = useExportSettings();
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
  const png = async () => (await renderer()).renderPng(spec.buildOption(size), size, settings.ratio, background, extras);
  return (
    <div className="export-bar" role="group" aria-label={t('exportMenu')}>
      <div className="export-settings">
        <ImageSettingsControls />
      </div>
      <div className="export-actions">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              saveBlob(await png(), safeFileName(`${spec.fileBase}@${settings.ratio}x.png`));
            })
          }
        >
          {t('exportPng')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const { renderSvg } = await renderer();
              const svg = await renderSvg(spec.buildOption(size), size, background, extras);
              saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), safeFileName(`${spec.fileBase}.svg`));
            })
          }
        >
          {t('exportSvg')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await copyPngToClipboard(png());
              return { kind: 'ok', text: t('copied') };
            })
          }
        >
          {t('copyImage')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const { printCharts } = await printer();
              await printCharts([{ spec, title: title ?? spec.fileBase }], { heading: title ?? spec.fileBase, t, lang, watermark: settings.watermark });
            })
          }
        >
          {t('print')}
        </button>
        <CsvEncodingControl />
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              const { observationsToCsvParts } = await csvWriter();
              const outside = saveCsv(observationsToCsvParts(await spec.rows()), `${spec.fileBase}.csv`, settings.csvEncoding);
              return outside.length ? { kind: 'warning', text: t('gbkWarning', { chars: outside.join(' ') }) } : undefined;
            })
          }
        >
          {t('exportCsv')}
        </button>
        {note && (
          <span role={note.kind === 'ok' ? 'status' : 'alert'} className={note.kind}>
            {note.text}
          </span>
        )}
      </div>
    </div>
  );
}
