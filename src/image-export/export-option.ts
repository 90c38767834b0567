// The option as it is drawn into an exported image: no animation, every legend entry
// visible, and the optional watermark on top.
import type { EChartsOption } from 'echarts';
import type { ImageSize } from './image-size';
import { fitLegendForExport } from './legend-fit';
import { withWatermark } from './watermark';

export interface ExportExtras {
  /** Diagonal text over the image, e.g. 「内部资料」; empty for none. */
  watermark?: string;
}

export function exportOption(option: EChartsOption, size: ImageSize, extras: ExportExtras = {}): EChartsOption {
  const fitted = fitLegendForExport({ ...option, animation: false }, size);
  return withWatermark(fitted, size, extras.watermark);
}
