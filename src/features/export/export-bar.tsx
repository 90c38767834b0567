// Export the current chart: PNG (1×/2×/3×), SVG, with title, source and date baked in;
// the data behind it as CSV that Excel opens correctly.
import type { EChartsOption } from 'echarts';
import { useState } from 'react';
import type { Observation } from '../../domain/types';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages';
import type { ImageSize } from '../../image-export/render-chart-image';
import { saveBlob, safeFileName } from '../../image-export/save-file';

// Rendering for export and the CSV writer load on first use, not with the page.
const renderer = () => import('../../image-export/render-chart-image');
const csvWriter = () => import('../../domain/csv/write-csv');

export interface ExportSpec {
  /** Builds the option with titles and footer for an export of the given size. */
  buildOption: (size: ImageSize) => EChartsOption;
  fileBase: string;
  /** The observations behind the chart (evidence included) for the CSV export. */
  rows: () => Promise<Observation[]>;
}

export const SIZE_PRESETS: { id: string; label: MessageKey; size: ImageSize }[] = [
  { id: 'slide169', label: 'presetSlide169', size: { width: 1280, height: 720 } },
  { id: 'slide43', label: 'presetSlide43', size: { width: 1024, height: 768 } },
  { id: 'a4', label: 'presetA4', size: { width: 1000, height: 620 } },
];

export function ExportBar({ spec }: { spec: ExportSpec }) {
  const { t } = useI18n();
  const [ratio, setRatio] = useState(2);
  const [preset, setPreset] = useState('slide169');
  const [transparent, setTransparent] = useState(false);
  const [message, setMessage] = useState('');
  const size = SIZE_PRESETS.find((p) => p.id === preset)!.size;
  const background = transparent ? null : '#ffffff';
  const run = async (fn: () => Promise<void> | void) => {
    setMessage('');
    try {
      await fn();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="export-bar" role="group" aria-label={t('exportMenu')}>
      <label>
        {t('sizePreset')}
        <select value={preset} onChange={(e) => setPreset(e.target.value)}>
          {SIZE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {t(p.label)} ({p.size.width}×{p.size.height})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('pixelRatio')}
        <select value={ratio} onChange={(e) => setRatio(Number(e.target.value))}>
          {[1, 2, 3].map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('background')}
        <select value={transparent ? 'transparent' : 'white'} onChange={(e) => setTransparent(e.target.value === 'transparent')}>
          <option value="white">{t('bgWhite')}</option>
          <option value="transparent">{t('bgTransparent')}</option>
        </select>
      </label>
      <button
        type="button"
        onClick={() =>
          void run(async () => {
            const { renderPng } = await renderer();
            const blob = await renderPng(spec.buildOption(size), size, ratio, background);
            saveBlob(blob, safeFileName(`${spec.fileBase}@${ratio}x.png`));
          })
        }
      >
        {t('exportPng')}
      </button>
      <button
        type="button"
        onClick={() =>
          void run(async () => {
            const { renderSvg } = await renderer();
            const svg = await renderSvg(spec.buildOption(size), size, background);
            saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), safeFileName(`${spec.fileBase}.svg`));
          })
        }
      >
        {t('exportSvg')}
      </button>
      <button
        type="button"
        onClick={() =>
          void run(async () => {
            const { observationsToCsv } = await csvWriter();
            const csv = observationsToCsv(await spec.rows());
            saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), safeFileName(`${spec.fileBase}.csv`));
          })
        }
      >
        {t('exportCsv')}
      </button>
      {message && (
        <span role="alert" className="error">
          {message}
        </span>
      )}
    </div>
  );
}
