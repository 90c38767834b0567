// What a view hands to the exports: how to build its chart at a given size, a file
// name, and the observations behind it.
import type { EChartsOption } from 'echarts';
import type { CheckCellsOf } from '../../domain/export/check-columns';
import type { RankingOrder } from '../../domain/export/print-table';
import type { Observation } from '../../domain/types';
import type { ImageSize } from '../../image-export/image-size';

export interface ExportSpec {
  /** Builds the option with titles and footer for an export of the given size. */
  buildOption: (size: ImageSize) => EChartsOption;
  fileBase: string;
  /** The observations behind the chart (evidence included) for the CSV export. */
  rows: () => Promise<Observation[]>;
  /**
   * Charts too large for one image (the whole matrix) as several: one option per page.
   * Every export then draws all of them; without it, the export is `buildOption`'s one image.
   */
  buildPages?: (size: ImageSize) => EChartsOption[];
  /** A ranking's order and ranks: its printed table follows them (with 名次). */
  ranking?: RankingOrder;
  /** The data checks' 核查 cells of a figure, once the checks have arrived (CSV and .xlsx columns). */
  checks?: CheckCellsOf;
}

/** The options an export of this size draws: every page, or the one chart. */
export function exportOptions(spec: ExportSpec, size: ImageSize): EChartsOption[] {
  return spec.buildPages?.(size) ?? [spec.buildOption(size)];
}
