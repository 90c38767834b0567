// 打印/另存为PDF: each chart as a PNG at A4 page width with the table of its data,
// shown as a preview and handed to the browser's print dialog.
import { buildPrintTable } from '../../domain/export/print-table';
import type { Translate } from '../../i18n/i18n';
import type { ImageSize } from '../../image-export/image-size';
import { renderPng } from '../../image-export/render-chart-image';
import { todayIso } from '../../lib/format';
import { exportOptions, type ExportSpec } from '../export/export-spec';
import { setPrintJob, whenRendered, type PrintChart } from './print-store';

/** Scaled to the A4 text width (180 mm), chart text prints at about 7 pt; 2× keeps it sharp. */
export const PRINT_SIZE: ImageSize = { width: 860, height: 560 };
const PRINT_RATIO = 2;

export interface PrintItem {
  spec: ExportSpec;
  title: string;
}

let nextId = 1;

/** Renders the charts and tables, shows them, and opens the print dialog. */
export async function printCharts(
  items: readonly PrintItem[],
  opts: {
    heading: string;
    t: Translate;
    lang?: 'zh' | 'en';
    watermark?: string;
    /** Called before each chart is drawn, for a progress display. */
    onProgress?: (done: number, total: number) => void;
    /** Called once the preview is on screen, just before the print dialog opens. */
    onShown?: () => void;
  },
): Promise<void> {
  const charts: PrintChart[] = [];
  for (const item of items) {
    opts.onProgress?.(charts.length, items.length);
    const imageUrls: string[] = [];
    for (const option of exportOptions(item.spec, PRINT_SIZE)) {
      imageUrls.push(URL.createObjectURL(await renderPng(option, PRINT_SIZE, PRINT_RATIO, '#ffffff', { watermark: opts.watermark })));
    }
    const table = buildPrintTable(await item.spec.rows(), opts.lang ?? 'zh', undefined, item.spec.ranking, item.spec.checks);
    charts.push({ title: item.title, imageUrls, table });
  }
  const id = nextId++;
  const ready = whenRendered(id);
  setPrintJob({ id, heading: opts.heading, date: `${opts.t('exportDate')} ${todayIso()}`, charts });
  await ready;
  opts.onShown?.();
  window.print();
}
