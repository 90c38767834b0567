// What a view hands to the exports: how to build its chart at a given size, a file
// name, and the observations behind it.
import type { EChartsOption } from 'echarts';
import type { RowAt } from '../../domain/charts/check-marks';
import type { CheckCellsOf } from '../../domain/export/check-columns';
import type { RankingOrder } from '../../domain/export/print-table';
import type { Observation } from '../../domain/types';
import type { ImageSize } from '../../image-export/image-size';
import type { Translate } from '../../i18n/i18n';

export interface ExportSpec {
  /** Builds the option with titles and footer for an export of the given size. */
  buildOption: (size: ImageSize) => EChartsOption;
  fileBase: string;
  /** The observations behind the chart (evidence included) for the CSV export. */
  rows: () => Promise<Observation[]>;
  /**
   * Charts too large for one image (the whole matrix, a long ranking) as several: one page
   * each. Every export then draws all of them; without it, the export is `buildOption`'s one image.
   */
  buildPages?: (size: ImageSize) => ExportPage[];
  /**
   * A point's row in `buildOption`'s chart, for the check marks, when it is not found as on
   * screen (the ranking's bars count from its scroll window on screen, from 0 in an export).
   */
  rowAt?: RowAt;
  /** A ranking's order and ranks: its printed table follows them (with 名次). */
  ranking?: RankingOrder;
  /** The data checks' 核查 cells of a figure, once the checks have arrived (CSV and .xlsx columns). */
  checks?: CheckCellsOf;
}

/** One image of a paged export. */
export interface ExportPage {
  option: EChartsOption;
  /** A point's row on this page, for the check marks, when not as in `ExportSpec.rowAt` (a ranking page's bars count from its first). */
  rowAt?: RowAt;
}

/** The options an export of this size draws: every page, or the one chart. */
export function exportOptions(spec: ExportSpec, size: ImageSize): EChartsOption[] {
  return spec.buildPages?.(size).map((p) => p.option) ?? [spec.buildOption(size)];
}

/** The file name (without extension) of page `index` of `pages`: the name alone when there is one page. */
export function pageFileBase(fileBase: string, index: number, pages: number, t: Translate): string {
  return pages > 1 ? `${fileBase}-${t('exportPageFile', { page: index + 1, pages })}` : fileBase;
}
